/**
 * Where a chart's tooltip goes, inside the chart's own box (it is absolutely positioned there, so no
 * portal and no measuring): below the point in the upper half of the chart and above it in the lower
 * half, so it never covers what it describes nor leaves the chart at the bottom; clamped 4 px inside the
 * box's sides and never wider than the box less 8 px (a phone is 375 px wide).
 */
export interface TooltipPlacementInput {
  /** The point described (pointer, cell or node), in the box's coordinates. */
  x: number;
  y: number;
  boxWidth: number;
  boxHeight: number;
  maxWidth: number;
  /** 'start': just right of the point (a pointer); 'center': centred over it (a node or a link). */
  align: 'start' | 'center';
}

export interface TooltipPlacement {
  left: number;
  width: number;
  /** One of top and bottom is set: the box's top below the point, or its bottom above it. */
  top?: number;
  bottom?: number;
}

const EDGE = 4;
const GAP_X = 12;
const GAP_Y = 14;

export function placeTooltip({ x, y, boxWidth, boxHeight, maxWidth, align }: TooltipPlacementInput): TooltipPlacement {
  const width = Math.max(0, Math.min(maxWidth, boxWidth - 2 * EDGE));
  const wanted = align === 'start' ? x + GAP_X : x - width / 2;
  const left = Math.max(EDGE, Math.min(wanted, boxWidth - width - EDGE));
  return y < boxHeight / 2 ? { left, width, top: y + GAP_Y } : { left, width, bottom: boxHeight - y + GAP_Y };
}
