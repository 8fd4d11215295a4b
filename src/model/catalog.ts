/**
 * The catalog (目录) order: every budget of index.json sorted by department, region, year or total. No grand
 * total is ever computed here — budgets may contain each other (000 is a unit of 001).
 */
import type { BudgetIndexEntry } from './types';
import { compareAcrossUnits } from './units';

export type CatalogSortKey = 'department' | 'region' | 'year' | 'total';

export interface CatalogSort {
  key: CatalogSortKey;
  dir: 'asc' | 'desc';
}

const COMPARE: Record<CatalogSortKey, (a: BudgetIndexEntry, b: BudgetIndexEntry) => number> = {
  department: (a, b) => a.department.localeCompare(b.department, 'zh-CN'),
  region: (a, b) => a.region.localeCompare(b.region, 'zh-CN'),
  year: (a, b) => a.year - b.year,
  // Totals are printed in 元 or 万元: compared exactly in one unit (1 万元 = 10,000 元), never as printed digits.
  total: (a, b) => compareAcrossUnits(a.total, a.unit, b.total, b.unit),
};

export function sortEntries(entries: readonly BudgetIndexEntry[], sort: CatalogSort | null): BudgetIndexEntry[] {
  if (!sort) return [...entries];
  const sign = sort.dir === 'asc' ? 1 : -1;
  // Ties fall back to the id so the order is stable and the same on every load.
  return [...entries].sort((a, b) => sign * COMPARE[sort.key](a, b) || a.id.localeCompare(b.id));
}

/**
 * The sort after a click on a column: the same column flips direction; a new column starts with the largest
 * first for figures (total, year) and A→Z for names.
 */
export function nextSort(current: CatalogSort | null, key: CatalogSortKey): CatalogSort {
  if (current?.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'total' || key === 'year' ? 'desc' : 'asc' };
}

/** Budgets ticked for comparison, oldest first (differences then read as change over time). */
export function pickedInYearOrder(entries: readonly BudgetIndexEntry[], picked: readonly string[]): string[] {
  return sortEntries(
    entries.filter((b) => picked.includes(b.id)),
    { key: 'year', dir: 'asc' },
  ).map((b) => b.id);
}
