/**
 * computeTreemap (pure) and useTreemap (memoised): one drill level of a model tree, laid out in a box,
 * with each cell's model node, colour and fitted label.
 */
import { useMemo } from 'react';
import { gapKey, layoutTreemap, treemapLevel, type TreemapRect } from '../../layout/treemapLayout';
import { nodeShare, measureValue, type Measure, type TreeNode } from '../../model/tree';
import { formatAmount, formatShare } from '../../model/format';
import { share as shareOf } from '../../model/decimal';
import { UNITEMISED, type CellColour } from '../palette';
import { leiCellColour } from '../leiPalette';
import { leiOf } from '../../model/leiCode';
import { fitLabel, type CellLabel } from './labelFit';

export interface TreemapCell {
  key: string;
  rect: TreemapRect;
  /** null for the gap cell (printed total − sum of items). */
  node: TreeNode | null;
  name: string;
  amount: string;
  share: string;
  colour: CellColour;
  /** The 功能分类 类 the cell belongs to (its colour); null for the gap cell and cells of no single 类. */
  lei: string | null;
  label: CellLabel | null;
  drillable: boolean;
}

export interface ComputedTreemap {
  cells: TreemapCell[];
  omitted: TreeNode[];
  gap: number | null;
  width: number;
  height: number;
}

export function computeTreemap(
  focus: TreeNode,
  measure: Measure,
  size: { width: number; height: number },
  nameOf: (n: TreeNode) => string,
  gapName: string,
  /** A mark after a node's name (" [原文如此]"), or "". */
  markOf: (n: TreeNode) => string = () => '',
  format: (a: string) => string = formatAmount,
): ComputedTreemap {
  const level = treemapLevel(focus, measure);
  const layout = layoutTreemap(level.input, size);
  const byKey = new Map(focus.children.map((c) => [c.key, c]));
  const cells: TreemapCell[] = layout.nodes.map((rect, rank) => {
    const node = byKey.get(rect.key) ?? null;
    const isGap = rect.key === gapKey(focus.key);
    const amountRaw = node ? measureValue(node, measure) : focus.difference[measure];
    const amount = amountRaw === null ? '—' : format(amountRaw);
    const focusValue = measureValue(focus, measure);
    const share = node
      ? formatShare(nodeShare(node, focus, measure))
      : formatShare(amountRaw !== null && focusValue !== null ? shareOf(amountRaw, focusValue) : null);
    const plain = node ? nameOf(node) : gapName;
    const mark = node ? markOf(node) : '';
    const name = `${plain}${mark}`;
    const w = rect.x1 - rect.x0;
    const h = rect.y1 - rect.y0;
    const lei = node ? leiOf(node) : null;
    return {
      key: rect.key,
      rect,
      node,
      name,
      amount,
      share,
      // One colour per 类 in every budget and view; cells below a 类 in its shades (leiPalette.ts).
      colour: isGap ? UNITEMISED : leiCellColour(lei, rank, node?.level !== 'lei'),
      lei,
      label: fitLabel({ name: plain, mark, amount, share }, w, h),
      drillable: node !== null && node.children.length > 0,
    };
  });
  return { cells, omitted: level.omitted, gap: level.gap, width: layout.width, height: layout.height };
}

export function useTreemap(
  focus: TreeNode,
  measure: Measure,
  width: number,
  height: number,
  nameOf: (n: TreeNode) => string,
  gapName: string,
  markOf: (n: TreeNode) => string,
  format: (a: string) => string = formatAmount,
): ComputedTreemap {
  return useMemo(
    () => computeTreemap(focus, measure, { width, height }, nameOf, gapName, markOf, format),
    [focus, measure, width, height, nameOf, gapName, markOf, format],
  );
}
