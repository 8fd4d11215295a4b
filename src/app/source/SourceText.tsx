import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { citedInDocument, growWindow, linePages, lineWindow, sourceLines, WINDOW_RADIUS } from '../../model/sourceView';
import { useT } from '../i18n';
import styles from './SourceText.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

interface Props {
  text: string;
  /** The cited lines (first, last), marked, scrolled to and focused; undefined: none. */
  cited?: [number, number];
}

/**
 * The document's lines with their numbers, as plain text (never HTML): only a window around the
 * citation is rendered (±300 lines; "show more" grows it), the cited block is marked, scrolled into
 * view and focused so that a screen reader starts there.
 */
export function SourceText({ text, cited }: Props) {
  const t = useT();
  const lines = useMemo(() => sourceLines(text), [text]);
  // 第 N 页: where the text keeps the PDF's page breaks (form feeds), a marker where each page starts.
  const pages = useMemo(() => linePages(text), [text]);
  const total = lines.length;
  const inDoc = cited !== undefined && citedInDocument(total, cited);
  const [win, setWin] = useState(() => lineWindow(total, cited));
  const citedKey = cited ? `${cited[0]}-${cited[1]}` : '';
  const citedRef = useRef<HTMLDivElement>(null);
  const [prevKey, setPrevKey] = useState(`${citedKey}:${total}`);
  // A new citation (another link to the same page) starts from its own window.
  if (prevKey !== `${citedKey}:${total}`) {
    setPrevKey(`${citedKey}:${total}`);
    setWin(lineWindow(total, cited));
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll to and focus the citation once per citation, not per window change
  useLayoutEffect(() => {
    const el = citedRef.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'center' });
  }, [citedKey, total]);

  // Growing the window above must not move what the reader is looking at.
  const anchor = useRef<{ el: HTMLElement; top: number } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when lines were added above (win.first is the trigger)
  useLayoutEffect(() => {
    const a = anchor.current;
    if (!a) return;
    anchor.current = null;
    window.scrollBy(0, a.el.getBoundingClientRect().top - a.top);
  }, [win.first]);

  const pageMarker = (n: number) => {
    const page = pages?.[n - 1];
    if (page === undefined || (n !== win.first && pages?.[n - 2] === page)) return null;
    return (
      <div className={styles.page} key={`p${n}`} data-testid="source-page-marker" data-page={page}>
        {t.trail.pageMarker(page)}
      </div>
    );
  };
  const row = (n: number) => [
    pageMarker(n),
    <div className={styles.line} key={n} data-line={n}>
      <span className={styles.ln} aria-hidden="true">
        {n}
      </span>
      <span className={styles.tx} data-testid="source-line-text">
        {lines[n - 1] === '' ? '\u200b' : lines[n - 1]}
      </span>
    </div>,
  ];
  const range = (a: number, b: number) => {
    const out = [];
    for (let n = a; n <= b; n++) out.push(row(n));
    return out;
  };

  const body =
    inDoc && cited ? (
      <>
        {range(win.first, cited[0] - 1)}
        <div ref={citedRef} className={styles.cited} tabIndex={-1} role="group" aria-label={t.provenanceLines(cited[0], cited[1])} data-testid="source-cited">
          {range(cited[0], cited[1])}
        </div>
        {range(cited[1] + 1, win.last)}
      </>
    ) : (
      range(win.first, win.last)
    );

  const above = Math.min(WINDOW_RADIUS, win.first - 1);
  const below = Math.min(WINDOW_RADIUS, total - win.last);
  return (
    <div data-testid="source-text" data-total={total}>
      <p className={styles.shown} data-testid="source-shown">
        {t.sourceLinesShown(win.first, win.last, total)}
      </p>
      {above > 0 ? (
        <button
          type="button"
          className={cx(ui.button, ui.small, ui.secondary, styles.more)}
          data-testid="source-more-above"
          onClick={(e) => {
            const first = e.currentTarget.parentElement?.querySelector<HTMLElement>('[data-line]');
            if (first) anchor.current = { el: first, top: first.getBoundingClientRect().top };
            setWin((w) => growWindow(w, total, 'above'));
          }}
        >
          {t.showMoreAbove(above)}
        </button>
      ) : null}
      <div className={styles.lines} role="region" aria-label={t.lineNumbersLabel} lang="zh-CN">
        {body}
      </div>
      {below > 0 ? (
        <button
          type="button"
          className={cx(ui.button, ui.small, ui.secondary, styles.more)}
          data-testid="source-more-below"
          onClick={() => setWin((w) => growWindow(w, total, 'below'))}
        >
          {t.showMoreBelow(below)}
        </button>
      ) : null}
    </div>
  );
}
