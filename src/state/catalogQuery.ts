/**
 * The catalog's facets in the URL (#/?region=海珠区&year=2021&kind=final&unit=万元&q=数据), so a filtered list
 * can be shared and survives a reload. Values the reader cannot have typed into the page (markup, a year
 * that is not one) are dropped with a route problem, never passed on.
 */
import type { CatalogFilter } from '../model/catalogFacets';
import type { DocumentKind, MoneyUnit } from '../model/types';

const KINDS: readonly DocumentKind[] = ['budget', 'unitBudget', 'final'];
const UNITS: readonly MoneyUnit[] = ['元', '万元'];
// A region as printed (海珠区, 广州市): letters only — the same rule as the region page's.
const REGION = /^[\p{L}\p{M}·()（）]{1,30}$/u;
const YEAR = /^(19|20)\d\d$/;
// Free text: no angle brackets or control characters, short.
const TEXT = /^[^<>\p{Cc}]{1,40}$/u;

export function parseCatalogFilter(query: ReadonlyMap<string, string>): { filter: CatalogFilter; bad: boolean } {
  const filter: CatalogFilter = {};
  let bad = false;
  const region = query.get('region');
  if (region !== undefined) {
    if (REGION.test(region)) filter.region = region;
    else bad = true;
  }
  const year = query.get('year');
  if (year !== undefined) {
    if (YEAR.test(year)) filter.year = Number(year);
    else bad = true;
  }
  const kind = query.get('kind');
  if (kind !== undefined) {
    if ((KINDS as readonly string[]).includes(kind)) filter.kind = kind as DocumentKind;
    else bad = true;
  }
  const unit = query.get('unit');
  if (unit !== undefined) {
    if ((UNITS as readonly string[]).includes(unit)) filter.unit = unit as MoneyUnit;
    else bad = true;
  }
  const text = query.get('q');
  if (text !== undefined && text !== '') {
    if (TEXT.test(text)) filter.text = text;
    else bad = true;
  }
  return { filter, bad };
}

/** The query parts of a filter, in a fixed order (one URL per filter). */
export function catalogQuery(filter: CatalogFilter | undefined): string[] {
  if (!filter) return [];
  const q: string[] = [];
  if (filter.region !== undefined) q.push(`region=${encodeURIComponent(filter.region)}`);
  if (filter.year !== undefined) q.push(`year=${filter.year}`);
  if (filter.kind !== undefined) q.push(`kind=${filter.kind}`);
  if (filter.unit !== undefined) q.push(`unit=${encodeURIComponent(filter.unit)}`);
  if (filter.text !== undefined && filter.text !== '') q.push(`q=${encodeURIComponent(filter.text)}`);
  return q;
}
