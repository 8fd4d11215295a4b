/**
 * The compare bars (对比条形图) as static SVG markup, at build time: the geometry is the live chart's
 * (layoutCompareBars: the ruler, each line's label, one bar per figure on one scale, its text after it, the
 * differences under it), drawn as CompareBars draws it, with the stylesheet's colours written as attributes
 * (no stylesheet reaches a PNG). Used by the preview pictures of the department, region and compare pages
 * (routePreviews.ts), each fitted to the picture's chart box at the largest scale that holds every line.
 */
import { BARS, layoutCompareBars, type BarLineInput, type BarScaleSpec, type BarsLayout } from '../src/charts/Compare/compareBarsLayout';
import { escapeXml, SVG_NS } from '../src/charts/export/svgExport';
import { MISSING } from '../src/charts/palette';

/** tokens.css: --color-ink, --color-ink-soft, --color-muted, --color-muted-2, --color-line, --color-card. */
const COLOUR = { ink: '#1a1a1a', inkSoft: '#333333', muted: '#555555', muted2: '#666666', line: '#d6d6d6', card: '#ffffff' } as const;
/** CompareBars.module.css: texts over the gridlines keep a halo of the card's colour. */
const HALO = `paint-order="stroke" stroke="${COLOUR.card}" stroke-width="3" stroke-linejoin="round"`;

const text = (x: number, y: number, size: number, fill: string, body: string, extra = '') =>
  `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}"${extra ? ` ${extra}` : ''}>${escapeXml(body)}</text>`;

/** The layout's markup in its own coordinates (0 0 width height); `fill` gives a bar's colour by line and position. */
export function barsSvgBody(layout: BarsLayout, fill: (lineKey: string, bar: number) => string): string {
  const parts: string[] = [];
  for (const c of layout.axis.caption) parts.push(text(c.x, c.y, BARS.axisFont, COLOUR.inkSoft, c.text));
  for (const t of layout.axis.ticks) {
    parts.push(`<line x1="${t.x}" x2="${t.x}" y1="${layout.axis.baseline - BARS.tickLen}" y2="${layout.height}" stroke="${COLOUR.line}" stroke-width="1"/>`);
    parts.push(text(t.labelX, t.labelY, BARS.axisFont, COLOUR.muted, t.label, 'text-anchor="middle"'));
  }
  parts.push(
    `<line x1="${layout.barX}" x2="${layout.barX + layout.barMax}" y1="${layout.axis.baseline}" y2="${layout.axis.baseline}" stroke="${COLOUR.muted}" stroke-width="1"/>`,
  );
  for (const r of layout.rows) {
    for (const l of r.labelLines) parts.push(text(l.x, l.y, BARS.labelFont, COLOUR.ink, l.text, HALO));
    for (const b of r.bars) {
      if (b.width > 0) parts.push(`<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="1.5" fill="${escapeXml(fill(r.key, b.budget))}"/>`);
      if (b.missing) parts.push(`<rect x="${b.x}" y="${b.y}" width="2" height="${b.height}" fill="${MISSING}"/>`);
      parts.push(
        text(b.textX, b.textY, BARS.valueFont, b.missing ? COLOUR.muted2 : COLOUR.inkSoft, b.text, `${HALO}${b.missing ? ' font-style="italic"' : ''}`),
      );
    }
    for (const d of r.diffs) parts.push(text(d.x, d.y, BARS.diffFont, COLOUR.muted, d.text, HALO));
  }
  return parts.join('');
}

/** One way to draw a picture's bars: its lines, their scale (else their own), the ruler's caption, the colours. */
export interface BarsDrawing {
  lines: readonly BarLineInput[];
  spec?: BarScaleSpec;
  caption: (step: string) => string;
  fill: (lineKey: string, bar: number) => string;
}

/** Scales tried, largest first: a link card shows the picture 500–600 px wide, so larger type where it fits. */
export const BAR_ZOOMS = [1.5, 1.4, 1.3, 1.2, 1.1, 1] as const;

/**
 * The bars in a box of `box` size: laid out at box.width / zoom for the largest zoom whose layout is no
 * taller than the box and still the wide one (labels beside the bars: the phone's layout, labels above,
 * would make them larger than the picture's title), scaled up to the box and centred in its height; null
 * where even zoom 1 is too tall.
 */
export function fitBars(drawing: BarsDrawing, box: { width: number; height: number }, title: string): string | null {
  for (const zoom of BAR_ZOOMS) {
    const width = Math.floor(box.width / zoom);
    if (zoom > 1 && width < BARS.narrowBelow) continue;
    const layout = layoutCompareBars(drawing.lines, width, drawing.spec, drawing.caption);
    if (layout.height * zoom > box.height) continue;
    return [
      `<svg xmlns="${SVG_NS}" width="${box.width}" height="${box.height}" viewBox="0 0 ${layout.width} ${layout.height}" preserveAspectRatio="xMinYMid meet">`,
      `<title>${escapeXml(title)}</title>`,
      barsSvgBody(layout, drawing.fill),
      '</svg>',
    ].join('');
  }
  return null;
}
