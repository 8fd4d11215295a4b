/**
 * The 数据核对 check behind a Sankey rounding gap (舍入差异), for the link under the chart: a check of status
 * 'rounding' that cites the gap's printed lines — the one citing most of them (a spending total cited alone is
 * also in other checks), then one with the same difference (the gap is often exactly that check), then the
 * first in the order the checks list shows them (largest first).
 */
import { dec } from '../decimal';
import { groupChecks } from '../checkStatus';
import type { Check, SourceRef } from '../types';
import type { SankeyRounding } from './types';

const refKey = (r: SourceRef) => `${r.table}:${r.lines[0]}-${r.lines[1]}`;

/** The check and its place among the rounding checks as listed (0-based), or null where none cites the gap. */
export function roundingCheckOf(checks: readonly Check[], gap: SankeyRounding): { check: Check; index: number } | null {
  const listed = groupChecks(checks).rounding;
  const cited = new Set(gap.refs.map(refKey));
  const size = dec(gap.difference).abs();
  let best: { check: Check; index: number; score: number } | null = null;
  for (const [index, check] of listed.entries()) {
    const overlap = check.refs.filter((r) => cited.has(refKey(r))).length;
    if (overlap === 0) continue;
    const score = overlap * 2 + (dec(check.difference).abs().equals(size) ? 1 : 0);
    if (!best || score > best.score) best = { check, index, score };
  }
  return best ? { check: best.check, index: best.index } : null;
}
