/**
 * What the extraction damaged in the committed national-template documents reaches the reader as a
 * source issue (Budget.sourceIssues), never as a contradiction of the document.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Budget, BudgetIndex } from '../../../src/model/types';

const index = JSON.parse(readFileSync('public/data/index.json', 'utf8')) as BudgetIndex;
const budget = (source: string): Budget => {
  const e = index.budgets.find((b) => b.source === source);
  if (!e) throw new Error(`${source} is not in public/data/index.json`);
  return JSON.parse(readFileSync(`public/data/${e.file}`, 'utf8')) as Budget;
};

describe('wenlvju 2025 决算 (006)', () => {
  const b = budget('006_sh-putuo-wenlvju-final-2025.txt');

  it('reports the 一般公共预算财政拨款支出决算表 whose figures the extraction moved against its rows, and keeps it out of the checks', () => {
    const shifted = b.sourceIssues.filter((s) => s.code === 'ROWS_SHIFTED');
    expect(shifted).toHaveLength(1);
    const table = b.tables.find((t) => t.key === shifted[0]?.src?.table);
    expect(table?.title).toBe('一般公共预算财政拨款支出决算表');
    expect(b.functionalByFund.some((f) => f.fund === 'generalPublic')).toBe(false);
    expect(b.checks.some((c) => c.refs.some((r) => r.table === table?.key))).toBe(false);
    // The raw rows stay, every figure as printed.
    expect(table?.rows.length).toBeGreaterThan(30);
  });

  it('has no contradiction, only rounding gaps of 0.01 (20701 and its rows)', () => {
    expect(b.checks.filter((c) => c.status === 'fail')).toEqual([]);
    const rounding = b.checks.filter((c) => c.status === 'rounding');
    expect(rounding.length).toBeGreaterThan(0);
    expect(rounding.every((c) => ['0.01', '-0.01'].includes(c.difference))).toBe(true);
  });
});

describe('shiquan 2025 决算 (007)', () => {
  const b = budget('007_sh-putuo-shiquan-final-2025.txt');

  it('shows the dropped digit of 212 / 21201 基本支出 (1,066.51 where 10,661.51 is implied) as a contradiction', () => {
    const c = b.checks.find((x) => x.status === 'fail' && x.code === 'FUNCTIONAL_CHILDREN_SUM' && x.subject?.includes('21201:basic'));
    expect(c && [c.expected, c.actual]).toEqual(['1066.51', '10661.51']);
    // As data: what the check compares, for the app to word in each language.
    expect(c?.params).toEqual({ table: 't03', code: '21201', name: '城乡社区管理事务', column: 'basic' });
  });
});
