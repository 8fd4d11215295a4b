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
import { embedTitle, exportMeta } from '../exportMeta';
import { EmbedDialog } from '../embed/EmbedDialog';
import { DEFAULT_EMBED_HEIGHT } from '../embed/embedSnippet';
import { ChartDataButtons } from './ChartDataLinks';
import styles from './ViewTools.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';
import { siteBase } from '../embed/embedSnippet';
import { imageAlt } from '../embed/imageEmbed';
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
  const meta = useCallback(() => exportMeta(budget, route, t, linker.url, (path) => new URL(path, siteBase(siteHref())).href), [budget, route, t, linker]);
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
      {open ? (
        <EmbedDialog
          route={route}
          title={embedTitle(budget, route, t)}
          height={DEFAULT_EMBED_HEIGHT[route.view]}
          image={{ alt: imageAlt(budget, t) }}
          onClose={onClose}
        />
      ) : null}
    </div>
  );
}
