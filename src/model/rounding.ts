/**
 * The one rounding rule (舍入差异) for every place that compares a printed whole with its printed parts: the
 * normalizer's checks (src/normalizer/checkBuild.ts) and the Sankey, which says such a gap in text instead of
 * drawing it as a node. Each printed figure may be rounded by up to one unit of its last place, so a
 * difference no larger than that unit times the number of parts added up is rounding, not a contradiction.
 */
import Decimal from 'decimal.js';
import type { Amount } from './types';

/** The printing precision of figures: 0.01 for "1182.90", 1 for whole 元 ("13097100"), 0.1 for "1182.9". */
export function precisionOf(amounts: readonly Amount[]): Decimal {
  const places = Math.max(0, ...amounts.filter((a) => a !== '0').map((a) => a.split('.')[1]?.length ?? 0));
  return new Decimal(10).pow(-places);
}

/**
 * 'pass' where whole and parts agree, 'rounding' where they differ by no more than the printing precision of
 * each part added up, otherwise 'fail'. `difference` is whole − Σ parts; `amounts` are the printed figures
 * (whole and parts), `parts` how many were added up.
 */
export function statusOf(difference: Decimal.Value, amounts: readonly Amount[], parts: number): 'pass' | 'rounding' | 'fail' {
  const d = new Decimal(difference);
  if (d.isZero()) return 'pass';
  return d.abs().lte(precisionOf(amounts).times(Math.max(parts, 1))) ? 'rounding' : 'fail';
}
