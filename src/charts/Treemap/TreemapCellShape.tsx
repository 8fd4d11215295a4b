/**
 * What one treemap cell draws — its rectangle and its fitted label — and the hatch of the gap cell. Shared
 * by the live chart (Treemap.tsx, which wraps each cell in its focusable <g>) and the static SVG the build
 * renders for preview images (TreemapStaticSvg.tsx): one drawing of a cell, wherever it is shown.
 */
import { UNITEMISED } from '../palette';
import { TreemapLabels } from './TreemapLabels';
import type { TreemapCell } from './useTreemap';

/**
 * The cell outline, as presentation attributes: the page's CSS (Treemap.module.css, which wins over them)
 * draws the same white line and its hover and focus strokes; an SVG rendered without that CSS keeps the line.
 */
const CELL_STROKE = '#ffffff';

/** 未细分 (printed total beyond its items): the same grey hatch as the Sankey's 来源未细分. */
export function TreemapHatch({ id }: { id: string }) {
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="8" height="8" fill={UNITEMISED.hatchGround} />
      <line x1="0" y1="0" x2="0" y2="8" stroke={UNITEMISED.hatchLine} strokeWidth="3" />
    </pattern>
  );
}

export function TreemapCellShape({ cell, hatchId }: { cell: TreemapCell; hatchId: string }) {
  const { x0, y0, x1, y1 } = cell.rect;
  const w = Math.max(0, x1 - x0);
  const h = Math.max(0, y1 - y0);
  return (
    <>
      <rect width={w} height={h} fill={cell.node === null ? `url(#${hatchId})` : cell.colour.fill} stroke={CELL_STROKE} strokeWidth={1} />
      {/* No clip path: a clip would cut characters in half; labels are sized to fit whole (labelFit.ts). */}
      {cell.label ? <TreemapLabels label={cell.label} colour={cell.colour.text} /> : null}
    </>
  );
}
