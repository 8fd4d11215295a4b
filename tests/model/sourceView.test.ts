import { describe, expect, it } from 'vitest';
import { citedInDocument, growWindow, lineWindow, placeOfLines, sourceLines } from '../../src/model/sourceView';
import type { Budget, BudgetTable, TextSection } from '../../src/model/types';
import { sampleBudget } from '../fixtures/sampleBudget';

describe('sourceLines', () => {
  it('numbers lines the way the normalizer does (CR LF and CR break lines)', () => {
    expect(sourceLines('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
  });
  it('keeps spaces and empty lines, drops a final line break and form feeds', () => {
    expect(sourceLines('  206 科学技术支出   1,182.90\n\n\f表3\n')).toEqual(['  206 科学技术支出   1,182.90', '', '表3']);
  });
  it('keeps an empty document as one empty line', () => {
    expect(sourceLines('')).toEqual(['']);
  });
});

describe('lineWindow', () => {
  it.each([
    // total, cited, radius, window
    [3315, [474, 476], 300, { first: 174, last: 776 }],
    [3315, [10, 10], 300, { first: 1, last: 310 }],
    [969, [900, 969], 300, { first: 600, last: 969 }],
    [445, [200, 210], 300, { first: 1, last: 445 }],
    [3315, undefined, 300, { first: 1, last: 600 }],
    [100, [150, 160], 300, { first: 1, last: 100 }],
    [0, [1, 1], 300, { first: 1, last: 0 }],
  ] as const)('%i lines, cited %j, ±%i → %j', (total, cited, radius, expected) => {
    expect(lineWindow(total, cited as [number, number] | undefined, radius)).toEqual(expected);
  });

  it('grows by a step above or below, never past the document', () => {
    expect(growWindow({ first: 174, last: 776 }, 3315, 'above')).toEqual({ first: 1, last: 776 });
    expect(growWindow({ first: 174, last: 776 }, 3315, 'below')).toEqual({ first: 174, last: 1076 });
    expect(growWindow({ first: 174, last: 3200 }, 3315, 'below')).toEqual({ first: 174, last: 3315 });
  });

  it('knows whether a citation is in the document', () => {
    expect(citedInDocument(969, [474, 474])).toBe(true);
    expect(citedInDocument(969, [968, 970])).toBe(false);
    expect(citedInDocument(969, [0, 1])).toBe(false);
  });
});

describe('placeOfLines', () => {
  const table = (key: string, lines: [number, number], title: string): BudgetTable => ({
    key,
    kind: 'summary',
    unit: '万元',
    number: '',
    title,
    lines,
    rows: [],
  });
  const section = (key: TextSection['key'], lines: [number, number], title: string): TextSection => ({ key, lines, title });
  const budget: Budget = {
    ...sampleBudget(),
    tables: [table('t01', [368, 423], '收支总体情况表'), table('t02', [423, 463], '收入总体情况表'), table('t03', [465, 501], '支出总体情况表')],
    sections: [section('narrative', [294, 350], '第三部分 部门预算安排情况说明'), section('glossary', [352, 362], '专业名词解释')],
  };

  it('finds the table that holds the cited lines', () => {
    expect(placeOfLines(budget, [474, 476])).toMatchObject({ kind: 'table', table: { key: 't03' } });
  });
  it('prefers the citation’s own table where tables share a line', () => {
    expect(placeOfLines(budget, [423, 423], 't02')).toMatchObject({ kind: 'table', table: { key: 't02' } });
    expect(placeOfLines(budget, [423, 423], 't01')).toMatchObject({ kind: 'table', table: { key: 't01' } });
  });
  it('ignores a key whose table does not hold the lines', () => {
    expect(placeOfLines(budget, [474, 474], 't01')).toMatchObject({ kind: 'table', table: { key: 't03' } });
  });
  it('falls back to the text section (情况说明, 名词解释)', () => {
    expect(placeOfLines(budget, [300, 302])).toMatchObject({ kind: 'section', section: { key: 'narrative' } });
    expect(placeOfLines(budget, [355, 355], 'glossary')).toMatchObject({ kind: 'section', section: { key: 'glossary' } });
  });
  it('gives null for lines outside every table and section', () => {
    expect(placeOfLines(budget, [1, 2])).toBeNull();
    expect(placeOfLines(budget, [500, 510])).toBeNull();
  });
});
