import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/normalizer/grid/tokens';

const brief = (line: string) => tokenize(line).map((t) => (t.kind === 'num' ? `#${t.value}` : t.text));

describe('tokenize (national template lines)', () => {
  it.each([
    // whole 元 with separators, a code glued to its name (shiquan unit budget)
    ['2010506统计管理 1,200 1,200 ', ['#2010506', '统计管理', '#1200', '#1200']],
    // an amount glued to the next label
    ['47,483,458一、社会保障和就业支出', ['#47483458', '一、社会保障和就业支出']],
    // 类 款 项 in their own cells, column-aligned
    ['201    06     01             16,231,840.80   16,231,840.80', ['#201', '#06', '#01', '#16231840.80', '#16231840.80']],
    // two decimals without separators (sifaju)
    ['合计 96282213.44 25741666.44 0.00', ['合计', '#96282213.44', '#25741666.44', '#0.00']],
    // a list ordinal is text, not an amount
    ['1. 一般公共预算 493,761,082.20 二、卫生健康支出 4,484,631.60', ['1. 一般公共预算', '#493761082.20', '二、卫生健康支出', '#4484631.60']],
    // zeros printed as 0 (三公 决算)
    ['11.49 3.04 0 0 9.38', ['#11.49', '#3.04', '#0', '#0', '#9.38']],
    // numbers inside prose stay text
    ['比2025年预算减少2,163.37万元', ['比2025年预算减少2,163.37万元']],
    // full-width digits and separators are folded, never dropped
    ['３，７５０．５３ 文字', ['#3750.53', '文字']],
    ['', []],
  ])('%j', (line, expected) => {
    expect(brief(line)).toEqual(expected);
  });

  it('keeps character offsets of numbers (column-aligned text places them by offset)', () => {
    const t = tokenize('201    06     01             16,231,840.80');
    expect(t.map((x) => [x.start, x.end])).toEqual([
      [0, 3],
      [7, 9],
      [14, 16],
      [29, 42],
    ]);
  });
});
