/**
 * Chart export (下载图片): the chart's own SVG with its title, unit and source credit drawn around it, as
 * one standalone SVG file. Pure string building (no DOM needed for string input), so it is unit-tested;
 * the PNG is drawn from this SVG by rasterize.ts. Every text from the data is XML-escaped: budget names
 * come from data files.
 */
import { textWidth, wrapText } from '../text';
import { SVG_NS } from '../svgNamespace';

// Re-exported for the build's drawings (scripts/), which import it with the export code.
export { SVG_NS };
const FONT = `system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif`;

const PAD = 16;
const TITLE = { size: 18, line: 24 };
const SUBTITLE = { size: 13, line: 18 };
const CREDIT = { size: 12, line: 16 };
const CAPTION = { size: 13, line: 20 };
const GAP = 10;
const LEGEND = { size: 12, line: 18, swatch: 11, gap: 5, between: 14 };
/** An image narrower than this could not hold its title; the chart is centred in it instead. */
const MIN_WIDTH = 280;

export interface ExportText {
  title: string;
  /** A line under the title, e.g. the kind and unit (部门预算 · 单位：元). */
  subtitle?: string;
  credit: string;
  /** Size of the chart itself, in CSS px. */
  width: number;
  height: number;
  /** The chart's legend (a treemap's 类 colours), drawn between the chart and the credit. */
  legend?: ExportLegend;
}

export interface ExportLegend {
  title: string;
  items: readonly { fill: string; label: string }[];
}

/** A legend entry placed in the image: swatch at (x, y), its label after it. */
export interface PlacedLegendItem {
  fill: string;
  label: string;
  x: number;
  y: number;
}

export interface ExportLayout {
  width: number;
  height: number;
  titleLines: string[];
  subtitleLines: string[];
  creditLines: string[];
  chart: { x: number; y: number; width: number; height: number };
  /** The legend's title line and entries (empty without a legend), and the height they take. */
  legendTitle: string[];
  legendItems: PlacedLegendItem[];
  legendHeight: number;
}

/** Entries flow left to right and wrap to the text width; a label too long for a line wraps on its own lines. */
function placeLegend(legend: ExportLegend | undefined, textW: number, top: number): { title: string[]; items: PlacedLegendItem[]; height: number } {
  if (!legend || legend.items.length === 0) return { title: [], items: [], height: 0 };
  const title = wrapText(legend.title, textW, LEGEND.size);
  let y = top + title.length * LEGEND.line;
  let x = 0;
  const items: PlacedLegendItem[] = [];
  const labelW = textW - LEGEND.swatch - LEGEND.gap;
  for (const it of legend.items) {
    const lines = wrapText(it.label, labelW, LEGEND.size);
    const w = LEGEND.swatch + LEGEND.gap + Math.max(...lines.map((l) => textWidth(l, LEGEND.size)), 0);
    if (x > 0 && (x + w > textW || lines.length > 1)) {
      x = 0;
      y += LEGEND.line;
    }
    for (const [i, label] of lines.entries()) items.push({ fill: i === 0 ? it.fill : '', label, x: PAD + x, y: y + i * LEGEND.line });
    if (lines.length > 1) {
      y += lines.length * LEGEND.line;
      x = 0;
    } else x += w + LEGEND.between;
  }
  if (x > 0) y += LEGEND.line;
  return { title, items, height: y - top + GAP };
}

