/**
 * The treemap before its box is measured (width 0): the page rendered at build time shows it without
 * JavaScript, and the browser's first render, which hydrates that page, draws the same — at the desktop
 * column's width and at a phone's (base.css shows the one that fits), from the live chart's own layout and
 * cells (TreemapStaticSvg). Once the box has its width the live, interactive chart takes its place.
 */
import { useMemo } from 'react';
import type { Measure, TreeNode } from '../../model/tree';
import { chartHeight } from './chartHeight';
import { computeTreemap, type ComputedTreemap } from './useTreemap';
import { TreemapStaticSvg } from './TreemapStaticSvg';
import { STATIC_CHART_WIDTHS, STATIC_DRAWINGS, type StaticDrawing } from '../staticWidths';

export interface PremeasureDrawing {
  key: StaticDrawing;
  computed: ComputedTreemap;
}

/** The two drawings while `width` is 0, else null (nothing is laid out twice once the chart is live). */
export function useTreemapPremeasure(
  width: number,
  focus: TreeNode,
  measure: Measure,
  nameOf: (n: TreeNode) => string,
  gapName: string,
  markOf: (n: TreeNode) => string,
  format?: (a: string) => string,
): PremeasureDrawing[] | null {
  const live = width > 0;
  return useMemo(
    () =>
      live
        ? null
        : STATIC_DRAWINGS.map((key) => {
            const w = STATIC_CHART_WIDTHS[key];
            return { key, computed: computeTreemap(focus, measure, { width: w, height: chartHeight(w) }, nameOf, gapName, markOf, format) };
          }),
    [live, focus, measure, nameOf, gapName, markOf, format],
  );
}

/** `idPrefix` is unique in the page: the hatch patterns are named after it. */
export function TreemapPremeasure({ drawings, title, idPrefix }: { drawings: PremeasureDrawing[]; title: string; idPrefix: string }) {
  return (
    <div className="prerendered-chart" data-testid="treemap-premeasure">
      {drawings.map(({ key, computed }) => (
        <div key={key} className={`prerendered-${key}`}>
          <TreemapStaticSvg computed={computed} title={title} hatchId={`${idPrefix}-hatch-${key}`} />
        </div>
      ))}
    </div>
  );
}
