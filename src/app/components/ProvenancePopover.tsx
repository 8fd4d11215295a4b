import { useEffect, useRef } from 'react';
import type { Budget } from '../../model/types';
import { formatAmount } from '../../model/format';
import { srcUnit } from '../../model/units';
import { useAppStore } from '../../state/store';
import { formatHash, sourceRoute } from '../../state/route';
import { selectCloseProvenance, selectLang, selectProvenance } from '../../state/selectors';
import { useT } from '../i18n';
import { findSection, findTable, tableName } from '../describeSrc';
import styles from './ProvenancePopover.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

/**
 * 数字出处: the document, table (number and title) and line range a clicked figure was read from.
 * Non-modal; Escape, the close button or a click elsewhere closes it and focus returns to the figure.
 */
export function ProvenancePopover({ budget }: { budget: Budget }) {
  const target = useAppStore(selectProvenance);
  const close = useAppStore(selectCloseProvenance);
  const t = useT();
  const lang = useAppStore(selectLang);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!target) return;
    ref.current?.focus();
    const id = target.id;
    const back = () => document.querySelector<HTMLElement>(`[data-figure-id="${CSS.escape(id)}"]`)?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        close();
        back();
      }
    };
    const onDown = (e: PointerEvent) => {
      if (ref.current && e.target instanceof Node && !ref.current.contains(e.target)) close();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown);
    };
  }, [target, close]);

  if (!target) return null;
  const table = findTable(budget, target.src.table);
  const vw = typeof window !== 'undefined' ? window.innerWidth : 1024;
  const width = Math.min(340, vw - 16);
  const a = target.anchor;
  const style = a ? { left: Math.max(8, Math.min(a.left, vw - width - 8)), top: a.bottom + window.scrollY + 6, width } : { left: 8, top: 8, width };
  const [first, last] = target.src.lines;
  return (
    <div ref={ref} className={ui.popover} role="dialog" aria-labelledby="provenance-title" tabIndex={-1} style={style} data-testid="provenance">
      <h2 id="provenance-title" className={ui.popoverTitle}>
        {t.provenanceTitle}
      </h2>
      <p className={styles.figure}>
        {target.amount === undefined ? (
          target.label
        ) : (
          <>
            {target.label}: <strong>{formatAmount(target.amount)}</strong> {t.unit(target.unit ?? srcUnit(budget, target.src))}
          </>
        )}
      </p>
      <dl className={styles.list}>
        <dt>{t.provenanceDoc}</dt>
        <dd data-testid="provenance-doc">{budget.source}</dd>
        <dt>{t.provenanceTable}</dt>
        <dd data-testid="provenance-table">{tableName(budget, target.src.table, t)}</dd>
        <dt>{t.provenanceLinesLabel}</dt>
        <dd data-testid="provenance-lines">{t.provenanceLines(first, last)}</dd>
      </dl>
      {table === null && findSection(budget, target.src.table) === null ? <p>{t.unknownTable(target.src.table)}</p> : null}
      <p className={styles.sourceLink}>
        {/* 查看原文: the document itself, the cited lines marked (the hash change closes this popover). */}
        <a href={formatHash(sourceRoute(budget.id, lang, target.src))} data-testid="provenance-source-link">
          {t.viewInDocument}
        </a>
      </p>
      <button
        type="button"
        className={cx(ui.button, ui.small)}
        onClick={() => {
          close();
          document.querySelector<HTMLElement>(`[data-figure-id="${CSS.escape(target.id)}"]`)?.focus();
        }}
      >
        {t.close}
      </button>
    </div>
  );
}
