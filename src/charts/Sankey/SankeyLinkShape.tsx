/**
 * What one Sankey band draws: its area, and for a hair-thin flow a 1 px line so that it is seen. Shared by the
 * live chart (SankeyLinks, which wraps it in its focusable <g> with a wider invisible stroke to hover) and the
 * static SVG the build renders (SankeyStaticSvg). The opacities are presentation attributes: the page's CSS
 * (SankeyView.module.css, which wins over them) dims and lights bands on hover; an SVG without it keeps them.
 */
import type { SankeyLinkItem } from './computeSankey';

/** A band's opacity at rest (the CSS's .linkBand), and a thin flow's line (.linkLine). */
export const BAND_OPACITY = 0.42;
const LINE_OPACITY = 0.6;

export function SankeyLinkShape({ item, classes = {} }: { item: SankeyLinkItem; classes?: { band?: string | undefined; line?: string | undefined } }) {
  const { geom, color } = item;
  return (
    <>
      <path className={classes.band} d={geom.area} fill={color} fillOpacity={BAND_OPACITY} />
      {geom.width < 1 ? <path className={classes.line} d={geom.path} stroke={color} strokeWidth={1} strokeOpacity={LINE_OPACITY} fill="none" /> : null}
    </>
  );
}
