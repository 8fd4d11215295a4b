/**
 * Where an amount comes from: the table (number + title as printed, from budget.tables by src.table), the
 * source lines, and the document (budget.source). A small popover opened by clicking the amount; Escape, the
 * close button or a click elsewhere closes it.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { formatAmount } from '../model/format';
import { groupSourceRefs, type AmountCell } from '../model/tableRows';
import type { Budget } from '../model/types';
import { tableStrings, type Lang } from './strings';
import styles from './SourceNote.module.css';

export interface SourceNoteProps {
  budget: Budget;
  cell: AmountCell;
  /** What the amount is (row name / column), for the heading. */
  what: string;
  /** Extra explanation (e.g. for the totals row). */
  note?: string;
  lang: Lang;
  /** The clicked amount: the note is placed next to it (position: fixed, so no scroll box clips it). */
  anchor: HTMLElement | null;
  onClose: () => void;
}

const WIDTH = 272;

function place(anchor: HTMLElement | null, note: HTMLElement | null): { left: number; top: number } | null {
  if (!anchor) return null;
  const a = anchor.getBoundingClientRect();
  const w = Math.min(WIDTH, window.innerWidth - 16);
  const h = note?.offsetHeight ?? 160;
  const left = Math.max(8, Math.min(a.right - w, window.innerWidth - w - 8));
  // Below the amount if it fits, otherwise above it.
  const top = a.bottom + 4 + h <= window.innerHeight ? a.bottom + 4 : Math.max(8, a.top - 4 - h);
  return { left, top };
}

export function SourceNote({ budget, cell, what, note, lang, anchor, onClose }: SourceNoteProps) {
  const t = tableStrings(lang, budget.unit);
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    const update = () => setPos(place(anchor, ref.current));
    update();
    window.addEventListener('resize', update);
    window.addEventListener('scroll', update, true);
    return () => {
      window.removeEventListener('resize', update);
      window.removeEventListener('scroll', update, true);
    };
  }, [anchor]);

  useEffect(() => {
    ref.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    const onDown = (e: MouseEvent) => {
      // A click on the amount itself toggles the note (handled there); anywhere else closes it.
      if (e.target instanceof Node && (ref.current?.contains(e.target) || anchor?.contains(e.target))) return;
      onClose();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDown);
    };
  }, [onClose, anchor]);

  const groups = cell.src ? groupSourceRefs(budget, [cell.src]) : [];
  return (
    <div
      className={styles.source}
      role="dialog"
      aria-label={t.sourceOf(what)}
      tabIndex={-1}
      ref={ref}
      data-testid="tables-source-note"
      style={pos ? { left: pos.left, top: pos.top, width: Math.min(WIDTH, window.innerWidth - 16) } : { visibility: 'hidden' }}
    >
      <button type="button" className={styles.close} onClick={onClose} aria-label={t.close}>
        ×
      </button>
      <div className={styles.what}>{what}</div>
      <div className={styles.amount}>
        {formatAmount(cell.amount)} {t.unitAfter}
      </div>
      {groups.map((g) => (
        <div key={g.table}>
          <span className={styles.k}>{t.source}</span> {[g.number, g.title].filter(Boolean).join(' ') || `${t.table} ${g.table}`}
          <div>{g.ranges.map(([a, b]) => t.lines(a, b)).join('、')}</div>
        </div>
      ))}
      {cell.computed ? <div className={styles.computed}>{cell.over === 'units' ? t.unitsNote : t.computedNote}</div> : null}
      {note ? <div className={styles.computed}>{note}</div> : null}
      <div className={styles.doc}>
        <span className={styles.k}>{t.document}</span> {budget.source}
      </div>
    </div>
  );
}
