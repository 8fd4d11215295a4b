/**
 * The catalog's facets (筛选): region, year, kind (部门预算 / 单位预算 / 部门决算) and unit (元 / 万元), plus a
 * text filter over department and region names (and their English names where the index has them). Each
 * facet's counts are those of the budgets the OTHER facets leave, so a reader sees what a click would give
 * (the faceted search convention). Pure; the list keeps index order or the chosen sort.
 */
import type { BudgetIndexEntry, DocumentKind, MoneyUnit } from './types';

export interface CatalogFilter {
  region?: string;
  year?: number;
  kind?: DocumentKind;
  unit?: MoneyUnit;
  /** Free text, matched case-insensitively against names (spaces and full-width forms folded). */
  text?: string;
}

export type FacetKey = 'region' | 'year' | 'kind' | 'unit';
export const FACET_KEYS: readonly FacetKey[] = ['region', 'year', 'kind', 'unit'];

export interface FacetValue {
  value: string;
  count: number;
}

/** Full-width forms to half-width, spaces out, lower case: "ＨＡＩＺＨＵ 区" finds "Haizhu区". */
export function foldText(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function facetValueOf(e: BudgetIndexEntry, key: FacetKey): string {
  return key === 'year' ? String(e.year) : e[key];
}

function matchesText(e: BudgetIndexEntry, text: string): boolean {
  const needle = foldText(text);
  if (needle === '') return true;
  const english = e as BudgetIndexEntry & { departmentEn?: string; regionEn?: string };
  return [e.department, e.region, english.departmentEn ?? '', english.regionEn ?? '', String(e.year)].some((h) => foldText(h).includes(needle));
}

function matches(e: BudgetIndexEntry, f: CatalogFilter, except?: FacetKey): boolean {
  for (const key of FACET_KEYS) {
    if (key === except) continue;
    const want = f[key];
    if (want !== undefined && facetValueOf(e, key) !== String(want)) return false;
  }
  return f.text === undefined || matchesText(e, f.text);
}

export function filterEntries(entries: readonly BudgetIndexEntry[], f: CatalogFilter): BudgetIndexEntry[] {
  return entries.filter((e) => matches(e, f));
}

/**
 * Each facet's values with the number of budgets a click would show; years newest first, others by count
 * then name. A chosen value stays listed even at 0 (so it can be cleared).
 */
export function facetValues(entries: readonly BudgetIndexEntry[], f: CatalogFilter, key: FacetKey): FacetValue[] {
  const counts = new Map<string, number>();
  for (const e of entries) if (!counts.has(facetValueOf(e, key))) counts.set(facetValueOf(e, key), 0);
  for (const e of entries) if (matches(e, f, key)) counts.set(facetValueOf(e, key), (counts.get(facetValueOf(e, key)) ?? 0) + 1);
  const list = [...counts].map(([value, count]) => ({ value, count }));
  if (key === 'year') return list.sort((a, b) => Number(b.value) - Number(a.value));
  return list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-CN'));
}

/** True where no facet and no text is set. */
export function isEmptyFilter(f: CatalogFilter): boolean {
  return FACET_KEYS.every((k) => f[k] === undefined) && (f.text === undefined || f.text === '');
}
