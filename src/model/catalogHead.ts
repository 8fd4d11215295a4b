/**
 * 目录首页 (catalog head): what the catalog's first screen needs, split from index.json so the first page
 * stays small however many budgets the site holds (issue 14: ≤ 50 KB gzip at 2,000 budgets, where the
 * whole index.json is several hundred KB). It holds the first page of entries in index order (the order
 * the catalog shows before any sort or filter), the budgets those entries name as containing or contained
 * (so "part of …" reads a name, not an id), how many budgets there are, and each facet's values with their
 * counts for the unfiltered list. Built at data time from the same index and the same facet function the
 * catalog uses, so the first screen is identical to what the full index then shows.
 */
import { FACET_KEYS, facetValues, type FacetKey, type FacetValue } from './catalogFacets';
import type { BudgetIndex, BudgetIndexEntry } from './types';

/** Rows per catalog page (and so in the head): the catalog shows this many, then "show more". */
export const CATALOG_PAGE = 50;

export interface CatalogHead {
  schemaVersion: 1;
  /** How many budgets index.json lists. */
  count: number;
  /** The first CATALOG_PAGE entries of index.json, in its order. */
  first: BudgetIndexEntry[];
  /** Entries the first page names through partOf / contains and that are not on it. */
  related: BudgetIndexEntry[];
  /** Each facet's values and counts with no filter set (catalogFacets.facetValues). */
  facets: Record<FacetKey, FacetValue[]>;
}

export function buildCatalogHead(index: BudgetIndex, pageSize: number = CATALOG_PAGE): CatalogHead {
  const first = index.budgets.slice(0, pageSize);
  const onPage = new Set(first.map((e) => e.id));
  const wanted = new Set<string>();
  for (const e of first) {
    if (e.partOf) wanted.add(e.partOf.budget);
    for (const id of e.contains ?? []) wanted.add(id);
  }
  const related = index.budgets.filter((e) => wanted.has(e.id) && !onPage.has(e.id));
  const facets = Object.fromEntries(FACET_KEYS.map((k) => [k, facetValues(index.budgets, {}, k)])) as Record<FacetKey, FacetValue[]>;
  return { schemaVersion: 1, count: index.budgets.length, first, related, facets };
}

/** True where the head is the whole index (a small site): the catalog then never needs index.json. */
export function headIsWhole(head: CatalogHead): boolean {
  return head.first.length === head.count;
}
