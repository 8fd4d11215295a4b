/**
 * A budget's 资金流向 (Sankey) as the app computes it, at build time: the live chart's computeSankey (graph,
 * label lanes, layoutSankey) at the app's defaults — 经济分类 at 类, no 款 — named as the app names them in
 * Chinese (zh.sankey), misprints marked [原文如此]. The tests compare the pages the build renders with it.
 */
import { computeSankey, type ComputedSankey } from '../src/charts/Sankey/computeSankey';
import type { SankeyWords } from '../src/charts/Sankey/words';
import { zh } from '../src/app/i18n/zh';
import type { Crosswalk } from '../src/model/crosswalkTypes';
import { isMisprint } from '../src/model/misprints';
import type { Budget } from '../src/model/types';

/** The Chinese words of the chart, with the crosswalk's misprints marked as the app's SankeySlot marks them. */
export function staticSankeyWords(crosswalk?: Crosswalk): SankeyWords {
  return { ...zh.sankey, misprintMark: (scheme, code, name) => (isMisprint(crosswalk, scheme, code, name) ? zh.treemapMore.sic : '') };
}

/** The chart as the app computes it at `width` px, with the 类 only (the app's default: kuan off). */
export function budgetSankey(budget: Budget, width: number, crosswalk?: Crosswalk): ComputedSankey {
  return computeSankey(budget, { width, words: staticSankeyWords(crosswalk), kuan: false });
}
