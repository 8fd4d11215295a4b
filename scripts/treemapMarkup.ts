/**
 * A budget's top-level treemap (功能分类 类, total) as static SVG markup, at build time: the live chart's
 * layout and cells (computeTreemap, TreemapCellShape through TreemapStaticSvg, rendered by react-dom/server),
 * named as the chart names them (misprints marked [原文如此]). Used by the preview images
 * (previewImages.ts) and by the static treemap pages' markup (staticPages.ts).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { legendItems } from '../src/charts/Treemap/legendItems';
import { nodeName } from '../src/charts/Treemap/nodeName';
import { TreemapStaticSvg } from '../src/charts/Treemap/TreemapStaticSvg';
import { computeTreemap, type ComputedTreemap } from '../src/charts/Treemap/useTreemap';
import { leiFill, NO_LEI_FILL } from '../src/charts/leiPalette';
import type { Dict } from '../src/app/i18n/dict';
import { zh } from '../src/app/i18n/zh';
import type { Crosswalk } from '../src/model/crosswalkTypes';
import { buildFunctionalTree } from '../src/model/functionalTree';
import { isMisprint } from '../src/model/misprints';
import type { TreeNode } from '../src/model/tree';
import type { Budget } from '../src/model/types';

export interface BudgetTreemap {
  /** The 类 laid out in a box of the given size. */
  at(width: number, height: number): ComputedTreemap;
  /** The legend of a layout: each 类 shown with its colour, as the chart's legend names it. */
  legend(computed: ComputedTreemap): { fill: string; label: string }[];
}

/**
 * `t` and `format` as the chart is given them: Chinese with the figures as printed by default; the English
 * preview passes the English words and the million-yuan formatter (TreemapView's words in that mode).
 */
export function budgetTreemap(budget: Budget, crosswalk?: Crosswalk, t: Dict = zh, format?: (a: string) => string): BudgetTreemap {
  const root: TreeNode = buildFunctionalTree(budget).root;
  const nameOf = (n: TreeNode) => nodeName(n, t, t.breadcrumbRoot).label;
  // A misprinted name is shown as printed and marked [原文如此], as the chart marks it (an English name is
  // not the printed one: it carries no mark, as in the chart).
  const markOf = (n: TreeNode) =>
    nodeName(n, t, t.breadcrumbRoot).printed === null && isMisprint(crosswalk, 'functional', n.code, n.name) ? t.treemapMore.sic : '';
  return {
    at: (width, height) => computeTreemap(root, 'total', { width, height }, nameOf, t.gapName, markOf, format),
    legend: (computed) =>
      legendItems(computed.cells, [root], (n) => `${nameOf(n)}${markOf(n)}`, t).map((it) => ({
        fill: it.lei === null ? NO_LEI_FILL : leiFill(it.lei),
        label: it.label,
      })),
  };
}

/** The markup; `hatchId` must be unique in the page (two charts in one page each need their own pattern). */
export function treemapSvgMarkup(computed: ComputedTreemap, title: string, hatchId?: string): string {
  return renderToStaticMarkup(createElement(TreemapStaticSvg, { computed, title, ...(hatchId ? { hatchId } : {}) }));
}
