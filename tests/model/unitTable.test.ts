/**
 * The 单位 table from the model, on every budget in public/data that has units: each unit's 基本支出 as printed,
 * 项目支出 printed or the exact sum of its projects (the 按单位与项目 treemap's grouping), 合计 printed or
 * 基本支出 + 项目支出, 未列示 where nothing prints or computes a figure (never 0.00), the totals row beside the
 * department's printed figures (表3), shares labelled by what they are a share of. Expectations are summed here
 * from the JSON's own lists, not from the model's helpers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { buildTable, unitRows, type TableRow } from '../../src/model/tableRows';
import { unitNameKey } from '../../src/model/tableRows/unitRows';
import type { Budget, BudgetIndex } from '../../src/model/types';

const index = JSON.parse(readFileSync('public/data/index.json', 'utf8')) as BudgetIndex;
const load = (id: string) => JSON.parse(readFileSync(`public/data/budgets/${id}.json`, 'utf8')) as Budget;
const add = (xs: readonly string[]) => xs.reduce((a, x) => a.plus(x), new Decimal(0));
const same = (a: string | undefined, b: Decimal) => a !== undefined && new Decimal(a).equals(b);

/** The projects the project table gives to a unit: by code where both print one, else by name (本级 = the department). */
function projectsOf(b: Budget, r: TableRow) {
  return b.projects.filter((p) => (p.unit && r.code ? p.unit === r.code : unitNameKey(p.unitName ?? '') === unitNameKey(r.name)));
}

const withUnits = index.budgets.filter((e) => {
  const b = load(e.id);
  return b.units.length > 0 || b.basicByUnit.length > 0;
});

describe.each(withUnits.map((e) => [e.id]))('单位 table of %s', (id) => {
  const b = load(id);
  const t = unitRows(b);

  it('never shows 0.00 for a figure nobody printed: each cell is printed, computed and labelled, or 未列示', () => {
    for (const r of t.rows) {
      for (const k of ['total', 'basic', 'project']) {
        const c = r.amounts[k];
        if (c === null || c === undefined) expect(r.unlisted).toContain(k);
        else expect(c.src !== undefined || c.computed === true).toBe(true);
      }
    }
  });

  it('project spending: the printed figure, else the exact sum of the unit’s projects with their lines', () => {
    for (const r of t.rows) {
      const u = b.units.find((x) => (x.code !== '' ? x.code === r.code : x.name === r.name));
      const mine = projectsOf(b, r);
      const c = r.amounts.project;
      if (u?.project !== undefined) expect(c).toEqual({ amount: u.project, src: u.src });
      else if (mine.length > 0) {
        expect(c?.computed).toBe(true);
        expect(c?.over).toBe('projects');
        expect(same(c?.amount, add(mine.map((p) => p.amount)))).toBe(true);
        expect(c?.refs).toEqual(mine.map((p) => p.src));
      } else expect(c).toBeNull();
    }
  });

  it('total: printed, else basic + project computed, else 未列示', () => {
    for (const r of t.rows) {
      const { total, basic, project } = r.amounts;
      if (total?.src) continue;
      if (basic && project) {
        expect(total?.over).toBe('parts');
        expect(same(total?.amount, add([basic.amount, project.amount]))).toBe(true);
      } else {
        expect(total).toBeNull();
        expect(r.unlisted).toContain('total');
      }
    }
  });

  it('the totals row is compared with the department’s printed figures where every unit has one', () => {
    for (const k of ['total', 'basic', 'project'] as const) {
      const tc = t.totals[k];
      const cells = t.rows.map((r) => r.amounts[k]);
      if (cells.some((c) => !c)) {
        expect(tc?.partial).toBe(true);
        expect(tc?.printed).toBeUndefined();
        continue;
      }
      expect(same(tc?.sum, add(cells.map((c) => c?.amount ?? '0')))).toBe(true);
      expect(tc?.printed?.amount).toBe(b.expenditure[k]);
      const d = new Decimal(b.expenditure[k]).minus(tc?.sum ?? '0');
      expect(tc?.printed?.difference === null ? new Decimal(0) : new Decimal(tc?.printed?.difference ?? '0')).toEqual(d);
    }
  });

  it('shares say what they are a share of', () => {
    const col = t.columns.find((c) => c.kind === 'share');
    expect(col?.label).toBe(t.mainColumn === 'total' ? 'share' : 'shareOfBasic');
  });
});

describe('the four budgets of issue 12', () => {
  it('000 (the grid centre): 项目支出 = 800.00 + 5.00 (表10) and 合计 = 504.71 + 805.00 = 表3’s 1309.71', () => {
    const t = buildTable(load('haizhu-grid-centre-2021'), 'units');
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]?.amounts.project?.amount).toBe('805.00');
    expect(t.rows[0]?.amounts.total?.amount).toBe('1309.71');
    expect(t.totals.total?.printed?.difference).toBeNull();
    expect(t.mainColumn).toBe('total');
  });

  it('001: every unit has all three figures and the totals meet 表3 (5921.56 / 3750.53) — 基本支出 off by the printed 0.01', () => {
    const t = buildTable(load('haizhu-data-bureau-2021'), 'units');
    expect(t.rows.map((r) => r.unlisted ?? [])).toEqual([[], [], [], []]);
    expect(t.totals.project?.sum).toBe('3750.53');
    expect(t.totals.project?.printed?.difference).toBeNull();
    // 686.21 + 429.60 + 550.52 + 504.71 = 2171.04 (表8) against 2171.03 (表3 line 474)
    expect(t.totals.basic?.sum).toBe('2171.04');
    expect(t.totals.basic?.printed?.difference).toBe('-0.01');
  });

  it('002: the projects of “…管理局” belong to the unit printed as “…管理局（本级）”', () => {
    const b = load('haizhu-data-bureau-2025');
    const t = buildTable(b, 'units');
    expect(t.rows).toHaveLength(2);
    expect(t.rows.every((r) => r.amounts.project?.over === 'projects')).toBe(true);
    // Every project is given to a unit: the column adds up the whole 项目支出表 (1910.01), which 表3 prints as 1910.00.
    expect(same(t.totals.project?.sum, add(b.projects.map((p) => p.amount)))).toBe(true);
    expect(t.totals.project?.printed?.amount).toBe(b.expenditure.project);
  });

  it('004: a unit with no project listed shows 未列示 for 项目支出 and 合计, and shares are of 基本支出', () => {
    const t = buildTable(load('baiyun-data-bureau-2023'), 'units');
    const hotline = t.rows.find((r) => r.name.includes('12345'));
    expect(hotline?.unlisted).toEqual(['total', 'project']);
    expect(t.mainColumn).toBe('basic');
    expect(t.columns.find((c) => c.kind === 'share')?.label).toBe('shareOfBasic');
  });
});
