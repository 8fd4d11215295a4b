/**
 * 下载 SVG / 下载 PNG for the chart on screen: finds the chart's <svg> parts (marked data-export-part)
 * in `container`, copies them with their styles, puts title, unit and credit around them
 * (buildExportSvg) and saves the file; the PNG is drawn from that same SVG.
 */
import { useState, type RefObject } from 'react';
import { downloadBlob } from '../../tables/download';
import { cloneWithStyles } from './inlineStyles';
import { rasterize } from './rasterize';
import { buildExportSvg, exportFileName, layoutExport, stackSvgs, type ChartPart, type ExportLegend } from './svgExport';
import styles from './ChartExportButtons.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

export interface ExportMeta {
  title: string;
  subtitle: string;
  credit: string;
  budgetId: string;
  view: string;
  /** The drill level shown, for the file name. */
  focusKey?: string;
}

export interface ChartExportLabels {
  svg: string;
  png: string;
  failed: string;
  nothing: string;
}

interface Props {
  container: RefObject<HTMLElement | null>;
  /** Read at click time: the title follows the drill level on screen. */
  meta: () => ExportMeta;
  labels: ChartExportLabels;
}

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

export function ChartExportButtons({ container, meta, labels }: Props) {
  const [status, setStatus] = useState('');

  const build = (): { svg: string; width: number; height: number; m: ExportMeta } | null => {
    const parts = collectParts(container.current).filter((p) => p.width > 0 && p.height > 0);
    if (parts.length === 0) return null;
    const chart = stackSvgs(parts);
    const m = meta();
    const legend = collectLegend(container.current);
    const text = { title: m.title, subtitle: m.subtitle, credit: m.credit, width: chart.width, height: chart.height, ...(legend ? { legend } : {}) };
    const size = layoutExport(text);
    return { svg: buildExportSvg(chart.svg, text), width: size.width, height: size.height, m };
  };

  const save = async (kind: 'svg' | 'png') => {
    setStatus('');
    try {
      const built = build();
      if (!built) {
        setStatus(labels.nothing);
        return;
      }
      const name = exportFileName(built.m.budgetId, built.m.view, kind, built.m.focusKey);
      if (kind === 'svg') downloadBlob(new Blob([built.svg], { type: 'image/svg+xml;charset=utf-8' }), name);
      else downloadBlob(await rasterize(built.svg, built.width, built.height, PNG_SCALE), name);
    } catch {
      setStatus(labels.failed);
    }
  };

  return (
    <>
      <button type="button" className={cx(ui.button, ui.small, ui.secondary)} onClick={() => void save('svg')} data-testid="export-svg">
        {labels.svg}
      </button>
      <button type="button" className={cx(ui.button, ui.small, ui.secondary)} onClick={() => void save('png')} data-testid="export-png">
        {labels.png}
      </button>
      <span className={styles.status} role="status" data-testid="export-status">
        {status}
      </span>
    </>
  );
}
