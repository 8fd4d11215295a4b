/**
 * What the table component used to compute itself (DataTable.tsx): the row filter, finding a row, the totals
 * share and the CSV of what is shown. Expected text is written out from 000's 表10 (部门预算项目支出预算表)
 * and 表3 as printed, not rebuilt with the model's helpers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTable, findRow, rowMatches, tableCsv, totalsShare, type TableCsvWords, type TableRow } from '../../src/model/tableRows';
import { parseCsv } from '../../src/model/csv';
import type { Amount, Budget } from '../../src/model/types';

const grid = JSON.parse(readFileSync('public/data/budgets/haizhu-grid-centre-2021.json', 'utf8')) as Budget;

const words: TableCsvWords = {
  columnLabel: (c) => c.label,
  displayName: (r) => (r.kind === 'spending' ? `<${r.name}>` : r.name),
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
  filteredNote: (n, context) => `sum of ${n}, ${context} context`,
  projectsShort: 'Σ projects',
  partsShort: 'basic+project',
  notPrinted: 'NOT PRINTED',
  detail: { content: 'CONTENT', targets: 'TARGETS', indicators: 'INDICATORS' },
};

describe('rowMatches: the text filter', () => {
  const row: TableRow = {
    id: 'r',
    code: '30101',
    name: '基本工资',
    kind: 'kuan',
    depth: 1,
    amounts: {},
    texts: { govCode: '50501 工资福利支出' },
    share: null,
    subRows: [],
  };
  it.each([
    ['', true],
    ['   ', true],
    ['3010', true],
    ['工资', true],
    ['50501', true],
    ['  基本工资  ', true],
    ['shown', true],
    ['SHOWN', true],
    ['办公费', false],
  ])('%j → %s', (q, hit) => {
    expect(rowMatches(row, q, 'Shown name')).toBe(hit);
  });
});

describe('findRow', () => {
  const model = buildTable(grid, 'economic');
  it('finds a row at any depth by id, and null for an unknown id', () => {
    const kuan = model.rows[0]?.subRows[0]?.subRows[0];
    expect(kuan && findRow(model.rows, kuan.id)?.code).toBe('30101');
    expect(findRow(model.rows, 'no-such-row')).toBeNull();
  });
});

describe('tableCsv: the 项目 table of 000', () => {
  const model = buildTable(grid, 'projects');
  const rows = parseCsv(tableCsv(model, model.rows, grid, words));
  const [p1, p2] = grid.projects;

  it('has a header, one line per project with every text column, the totals row and the printed 项目支出', () => {
    expect(rows[0]).toEqual([
      'level',
      'projectName',
      'amount',
      'share',
      '一般公共预算',
      'unit',
      'category',
      'CONTENT',
      'TARGETS',
      'INDICATORS',
      'unit',
      'source',
    ]);
    // 表10 lines 1403–1409 and 1683: 800.00 and 5.00; shares of 805.00: 99.4 % and 0.6 %; 项目内容, 绩效目标, 绩效指标 as printed.
    expect(rows[1]).toEqual([
      '1',
      '令行禁止有呼必应综合指挥调度平台建设',
      '800.00',
      '99.4%',
      '800.00',
      '广州市海珠区城市社区网格化服务管理中心',
      '经济和社会发展类',
      p1?.content,
      p1?.targets,
      p1?.indicators,
      '万元',
      '表10 部门预算项目支出预算表 L1403-1409',
    ]);
    expect(rows[2]).toEqual([
      '1',
      '数据分析报告',
      '5.00',
      '0.6%',
      '5.00',
      '广州市海珠区城市社区网格化服务管理中心',
      '经济和社会发展类',
      p2?.content,
      p2?.targets,
      p2?.indicators,
      '万元',
      '表10 部门预算项目支出预算表 L1683',
    ]);
    expect(p1?.content && p1.targets).toBeTruthy();
    // 800.00 + 5.00
    expect(rows[3]).toEqual(['', 'TOTAL', '805.00', '100.0%', '805.00', '', '', '', '', '', '万元', 'sum of rows']);
    // 表3 line 866: 项目支出 805.00
    expect(rows[4]).toEqual(['', 'PRINTED', '805.00', '', '', '', '', '', '', '', '万元', '表3 支出总体情况表 L866']);
    expect(rows).toHaveLength(5);
  });

  it('under a filter, the totals row is the exact sum of exactly the rows in the file, says so, and the printed total goes', () => {
    const one = parseCsv(tableCsv(model, model.rows.slice(1), grid, words, '数据分析'));
    expect(one.map((r) => r[1])).toEqual(['projectName', '数据分析报告', 'FILTERED 1']);
    // 5.00 of 805.00 = 0.6 %
    expect(one[2]?.slice(2, 5)).toEqual(['5.00', '0.6%', '5.00']);
    expect(one[2]?.at(-1)).toBe('sum of 1, 0 context');
  });
});

describe('tableCsv: the whole tree, expanded', () => {
  const econ = buildTable(grid, 'economic');
  const flat = (rs: readonly TableRow[]): TableRow[] => rs.flatMap((r) => [r, ...flat(r.subRows)]);

  it('lists every row of the tree (not only the expanded ones) with its level', () => {
    const csv = parseCsv(tableCsv(econ, econ.rows, grid, words));
    const all = flat(econ.rows);
    expect(all.length).toBeGreaterThan(econ.rows.length);
    // header + every row + totals (no printed totals in this table)
    expect(csv).toHaveLength(1 + all.length + 1);
    expect(csv.slice(1, -1).map((r) => r[2])).toEqual(all.map((r) => (r.kind === 'spending' ? `<${r.name}>` : r.name)));
    expect(csv.slice(1, -1).map((r) => r[0])).toEqual(all.map((r) => String(r.depth + 1)));
  });

  it('marks computed rows: the 基本支出 group is a sum of the rows below', () => {
    const csv = parseCsv(tableCsv(econ, econ.rows, grid, words));
    // 表9 lines 1256, 1274, 1300: 453.18 + 38.08 + 13.45 = 504.71
    expect(csv[1]?.slice(0, 4)).toEqual(['1', '', '<basic>', '504.71']);
    expect(csv[1]?.at(-1)).toBe('computed');
  });

  it('under a filter counts a matching row once, not again through its matching rows below, nor the rows above it', () => {
    // As the view passes it: 基本支出 (context) → 301 工资福利支出 (matches) → its 款 that match (基本工资 …).
    const prune = (rs: readonly TableRow[]): TableRow[] =>
      rs.flatMap((r) => {
        const kids = prune(r.subRows);
        return rowMatches(r, '工资', r.name) || kids.length > 0 ? [{ ...r, subRows: kids }] : [];
      });
    const shown = prune(econ.rows);
    const csv = parseCsv(tableCsv(econ, shown, grid, words, '工资'));
    const body = csv.slice(1, -1);
    const cls = flat(econ.rows).find((r) => r.code === '301');
    expect(body.map((r) => r[1])).toContain('301');
    const total = csv.at(-1);
    expect(total?.[2]).toMatch(/^FILTERED /);
    // Only 301 is counted: its 款 below it are inside it; 基本支出 above is only context.
    expect(total?.[3]).toBe(cls?.amounts.amount?.amount);
    expect(total?.[2]).toBe('FILTERED 1');
  });
});

describe('totalsShare', () => {
  it('is 100 % of the main column, and null where its sum is 0', () => {
    const model = buildTable(grid, 'projects');
    expect(totalsShare(model)?.toString()).toBe('100');
    expect(totalsShare({ ...model, totals: { amount: { sum: '0.00' as Amount, partial: false } } })).toBeNull();
  });
});
