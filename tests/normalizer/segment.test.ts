import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recogniseTitle } from '../../src/normalizer/recognise';
import { assembleRows } from '../../src/normalizer/rows';
import { segment, toDocument } from '../../src/normalizer/segment';

const source = (f: string) => readFileSync(`data/sources/${f}`, 'utf8');

describe('recogniseTitle: the same table under each year’s wording', () => {
  it.each([
    ['收支总体情况表 ', 'summary'],
    ['    收支预算总表         ', 'summary'],
    ['财政拨款收支总体情况表', 'fiscalSummary'],
    ['一般公共预算支出预算表 (按功能分类科目)', 'generalByFunction'],
    ['一般公共预算支出情况表（按功能分类科目）', 'generalByFunction'],
    ['一般公共预算基本支出情况表（按支出经济分类科目） ', 'basicByEconomic'],
    ['财政拨款安排的行政经费及"三公"经费预算表', 'threePublic'],
    ['  一般公共预算安排“三公”经费和会议费支出预算表  ', 'threePublic'],
    ['部门预算项目支出及其他支出预算表', 'projects'],
    ['表十一 项目支出政府采购预算表', 'procurement'],
  ])('%j → %s', (line, kind) => {
    expect(recogniseTitle(line)?.kind).toBe(kind);
  });

  it('ignores table-of-contents entries and sentences that mention a table', () => {
    expect(recogniseTitle('- 五、非税收入预算表')).toBeNull();
    expect(recogniseTitle('表八），比上年预算没有增减变化。')).toBeNull();
    expect(recogniseTitle('收支总体情况表说明')).toBeNull();
  });
});

describe('segment', () => {
  it('merges the pages of a table and drops the repeated header (000 表2 spans two pages)', () => {
    const tables = segment(toDocument('000.txt', source('000_30403416ceb52c30.txt')));
    const income = tables.find((t) => t.kind === 'income');
    expect(income?.number).toBe('表2');
    expect(tables.filter((t) => t.kind === 'income')).toHaveLength(1);
    const rows = assembleRows(income?.body ?? []).rows;
    // 总计 + 13 classification rows, none glued to the repeated column header.
    expect(rows).toHaveLength(14);
    expect(rows.map((r) => r.text.join('')).filter((t) => t.includes('功能科目'))).toEqual([]);
    const row = rows.find((r) => r.text[0] === '2100799');
    expect(row?.text).toEqual(['2100799', '其他计划生育事务支', '出']);
    expect(row?.values[0]).toBe('13.45');
  });

  it('finds the fourteen tables of 000 in order with their printed numbers', () => {
    const tables = segment(toDocument('000.txt', source('000_30403416ceb52c30.txt')));
    expect(tables.map((t) => t.number)).toEqual(Array.from({ length: 14 }, (_, i) => `表${i + 1}`));
  });

  it('recognises a table whose title the extraction lost by its column header (001 项目支出)', () => {
    const tables = segment(toDocument('001.txt', source('001_bd808bb9d23333dc.txt')));
    const projects = tables.find((t) => t.kind === 'projects');
    expect(projects).toMatchObject({ title: '部门预算项目支出预算表', titleInferred: true, lines: [700, 862] });
    // and the table before it ends where the untitled one begins
    expect(tables.find((t) => t.kind === 'basicByEconomic')?.lines[1]).toBeLessThan(700);
  });

  it('returns no tables for a document that has none', () => {
    expect(segment(toDocument('x.txt', '第一部分 部门概况\n一、部门主要职责\n'))).toEqual([]);
  });

  it('ends a table at the next part heading', () => {
    const text = ['表1', '收支总体情况表', '收入项目 2021 年预算', '收入总计 10.00 支出总计 10.00', '第三部分 说明', '共计 99.00'].join('\n');
    const [t] = segment(toDocument('x.txt', text));
    expect(t?.body.map((l) => l.n)).toEqual([4]);
    expect(t?.lines).toEqual([2, 4]);
  });
});
