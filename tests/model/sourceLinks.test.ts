/**
 * Files that leave the site carry each figure's address in the source view: the tables' CSV (原文链接
 * column) and the charts' data (src_url). The address itself comes from the app's SourceLinker; here a
 * stand-in shows which SourceRef each row hands it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTable, tableCsv, type TableCsvWords } from '../../src/model/tableRows';
import { rowRefs, withSourceUrls, type ChartData } from '../../src/model/chartData/chartData';
import { parseCsv } from '../../src/model/csv';
import type { Budget, SourceRef } from '../../src/model/types';

const grid = JSON.parse(readFileSync('public/data/budgets/haizhu-grid-centre-2021.json', 'utf8')) as Budget;
const url = (s: SourceRef) => `https://x.org/#/source/${grid.id}?lines=${s.lines[0]}-${s.lines[1]}&table=${s.table}`;

const words: TableCsvWords = {
  columnLabel: (c) => c.label,
  displayName: (r) => r.name,
  unitColumn: 'unit',
  unitValue: '万元',
  source: 'source',
  totals: 'TOTAL',
  totalNote: 'sum of rows',
  printedTotals: 'PRINTED',
  lines: (a, b) => (a === b ? `L${a}` : `L${a}-${b}`),
  enumSep: '、',
  clauseSep: '；',
  unitsShort: 'units',
  computedShort: 'computed',
  levelColumn: 'level',
  filteredTotals: (n) => `FILTERED ${n}`,
  filteredNote: (n, c) => `${n} counted, ${c} context`,
  projectsShort: 'projects',
  partsShort: 'parts',
  notPrinted: 'not printed',
  detail: { content: 'content', targets: 'targets', indicators: 'indicators' },
};

describe('tableCsv with source links', () => {
  const model = buildTable(grid, 'projects');
  const rows = parseCsv(tableCsv(model, model.rows, grid, { ...words, sourceLink: { column: 'link', url } }));

  it('adds a column before the source words: each printed row’s address, none for the computed totals', () => {
    expect(rows[0]?.slice(-2)).toEqual(['link', 'source']);
    // 表10 (t10) lines 1403–1409: 令行禁止有呼必应综合指挥调度平台建设 800.00; line 1683: 数据分析报告 5.00.
    expect(rows[1]?.at(-2)).toBe(`https://x.org/#/source/${grid.id}?lines=1403-1409&table=t10`);
    expect(rows[2]?.at(-2)).toBe(`https://x.org/#/source/${grid.id}?lines=1683-1683&table=t10`);
    expect(rows[3]?.[1]).toBe('TOTAL');
    expect(rows[3]?.at(-2)).toBe('');
    // 表3 line 866: the printed 项目支出 805.00.
    expect(rows[4]?.[1]).toBe('PRINTED');
    expect(rows[4]?.at(-2)).toBe(`https://x.org/#/source/${grid.id}?lines=866-866&table=t03`);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it('is the same file as before without a linker', () => {
    const plain = parseCsv(tableCsv(model, model.rows, grid, words));
    expect(rows.map((r) => [...r.slice(0, -2), ...r.slice(-1)])).toEqual(plain);
  });
});

describe('chart data with source links', () => {
  it('reads a treemap row’s src_table and src_lines, and a Sankey flow’s refs', () => {
    expect(rowRefs({ src_table: 't05', src_lines: '120-121' })).toEqual([{ table: 't05', lines: [120, 121] }]);
    expect(rowRefs({ refs: 't03:866-866; t01:526-526' })).toEqual([
      { table: 't03', lines: [866, 866] },
      { table: 't01', lines: [526, 526] },
    ]);
    expect(rowRefs({ src_table: '', src_lines: '', refs: '' })).toEqual([]);
    expect(rowRefs({ refs: 'garbage; t03:9-x' })).toEqual([]);
  });

  it('adds src_url to every row, space-separated where a flow cites several places', () => {
    const d: ChartData = {
      view: 'sankey',
      budgetId: grid.id,
      unit: '万元',
      settings: {},
      columns: ['source', 'refs'],
      rows: [
        { source: 'a', refs: 't03:866-866; t01:526-526' },
        { source: 'b', refs: '' },
      ],
    };
    const w = withSourceUrls(d, url);
    expect(w.columns).toEqual(['source', 'refs', 'src_url']);
    expect(w.rows[0]?.src_url).toBe(`${url({ table: 't03', lines: [866, 866] })} ${url({ table: 't01', lines: [526, 526] })}`);
    expect(w.rows[1]?.src_url).toBe('');
    expect(d.columns).toEqual(['source', 'refs']);
  });
});
