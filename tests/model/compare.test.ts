/**
 * compareBudgets / combineBudgets / sameDepartment against the committed budgets and small fixtures.
 * Expected figures and differences are worked out by hand from the printed lines they cite (each checked
 * to be printed there), not recomputed with the model's own helpers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  combineBudgets,
  compareBudgets as compareWith,
  otherYears,
  parseDepartmentRecords,
  sameDepartment,
  type CompareLine,
  type Comparison,
} from '../../src/model/compare';
import { dec } from '../../src/model/decimal';
import type { Budget, BudgetIndex } from '../../src/model/types';
import { a, sampleBudget } from '../fixtures/sampleBudget';
import { printedOnLines } from '../support/sources';

const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));
// The crosswalk as the app gets it: published in index.json.
const publishedCrosswalk = (readJson('public/data/index.json') as BudgetIndex).crosswalk;
const compareBudgets = (budgets: Budget[], options: Parameters<typeof compareWith>[1] = {}) =>
  compareWith(budgets, { crosswalk: publishedCrosswalk, ...options });
const index = readJson('public/data/index.json') as BudgetIndex;
const load = (id: string): Budget => readJson(`public/data/budgets/${id}.json`) as Budget;
const GRID = 'haizhu-grid-centre-2021';
const HZ21 = 'haizhu-data-bureau-2021';
const HZ25 = 'haizhu-data-bureau-2025';
const GZ17 = 'guangzhou-gov-affairs-office-2017';
const BY23 = 'baiyun-data-bureau-2023';

function line(c: Comparison, section: 'totals' | 'functional' | 'economic' | 'income', key: string): CompareLine {
  const l = c[section].find((x) => x.key === key);
  if (!l) throw new Error(`no line ${key}`);
  return l;
}

describe('compareBudgets: 001 (2021) vs 002 (2025), the same bureau under two names', () => {
  const b21 = load(HZ21);
  const b25 = load(HZ25);
  const c = compareBudgets([b21, b25]);

  // 支出总体情况表 (表3), 合计, as printed by 001 (2021) and 002 (2025): the 14 codes both print, and the
  // difference 2025 − 2021 worked out by hand.
  const BOTH: [code: string, y2021: string, lines2021: [number, number], y2025: string, lines2025: [number, number], difference: string][] = [
    ['206', '5411.72', [478, 478], '1566.29', [480, 480], '-3845.43'],
    ['20601', '5411.72', [479, 479], '1566.29', [482, 482], '-3845.43'],
    ['2060101', '1130.74', [480, 480], '402.18', [484, 484], '-728.56'],
    ['2060199', '4256.98', [482, 482], '1164.11', [486, 490], '-3092.87'],
    ['208', '243.57', [483, 483], '273.38', [492, 492], '29.81'],
    ['20805', '243.57', [484, 484], '273.38', [494, 494], '29.81'],
    ['2080505', '119.53', [485, 485], '177.00', [498, 502], '57.47'],
    ['2080506', '124.05', [493, 493], '88.50', [504, 508], '-35.55'],
    ['210', '47.74', [494, 494], '0.40', [510, 510], '-47.34'],
    ['21007', '47.74', [495, 495], '0.40', [512, 512], '-47.34'],
    ['2100799', '47.74', [496, 496], '0.40', [514, 514], '-47.34'],
    ['221', '208.00', [497, 497], '667.42', [557, 557], '459.42'],
    ['22102', '208.00', [498, 498], '667.42', [559, 559], '459.42'],
    ['2210201', '208.00', [499, 499], '205.29', [561, 561], '-2.71'],
  ];

  it('the hand-copied figures are printed on the lines they cite', () => {
    for (const [code, x, lx, y, ly] of BOTH) {
      expect(printedOnLines(b21.source, lx, x), `${code} ${x} in ${b21.source} ${lx.join('–')}`).toBe(true);
      expect(printedOnLines(b25.source, ly, y), `${code} ${y} in ${b25.source} ${ly.join('–')}`).toBe(true);
    }
    // 支出总计: 5,921.56 (001 line 474) and 4,417.50 (002 line 478).
    expect(printedOnLines(b21.source, [474, 474], '5921.56')).toBe(true);
    expect(printedOnLines(b25.source, [478, 478], '4417.50')).toBe(true);
  });

  it('differences are the exact decimal differences of the printed figures', () => {
    // 4417.50 − 5921.56
    expect(line(c, 'totals', 'total:total').steps[0]?.difference).toBe('-1504.06');
    for (const [code, x, , y, , difference] of BOTH) {
      const l = line(c, 'functional', `functional:${code}`);
      expect(l.steps[0]?.status, code).toBe('both');
      expect(l.steps[0]?.difference, code).toBe(difference);
      expect(l.cells.map((cell) => cell?.amount)).toEqual([x, y]);
      expect(l.cells[0]?.basis).toBe('printed');
    }
    // Every other line is printed by one year only: no difference, flagged missing.
    const others = c.functional.filter((l) => !BOTH.some(([code]) => l.code === code));
    expect(others.length).toBeGreaterThan(0);
    for (const l of others) {
      expect(l.steps[0]?.difference, l.code).toBeNull();
      expect(l.flags, l.code).toContain('missing');
    }
  });

  it('income differences come from IncomeLine amounts by key', () => {
    const gp = line(c, 'income', 'income:generalPublic');
    // 一般公共预算 2,517.50 (002 line 576) − 5,911.03 (001 line 377).
    expect(gp.steps[0]?.difference).toBe('-3393.53');
    expect(line(c, 'income', 'income:govFund').steps[0]?.difference).toBe('1900.00');
    // A change from 0.00 has no percentage.
    expect(line(c, 'income', 'income:govFund').steps[0]?.change).toBeNull();
  });

  it('shares are exact Decimals of the budget total; change is relative to the earlier figure', () => {
    const sci = line(c, 'functional', 'functional:206');
    // 5411.72 / 5921.56 = 0.913900…: 91.39 %.
    expect(sci.cells[0]?.share?.toFixed(6)).toBe('91.390107');
    expect(line(c, 'totals', 'total:total').cells[1]?.share?.toString()).toBe('100');
    // −3845.43 / 5411.72 = −71.06 %.
    expect(sci.steps[0]?.change?.toFixed(2)).toBe('-71.06');
  });

  it('flags 208 renamed (a misprint in 2021), with the crosswalk reason, and shows the correct name', () => {
    const l = line(c, 'functional', 'functional:208');
    expect(l.flags).toContain('renamed');
    expect(l.name).toBe('社会保障和就业支出');
    expect(l.rename?.names).toEqual([
      { budget: HZ21, year: 2021, name: '社会保障和就业出', misprint: true },
      { budget: HZ25, year: 2025, name: '社会保障和就业支出', misprint: false },
    ]);
    expect(l.rename?.reason).toContain('Misprint');
  });

  it('flags lines printed in only one year as missing, with added/removed steps', () => {
    const city = line(c, 'functional', 'functional:212');
    expect(city.cells[0]).toBeNull();
    expect(city.cells[1]?.amount).toBe('1900.00');
    expect(city.steps[0]).toMatchObject({ status: 'added', difference: null, relation: 'sameDepartment' });
    expect(line(c, 'functional', 'functional:2060103').steps[0]?.status).toBe('removed');
  });

  it('marks the pair as the same department: compare is offered, combine is not', () => {
    expect(c.warnings).toEqual([]);
    expect(c.combine.offered).toBe(false);
    expect(c.combine.blockedBy.map((x) => x.code)).toEqual(['SAME_DEPARTMENT']);
  });

  it('adds economic rows printed twice under one code (机关 501 and 事业单位 505) and says so', () => {
    const wages = line(c, 'economic', 'economic:basic:301');
    expect(wages.cells[0]).toMatchObject({ amount: '1926.89', basis: 'sumOfRows', rows: 2 });
    expect(wages.cells[0]?.src).toHaveLength(2);
    expect(wages.cells[1]).toMatchObject({ amount: '2345.80', basis: 'printed', rows: 1 });
    expect(line(c, 'economic', 'economic:basic:30101').parent).toBe('economic:basic:301');
    expect(c.budgets[0]?.economicCovered).toEqual({ basic: '2171.03', project: null });
  });

  it('compares 基本支出 with measure basic, shares of 基本支出', () => {
    const basic = compareBudgets([b21, b25], { measure: 'basic' });
    const sci = line(basic, 'functional', 'functional:206');
    expect(sci.cells.map((x) => x?.amount)).toEqual(['1671.72', '1566.29']);
    // 基本支出 1671.72 / 2171.03 = 77.0012 %.
    expect(sci.cells[0]?.share?.toFixed(6)).toBe('77.001239');
  });
});

describe('compareBudgets: containment (000 is unit 550004 of 001)', () => {
  const c = compareBudgets([load(GRID), load(HZ21)]);

  it('returns a CONTAINMENT warning and never offers to add them', () => {
    expect(c.warnings).toHaveLength(1);
    expect(c.warnings[0]).toMatchObject({ code: 'CONTAINMENT', part: GRID, whole: HZ21, unitCode: '550004' });
    expect(c.warnings[0]?.message).toContain('不能相加');
    expect(c.combine.offered).toBe(false);
    const combined = combineBudgets(c);
    expect(combined.ok).toBe(false);
    if (!combined.ok) expect(combined.reason).toContain('下属单位');
  });

  it('keeps the figures side by side; the step is marked partOf', () => {
    const total = line(c, 'totals', 'total:total');
    expect(total.cells.map((x) => x?.amount)).toEqual(['1309.71', '5921.56']);
    expect(total.steps[0]?.relation).toBe('partOf');
  });

  it('warns in either order', () => {
    expect(compareBudgets([load(HZ21), load(GRID)]).warnings[0]).toMatchObject({ part: GRID, whole: HZ21 });
  });
});

describe('compareBudgets: 003 prints 功能分类 only per unit (项 rows)', () => {
  const b17 = load(GZ17);
  const c = compareBudgets([b17, load(BY23)]);

  it('adds the units’ rows per code and says the figure is a sum of unit rows', () => {
    const admin = line(c, 'functional', 'functional:2010301');
    const rows = b17.functional.filter((r) => r.code === '2010301');
    // 表3: unit 190001 prints 664.17 (line 569), unit 190006 413.90 (line 646); 664.17 + 413.90 = 1078.07.
    expect(rows.map((r) => [r.unit, r.total, r.src.lines])).toEqual([
      ['190001', '664.17', [569, 569]],
      ['190006', '413.90', [646, 646]],
    ]);
    expect(printedOnLines(b17.source, [569, 569], '664.17') && printedOnLines(b17.source, [646, 646], '413.90')).toBe(true);
    expect(admin.cells[0]).toMatchObject({ amount: '1078.07', basis: 'sumOfUnitRows', rows: 2 });
    expect(admin.cells[0]?.src).toEqual(rows.map((r) => r.src));
    expect(c.budgets[0]?.functionalBasis).toBe('unitsAdded');
  });

  it('derives 类/款 as sums of children, matching the totals 003 prints in its 收支预算总表', () => {
    const printed = (k: string): string | undefined => b17.printedTotals.find((p) => p.key === k)?.amount;
    const lei = line(c, 'functional', 'functional:201');
    expect(lei.cells[0]).toMatchObject({ basis: 'sumOfChildren', name: '一般公共服务支出' });
    expect(lei.cells[0]?.amount).toBe(printed('functional.201'));
    expect(line(c, 'functional', 'functional:206').cells[0]?.amount).toBe(printed('functional.206'));
    expect(line(c, 'functional', 'functional:221').cells[0]?.amount).toBe(printed('functional.221'));
    expect(lei.cells[1]).toMatchObject({ amount: '2304.23', basis: 'printed' });
  });

  it('flags 210 renamed between 2017 and 2023 with the reason, and a punctuation-only difference not at all', () => {
    const health = line(c, 'functional', 'functional:210');
    expect(health.flags).toContain('renamed');
    expect(health.name).toBe('卫生健康支出');
    expect(health.rename?.names.map((n) => n.name)).toEqual(['医疗卫生与计划生育支出', '卫生健康支出']);
    expect(health.rename?.reason).toContain('2018');
    const both = compareBudgets([load(HZ21), load(BY23)]);
    expect(line(both, 'functional', 'functional:20103').flags).not.toContain('renamed');
    expect(line(both, 'economic', 'economic:basic:30213').flags).not.toContain('renamed');
  });

  it('does not take generic 项 names (行政运行) under other codes for moves', () => {
    const both = compareBudgets([load(HZ21), load(BY23)]);
    expect(line(both, 'functional', 'functional:2060101').flags).not.toContain('moved');
    expect(line(both, 'functional', 'functional:2010301').flags).not.toContain('moved');
  });

  it('can be added up: different departments, no containment', () => {
    expect(c.combine.offered).toBe(true);
    const combined = combineBudgets(c);
    expect(combined.ok).toBe(true);
    if (!combined.ok) return;
    // 支出总计 15,947.98 (003) + 14,416.56 (004).
    expect(combined.value['total:total']?.amount).toBe('30364.54');
    expect(combined.value['functional:212']).toBeUndefined();
    expect(combined.value['functional:20102']).toEqual({ amount: '0.51', budgets: [BY23], missingIn: [GZ17] });
  });
});

describe('compareBudgets: moved and renamed on fixtures', () => {
  function withRows(id: string, year: number, rows: [string, string, string][]): Budget {
    const b = sampleBudget();
    b.id = id;
    b.year = year;
    b.functional = rows.map(([code, name, total], i) => ({
      code,
      name,
      level: code.length === 3 ? 'lei' : code.length === 5 ? 'kuan' : 'xiang',
      total: a(total),
      basic: a(total),
      project: a('0.00'),
      src: { table: 't03', lines: [100 + i, 100 + i] },
    }));
    return b;
  }
  const old = withRows('old', 2016, [
    ['210', '医疗卫生与计划生育支出', '30.00'],
    ['21005', '医疗保障', '30.00'],
    ['2100501', '行政单位医疗', '30.00'],
    ['206', '科学技术支出', '5.00'],
    ['20601', '科学技术管理事务', '5.00'],
    ['2060101', '行政运行', '5.00'],
    ['2060199', '专项业务费', '1.00'],
  ]);
  const now = withRows('now', 2021, [
    ['210', '卫生健康支出', '31.50'],
    ['21011', '行政事业单位医疗', '31.50'],
    ['2101101', '行政单位医疗', '31.50'],
    ['201', '一般公共服务支出', '7.00'],
    ['20103', '政府办公厅（室）及相关机构事务', '7.00'],
    ['2010301', '行政运行', '7.00'],
    ['2010399', '专项业务费', '1.00'],
  ]);
  const c = compareBudgets([old, now]);

  it('flags the same name under another code as moved, both ways, with the crosswalk reason', () => {
    const from = line(c, 'functional', 'functional:2100501');
    const to = line(c, 'functional', 'functional:2101101');
    expect(from.flags).toEqual(['missing', 'moved']);
    expect(from.moves).toEqual([
      { key: 'functional:2101101', code: '2101101', reason: expect.stringContaining('21011'), reasonZh: expect.stringContaining('21011') },
    ]);
    expect(to.moves?.[0]?.key).toBe('functional:2100501');
  });

  it('flags an unrecorded move without a reason, and never a generic name', () => {
    expect(line(c, 'functional', 'functional:2060199').moves).toEqual([{ key: 'functional:2010399', code: '2010399', reason: null }]);
    expect(line(c, 'functional', 'functional:2060101').flags).toEqual(['missing']);
  });

  it('flags a renamed code with the crosswalk reason; a code not in the crosswalk gets reason null', () => {
    expect(line(c, 'functional', 'functional:210').rename?.reason).toContain('卫生健康委员会');
    expect(line(c, 'functional', 'functional:210').rename?.reasonZh).toContain('卫生健康委员会');
    const renamed = compareBudgets([old, withRows('x', 2021, [['2060199', '其他专项业务费', '1.00']])]);
    const l = line(renamed, 'functional', 'functional:2060199');
    expect(l.flags).toEqual(['renamed']);
    expect(l.rename?.reason).toBeNull();
  });

  it('refuses to add the same budget twice', () => {
    const twice = compareBudgets([old, old]);
    expect(twice.warnings.map((w) => w.code)).toEqual(['DUPLICATE_BUDGET']);
    expect(twice.combine.offered).toBe(false);
    expect(twice.totals[0]?.steps[0]?.relation).toBe('sameBudget');
  });
});

describe('sameDepartment / otherYears (departmentId from index.json, never the printed name)', () => {
  const entry = (id: string) => {
    const e = index.budgets.find((b) => b.id === id);
    if (!e) throw new Error(id);
    return e;
  };

  it('knows 001 and 002 are one bureau under two names, and 000 is not the bureau', () => {
    expect(entry(HZ21).department).not.toBe(entry(HZ25).department);
    expect(sameDepartment(entry(HZ21), entry(HZ25))).toBe(true);
    expect(sameDepartment(entry(GRID), entry(HZ21))).toBe(false);
    expect(sameDepartment(entry(GZ17), entry(BY23))).toBe(false);
  });

  it('matches by id only: the same printed name with another id is another department', () => {
    const x = { departmentId: 'shanghai-a', department: '某区某局', region: '某区' };
    expect(sameDepartment(x, { ...x })).toBe(true);
    expect(sameDepartment(x, { ...x, departmentId: 'shanghai-b' })).toBe(false);
    expect(sameDepartment({ ...entry(HZ21), departmentId: 'other' }, entry(HZ21))).toBe(false);
    expect(sameDepartment({ departmentId: '' }, { departmentId: '' })).toBe(false);
  });

  it('offers the other years of the same department, and only those', () => {
    expect(otherYears(entry(HZ25), index.budgets).map((b) => b.id)).toEqual([HZ21]);
    expect(otherYears(entry(HZ21), index.budgets).map((b) => b.id)).toEqual([HZ25]);
    expect(otherYears(entry(BY23), index.budgets)).toEqual([]);
    for (const e of index.budgets) {
      const expected = index.budgets.filter((o) => o.id !== e.id && o.year !== e.year && o.departmentId === e.departmentId).map((o) => o.id);
      expect(
        otherYears(e, index.budgets)
          .map((b) => b.id)
          .sort(),
      ).toEqual(expected.sort());
    }
  });

  it('validates a departments file', () => {
    expect(parseDepartmentRecords({ departments: [{ id: 'x' }] })).toEqual({ ok: false, reason: 'departments[0]: needs id, region and names[]' });
    expect(parseDepartmentRecords(readJson('data/departments.json')).ok).toBe(true);
  });
});

describe('compareBudgets across units (a 元 budget with a 万元 budget)', () => {
  // 005 (普陀区建设和管理委员会 2026) prints 元; 000 (the grid centre 2021) 万元.
  const y = load('putuo-jiansheheguanliweiyuanhui-ee9982-2026');
  const w = load(GRID);
  const c = compareBudgets([w, y]);

  it('converts every figure of the 元 budget exactly to 万元 and says so', () => {
    expect(y.unit).toBe('元');
    expect(c.unit).toBe('万元');
    expect(c.converted).toBe(true);
    expect(c.budgets.map((b) => b.unit)).toEqual(['万元', '元']);
    // 005 prints 支出总计 3,286,618,082.20 元 (line 226) = 328,661.80822 万元.
    expect(y.expenditure.total).toBe('3286618082.20');
    expect(printedOnLines(y.source, [226, 226], '3286618082.20')).toBe(true);
    expect(dec(c.budgets[1]!.total).equals(dec('328661.80822'))).toBe(true);
    const total = line(c, 'totals', 'total:total');
    expect(total.cells[0]?.amount).toBe(w.expenditure.total);
    expect(total.cells[0]?.printed).toBeUndefined();
    expect(dec(total.cells[1]!.amount).equals(dec('328661.80822'))).toBe(true);
    expect(total.cells[1]?.printed).toEqual({ amount: y.expenditure.total, unit: '元' });
    expect(total.cells[1]?.src).toEqual([y.expenditure.src]);
    // 328661.80822 − 1309.71 (000's 支出总计, line 866).
    expect(dec(total.steps[0]?.difference ?? 'NaN').equals(dec('327352.09822'))).toBe(true);
  });

  it('converts every 功能分类 line exactly and keeps its printed figure and source', () => {
    let checked = 0;
    for (const l of c.functional) {
      const cell = l.cells[1];
      const printed = y.functional.filter((r) => r.code === l.code && r.unit === undefined);
      if (cell?.basis !== 'printed' || printed.length !== 1) continue;
      expect(cell.printed).toEqual({ amount: printed[0]!.total, unit: '元' });
      expect(dec(cell.amount).times(10000).equals(dec(printed[0]!.total))).toBe(true);
      expect(cell.src).toEqual([printed[0]!.src]);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('leaves budgets of one unit as printed (no conversion)', () => {
    const both = compareBudgets([y, y]);
    expect(both.unit).toBe('元');
    expect(both.converted).toBe(false);
    expect(line(both, 'totals', 'total:total').cells[0]?.amount).toBe(y.expenditure.total);
  });
});
