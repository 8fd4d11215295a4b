/**
 * Finding and filtering table rows: the rows a link or search hit marks (`tab=economic&row=30101` marks every
 * row printed under that code, in every block), and the rows a text filter keeps.
 */
import type { TableRow } from './types';

/** Rows whose code is `code`, with the ids of their ancestors (to expand), in tree order. */
export function findRows(rows: readonly TableRow[], code: string): { ids: string[]; ancestors: string[] } {
  const ids: string[] = [];
  const ancestors = new Set<string>();
  const walk = (list: readonly TableRow[], above: readonly string[]): void => {
    for (const r of list) {
      if (r.code === code) {
        ids.push(r.id);
        for (const a of above) ancestors.add(a);
      }
      walk(r.subRows, [...above, r.id]);
    }
  };
  walk(rows, []);
  return { ids, ancestors: [...ancestors] };
}

/** The row with this id, at any depth; null where there is none. */
export function findRow(rows: readonly TableRow[], id: string): TableRow | null {
  for (const r of rows) {
    if (r.id === id) return r;
    const inner = findRow(r.subRows, id);
    if (inner) return inner;
  }
  return null;
}

/**
 * Does the row match a filter text? Code, printed name, the name as shown (`shownName`: the view names the
 * 基本/项目支出 groups) and the text columns are searched together, case-insensitively; an empty filter keeps all.
 */
export function rowMatches(r: TableRow, filter: string, shownName: string): boolean {
  const q = filter.trim().toLowerCase();
  if (q === '') return true;
  return [r.code, r.name, shownName, ...Object.values(r.texts)].join(' ').toLowerCase().includes(q);
}