// XML 1.0 forbids most control characters; a file carrying one would not open at all.
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text.replace(XML_INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function finite(n: number, what: string): number {
  if (!Number.isFinite(n) || n <= 0) throw new Error(`export: ${what} must be a positive number, got ${n}`);
  return n;
}

/** Where everything goes: text wrapped to the image width (estimated widths, erring wide). */
export function layoutExport(opts: ExportText): ExportLayout {
  const chartW = finite(opts.width, 'width');
  const chartH = finite(opts.height, 'height');
  const width = Math.ceil(Math.max(MIN_WIDTH, chartW + 2 * PAD));
  const textW = width - 2 * PAD;
  const titleLines = wrapText(opts.title, textW, TITLE.size);
  const subtitleLines = opts.subtitle ? wrapText(opts.subtitle, textW, SUBTITLE.size) : [];
  const creditLines = wrapText(opts.credit, textW, CREDIT.size);
  const top = PAD + titleLines.length * TITLE.line + subtitleLines.length * SUBTITLE.line + GAP;
  const chart = { x: Math.round((width - chartW) / 2), y: top, width: chartW, height: chartH };
  const legend = placeLegend(opts.legend, textW, top + chartH + GAP);
  const height = Math.ceil(top + chartH + GAP + legend.height + creditLines.length * CREDIT.line + PAD);
  return { width, height, titleLines, subtitleLines, creditLines, chart, legendTitle: legend.title, legendItems: legend.items, legendHeight: legend.height };
}

const SVG_OPEN = /^<svg\b([^>]*?)(\/?)>/;

/** The chart's markup with its root placed at (x, y) and sized exactly; prolog and doctype removed. */
function placeChart(svg: string, box: ExportLayout['chart']): string {
  const body = svg.replace(/^\s*(<\?xml[^>]*\?>\s*)?(<!DOCTYPE[^>]*>\s*)?/i, '');
  const open = SVG_OPEN.exec(body);
  if (!open) throw new Error('export: the chart is not an <svg> element');
  // Attribute values never hold a raw ">" in serialized markup (XMLSerializer writes &gt;).
  const attrs = (open[1] ?? '').replace(/\s(?:x|y|width|height|overflow)="[^"]*"/g, '');
  const placed = `<svg${attrs} x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" overflow="visible"${open[2] ?? ''}>`;
  return placed + body.slice(open[0].length);
}

function textLines(lines: readonly string[], x: number, firstBaseline: number, lineHeight: number, attrs: string): string {
  return lines.map((l, i) => `<text x="${x}" y="${firstBaseline + i * lineHeight}" ${attrs}>${escapeXml(l)}</text>`).join('\n');
}

function serialize(svg: SVGSVGElement | string): string {
  if (typeof svg === 'string') return svg;
  return new XMLSerializer().serializeToString(svg);
}

/**
 * One standalone SVG: white background, title (and subtitle) above the chart, the credit below.
 * `svg` is the chart's <svg> (an element, or its markup); width/height are the chart's size.
 */
export function buildExportSvg(svg: SVGSVGElement | string, opts: ExportText): string {
  const l = layoutExport(opts);
  const baseline = (top: number, t: { size: number; line: number }) => top + Math.round((t.line + t.size) / 2) - 2;
  const titleTop = PAD;
  const subTop = titleTop + l.titleLines.length * TITLE.line;
  const legendTop = l.chart.y + l.chart.height + GAP;
  const creditTop = legendTop + l.legendHeight;
  const legendText = (top: number) => baseline(top, LEGEND);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="${SVG_NS}" width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(opts.title)}</title>`,
    `<desc>${escapeXml(opts.credit)}</desc>`,
    `<rect width="${l.width}" height="${l.height}" fill="#ffffff"/>`,
    textLines(l.titleLines, PAD, baseline(titleTop, TITLE), TITLE.line, `font-size="${TITLE.size}" font-weight="700" fill="#1a1a1a"`),
    textLines(l.subtitleLines, PAD, baseline(subTop, SUBTITLE), SUBTITLE.line, `font-size="${SUBTITLE.size}" fill="#555555"`),
    placeChart(serialize(svg), l.chart),
    textLines(l.legendTitle, PAD, legendText(legendTop), LEGEND.line, `font-size="${LEGEND.size}" font-weight="600" fill="#333333"`),
    ...l.legendItems.map((it) =>
      [
        it.fill
          ? `<rect x="${it.x}" y="${it.y + (LEGEND.line - LEGEND.swatch) / 2}" width="${LEGEND.swatch}" height="${LEGEND.swatch}" fill="${escapeXml(it.fill)}"/>`
          : '',
        `<text x="${it.x + LEGEND.swatch + LEGEND.gap}" y="${legendText(it.y)}" font-size="${LEGEND.size}" fill="#333333">${escapeXml(it.label)}</text>`,
      ].join(''),
    ),
    textLines(l.creditLines, PAD, baseline(creditTop, CREDIT), CREDIT.line, `font-size="${CREDIT.size}" fill="#555555"`),
    `</svg>`,
    '',
  ]
    .filter((s) => s !== '')
    .join('\n');
}

export interface ChartPart {
  svg: string;
  width: number;
  height: number;
  /** A caption drawn above this part (a Sankey split in two on a phone: 支出 / 收入). */
  caption?: string;
}

/** Several chart parts one under the other, as one <svg> for buildExportSvg. */
export function stackSvgs(parts: readonly ChartPart[]): ChartPart {
  const [first] = parts;
  if (!first) throw new Error('export: no chart to export');
  if (parts.length === 1 && !first.caption) return first;
  const width = Math.max(...parts.map((p) => finite(p.width, 'width')));
  let y = 0;
  const pieces: string[] = [];
  parts.forEach((p, i) => {
    if (i > 0) y += GAP;
    if (p.caption) {
      pieces.push(`<text x="0" y="${y + CAPTION.size}" font-size="${CAPTION.size}" font-weight="600" fill="#333333">${escapeXml(p.caption)}</text>`);
      y += CAPTION.line;
    }
    pieces.push(placeChart(p.svg, { x: 0, y, width: p.width, height: p.height }));
    y += p.height;
  });
  return { svg: `<svg xmlns="${SVG_NS}" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}">${pieces.join('')}</svg>`, width, height: y };
}

/** "haizhu-data-bureau-2021-treemap-20601.svg": ASCII only, safe on every file system. */
export function exportFileName(budgetId: string, view: string, ext: 'svg' | 'png', focusKey?: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 60);
  return `${[budgetId, view, ...(focusKey ? [focusKey] : [])].map(safe).join('-')}.${ext}`;
}
