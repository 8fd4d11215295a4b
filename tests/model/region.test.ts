import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regionSummary, regionYears } from '../../src/model/region';
import type { BudgetIndex, BudgetIndexEntry } from '../../src/model/types';

const index = JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', 'index.json'), 'utf8')) as BudgetIndex;

describe('regionSummary on the real catalog', () => {
  it('海珠区 2021: the grid centre (a unit of the data bureau) is left out of the total, and says inside which budget', () => {
    const s = regionSummary(index, '海珠区', 2021)!;
    const parent = index.budgets.find((b) => b.contains?.length)!;
    const child = index.budgets.find((b) => b.partOf?.budget === parent.id)!;
    expect(parent.region).toBe('海珠区');
    expect(s.groups).toHaveLength(1);
    const g = s.groups[0]!;
    expect(g.included.map((m) => m.entry.id)).toEqual([parent.id]);
    expect(g.excluded.map((x) => [x.member.entry.id, x.insideOf.id, x.unitCode])).toEqual([[child.id, parent.id, child.partOf!.unitCode]]);
    expect(g.totalWan).toBe(parent.total);
  });

  it('lists every region and year once, counting its documents', () => {
    const years = regionYears(index);
    expect(years.reduce((n, r) => n + r.budgets, 0)).toBe(index.budgets.length);
    expect(new Set(years.map((r) => `${r.region}${r.year}`)).size).toBe(years.length);
  });

  it('is null for a region and year without documents', () => {
    expect(regionSummary(index, '海珠区', 1999)).toBeNull();
  });
});

describe('regionSummary on a made-up region', () => {
  const entry = (id: string, kind: BudgetIndexEntry['kind'], unit: BudgetIndexEntry['unit'], total: string, partOf?: string): BudgetIndexEntry => ({
    id,
    departmentId: id,
    source: `${id}.txt`,
    department: id,
    region: '某区',
    year: 2024,
    kind,
    unit,
    total: total as BudgetIndexEntry['total'],
    file: `budgets/${id}.json`,
    checks: { passed: 0, failed: 0, rounding: 0 },
    sourceIssues: 0,
    ...(partOf ? { partOf: { budget: partOf, unitCode: '001' } } : {}),
  });
  const made: BudgetIndex = {
    schemaVersion: 1,
    crosswalk: { entries: [], moves: [] },
    budgets: [
      entry('a', 'budget', '万元', '100.01'),
      entry('b', 'budget', '元', '1234567.89'),
      entry('c', 'budget', '万元', '50.00', 'a'),
      entry('d', 'final', '万元', '90.00'),
      // A unit whose parent budget is not on the site: nothing is counted twice, so it is added.
      entry('e', 'budget', '万元', '1.00', 'elsewhere'),
    ],
  };

  it('adds 元 and 万元 exactly in 万元, keeps 决算 apart, and never adds a budget inside another', () => {
    const s = regionSummary(made, '某区', 2024)!;
    expect(s.groups.map((g) => g.kind)).toEqual(['budget', 'final']);
    const budget = s.groups[0]!;
    // 100.01 + 123.456789 + 1.00 = 224.466789 万元; c (inside a) is left out.
    expect(budget.totalWan).toBe('224.466789');
    expect(budget.included.map((m) => m.entry.id)).toEqual(['b', 'a', 'e']);
    expect(budget.excluded.map((x) => x.member.entry.id)).toEqual(['c']);
    expect(s.groups[1]!.totalWan).toBe('90.00');
  });
});
