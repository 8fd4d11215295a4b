/**
 * Cells, totals and shares shared by every table. Exact (decimal.js); shares rounded only for display.
 */
import type { Amount, SourceRef } from '../types';
import { dec, share, sum, toAmount, type Dec } from '../decimal';
import type { AmountCell, ColumnSpec, TableRow, TotalCell } from './types';

/** The three figures of a function or unit: 合计, 基本支出, 项目支出. */
export const AMOUNT_KEYS = ['total', 'basic', 'project'] as const;

/** 合计 / 基本支出 / 项目支出 and the share: the figure columns of the 功能分类 and 单位 tables. */
export const MEASURE_COLUMNS: readonly ColumnSpec[] = [
  { key: 'total', kind: 'amount', label: 'total' },
  { key: 'basic', kind: 'amount', label: 'basic' },
  { key: 'project', kind: 'amount', label: 'project' },
  { key: 'share', kind: 'share', label: 'share' },
];

/** One figure column and its share: the 经济分类 and 项目 tables. */
export const AMOUNT_COLUMNS: readonly ColumnSpec[] = [
  { key: 'amount', kind: 'amount', label: 'amount' },
  { key: 'share', kind: 'share', label: 'share' },
];

export function cell(amount: Amount, src?: SourceRef): AmountCell {
  return src ? { amount, src } : { amount };
}

function computedCell(values: readonly (Amount | null | undefined)[]): AmountCell | null {
  const present = values.filter((v): v is Amount => v !== null && v !== undefined);
  if (present.length === 0) return null;
  return { amount: toAmount(sum(present)), computed: true };
}

/** The exact sum of a column over rows, marked computed; null where no row has a figure in it. */
export function sumColumn(rows: readonly TableRow[], key: string): AmountCell | null {
  return computedCell(rows.map((r) => r.amounts[key]?.amount));
}

/** The totals row: the exact sum of the top-level rows, per column. */
export function totalsOf(rows: readonly TableRow[], keys: readonly string[]): Record<string, TotalCell> {
  const out: Record<string, TotalCell> = {};
  for (const k of keys) {
    const present = rows.map((r) => r.amounts[k]).filter((c): c is AmountCell => c !== null && c !== undefined);
    out[k] = { sum: toAmount(sum(present.map((c) => c.amount))), partial: present.length < rows.length };
  }
  return out;
}

/** A total the document prints beside the sum, with printed − sum; neither is adjusted. */
export function withPrinted(t: TotalCell | undefined, amount: Amount, src: SourceRef): TotalCell | undefined {
  if (!t) return t;
  const d = dec(amount).minus(dec(t.sum));
  return { ...t, printed: { amount, src, difference: d.isZero() ? null : toAmount(d) } };
}

/** Fill `share` on every row (all depths) as a share of `whole`. */
export function fillShares(rows: TableRow[], key: string, whole: Amount): void {
  for (const r of rows) {
    const a = r.amounts[key];
    r.share = a ? share(a.amount, whole) : null;
    fillShares(r.subRows, key, whole);
  }
}

/** Make ids unique without array indexes: a genuine repeat gets the source line it was printed on. */
export function uniqueId(seen: Set<string>, base: string, src?: SourceRef): string {
  let id = base;
  if (seen.has(id) && src) id = `${base}@${src.table}:${src.lines[0]}`;
  let n = 2;
  while (seen.has(id)) id = `${base}~${n++}`;
  seen.add(id);
  return id;
}

/** Compare two cells for sorting: exact decimal order, missing figures last (ascending). */
export function compareCells(a: AmountCell | null | undefined, b: AmountCell | null | undefined): number {
  if (!a && !b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return dec(a.amount).comparedTo(dec(b.amount));
}

export function compareShares(a: Dec | null, b: Dec | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.comparedTo(b);
}
