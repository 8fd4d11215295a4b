/**
 * The Sankey's words for what it says instead of drawing (issue 12): rounding gaps (舍入差异) in text, a dropped
 * pass-through column, a chart taller than its box. Given as props with the rest of SankeyWords (words.ts).
 */
import type { SankeyRounding } from '../../model/sankeyGraph';

export interface SankeyReadWords {
  /**
   * One rounding gap: `label` names the node where it shows (a spending, a 类, the income pool); `expected` is
   * the printed whole, `actual` its parts added up, `difference` the absolute gap — all formatted; `unit` as
   * worded after an amount (unitAfter: "万元", "×10,000 yuan").
   */
  rounding: (kind: SankeyRounding['kind'], label: string, expected: string, actual: string, difference: string, unit: string) => string;
  /** The link from a rounding sentence to its check in 数据核对 on the budget page. */
  roundingCheck: string;
  /** A dropped pass-through column: the node that kept the flows and the sources drawn as its segments. */
  folded: (label: string, sources: string) => string;
  /** Between the names of folded sources. */
  foldedSep: string;
  /** Under a part taller than its box (it scrolls inside). */
  scrollHint: string;
}
