/**
 * Where figures are printed, grouped for reading: "表9 一般公共预算基本支出情况表…, 第 677–733 行".
 */
import type { Budget, SourceRef } from '../types';

export interface SourceGroup {
  table: string;
  number: string;
  title: string;
  /** Line ranges in this table, in order, merged where they touch. */
  ranges: [number, number][];
}

/** Refs grouped by table (in first-seen order), with the table's printed number and title from budget.tables. */
export function groupSourceRefs(budget: Pick<Budget, 'tables'>, refs: readonly SourceRef[]): SourceGroup[] {
  const out: SourceGroup[] = [];
  for (const r of refs) {
    let g = out.find((x) => x.table === r.table);
    if (!g) {
      const t = budget.tables.find((x) => x.key === r.table);
      g = { table: r.table, number: t?.number ?? '', title: t?.title ?? '', ranges: [] };
      out.push(g);
    }
    g.ranges.push([r.lines[0], r.lines[1]]);
  }
  for (const g of out) {
    const sorted = [...g.ranges].sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const rg of sorted) {
      const last = merged[merged.length - 1];
      if (last && rg[0] <= last[1] + 1) last[1] = Math.max(last[1], rg[1]);
      else merged.push([rg[0], rg[1]]);
    }
    g.ranges = merged;
  }
  return out;
}
