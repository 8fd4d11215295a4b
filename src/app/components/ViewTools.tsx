/**
 * The bar above each view: 嵌入 (embed code) for every view, and 下载 SVG / PNG and the chart's data (CSV,
 * JSON) for the charts (tables have their own CSV button in their toolbar).
 */
import { useCallback, useRef, useState, type RefObject } from 'react';
import type { Budget } from '../../model/types';
import type { Route } from '../../state/route';
import { ChartExportButtons } from '../../charts/export/ChartExportButtons';
import { useT } from '../i18n';
import { useSourceLinker } from '../source/useSourceLinker';
import { LazyBudgetEmbedDialog } from '../embed/LazyEmbedDialog';
import { ChartDataButtons } from './ChartDataLinks';
import styles from './ViewTools.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';
import { siteHref } from '../siteHref';

interface Props {
  budget: Budget;
  route: Extract<Route, { page: 'budget' }>;
  /** The element holding the view, where the export finds the chart. */
  container: RefObject<HTMLElement | null>;
}

export function ViewTools({ budget, route, container }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const linker = useSourceLinker(budget.id);
  // The export's title code (exportMeta.ts, with the view's data files) loads with the export, on the first click.
  const meta = useCallback(
    () =>
      Promise.all([import('../exportMeta'), import('../embed/embedSnippet')]).then(([m, e]) =>
        m.exportMeta(budget, route, t, linker.url, (path) => new URL(path, e.siteBase(siteHref())).href),
      ),
    [budget, route, t, linker],
  );
  const onClose = useCallback(() => {
    setOpen(false);
    opener.current?.focus();
  }, []);
  return (
    <div className={styles.viewTools} role="group" aria-label={t.viewToolsLabel} data-testid="view-tools">
      <button
        ref={opener}
        type="button"
        className={cx(ui.button, ui.small, ui.secondary)}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        data-testid="embed-button"
      >
        {t.embedButton}
      </button>
      {route.view !== 'tables' ? (
        <ChartExportButtons
          container={container}
          meta={meta}
          labels={{ svg: t.exportSvg, png: t.exportPng, failed: t.exportFailed, nothing: t.exportNothing }}
        />
      ) : null}
      <ChartDataButtons budget={budget} route={route} />
      {open ? <LazyBudgetEmbedDialog budget={budget} route={route} onClose={onClose} /> : null}
    </div>
  );
}
