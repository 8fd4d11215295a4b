/**
 * 下载 SVG / 下载 PNG for the chart on screen: the buttons; the export (chartExport.ts) loads on the first click.
 */
import { useState, type RefObject } from 'react';
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
  /** Read at click time: the title follows the drill level on screen (its code may load then). */
  meta: () => ExportMeta | Promise<ExportMeta>;
  labels: ChartExportLabels;
}

export function ChartExportButtons({ container, meta, labels }: Props) {
  const [status, setStatus] = useState('');

  const save = async (kind: 'svg' | 'png') => {
    setStatus('');
    try {
      const { saveChart } = await import('./chartExport');
      if (!(await saveChart(container.current, meta, kind))) setStatus(labels.nothing);
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
