/**
 * The export itself (ChartExportButtons loads this module on the first click, with svgExport, inlineStyles
 * and rasterize: no first screen needs them): finds the chart's <svg> parts (marked data-export-part) in
 * the container, copies them with their styles, puts title, unit and credit around them (buildExportSvg)
 * and saves the file; the PNG is drawn from that same SVG.
 */
import { downloadBlob } from '../../tables/download';
import { cloneWithStyles } from './inlineStyles';
import { rasterize } from './rasterize';
import { buildExportSvg, exportFileName, layoutExport, stackSvgs, type ChartPart, type ExportLegend } from './svgExport';
import type { ExportMeta } from './ChartExportButtons';

/** PNG pixels per CSS pixel: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

function collectParts(container: HTMLElement | null): ChartPart[] {
  const svgs = [...(container?.querySelectorAll<SVGSVGElement>('svg[data-export-part]') ?? [])];
  return svgs.map((s) => ({
    svg: new XMLSerializer().serializeToString(cloneWithStyles(s)),
    width: Number(s.getAttribute('width')),
    height: Number(s.getAttribute('height')),
    ...(svgs.length > 1 && s.dataset.exportCaption ? { caption: s.dataset.exportCaption } : {}),
  }));
}

/** A legend the chart marks for export (data-export-legend, items data-export-fill): its title and entries. */
function collectLegend(container: HTMLElement | null): ExportLegend | undefined {
  const box = container?.querySelector<HTMLElement>('[data-export-legend]');
  if (!box) return undefined;
  const items = [...box.querySelectorAll<HTMLElement>('[data-export-fill]')].map((el) => ({
    fill: el.dataset.exportFill ?? '#999999',
    label: (el.textContent ?? '').trim(),
  }));
  return items.length > 0 ? { title: box.dataset.exportLegend ?? '', items } : undefined;
}

/** Build the chart's file and save it; false where the container holds no chart to export. */
export async function saveChart(container: HTMLElement | null, meta: () => ExportMeta | Promise<ExportMeta>, kind: 'svg' | 'png'): Promise<boolean> {
  const parts = collectParts(container).filter((p) => p.width > 0 && p.height > 0);
  if (parts.length === 0) return false;
  const chart = stackSvgs(parts);
  const m = await meta();
  const legend = collectLegend(container);
  const text = { title: m.title, subtitle: m.subtitle, credit: m.credit, width: chart.width, height: chart.height, ...(legend ? { legend } : {}) };
  const size = layoutExport(text);
  const svg = buildExportSvg(chart.svg, text);
  const name = exportFileName(m.budgetId, m.view, kind, m.focusKey);
  if (kind === 'svg') downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), name);
  else downloadBlob(await rasterize(svg, size.width, size.height, PNG_SCALE), name);
  return true;
}
