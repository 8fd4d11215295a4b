/**
 * The tables view's sort and filter as they live in the URL (`…/tables?tab=units&sort=project.desc&filter=中心`),
 * so that a shared or reloaded link shows the table as it was. Pure parse/format: a bad value is dropped and
 * reported as a route problem (badSort, badFilter), never thrown.
 */

import type { TableSort } from '../model/tableRows/types';

export type { TableSort };

// A column key of src/model/tableRows (total, funding_generalPublic …): short and plain.
const SORT = /^([A-Za-z][A-Za-z0-9_]{0,39})\.(asc|desc)$/;
/** The filter is free text, but short and without control characters (a hash is not a document). */
export const MAX_FILTER = 100;
const CONTROL = /[\u0000-\u001f\u007f]/;

/** "project.desc" → { column: 'project', desc: true }; undefined when absent, null when malformed. */
export function parseTableSort(raw: string | undefined): TableSort | undefined | null {
  if (raw === undefined) return undefined;
  const m = SORT.exec(raw);
  if (!m || m[1] === undefined) return null;
  return { column: m[1], desc: m[2] === 'desc' };
}

export function formatTableSort(s: TableSort): string {
  return `${s.column}.${s.desc ? 'desc' : 'asc'}`;
}

/** The filter text as typed; undefined when absent or empty, null when too long or holding control characters. */
export function parseTableFilter(raw: string | undefined): string | undefined | null {
  if (raw === undefined || raw === '') return undefined;
  if (raw.length > MAX_FILTER || CONTROL.test(raw)) return null;
  return raw;
}
