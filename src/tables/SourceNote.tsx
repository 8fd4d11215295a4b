/**
 * Where an amount comes from: the table (number + title as printed, from budget.tables by src.table), the
 * source lines, and the document (budget.source). A small popover (ui/Popover) opened by clicking the amount;
 * Escape, the close button or a press elsewhere closes it, and focus goes back to the amount.
 */
import { formatAmount } from '../model/format';
import { groupSourceRefs, type AmountCell } from '../model/tableRows';
import type { Budget } from '../model/types';
import type { TableWords } from './words';
import { Popover } from '../ui/Popover';
import styles from './SourceNote.module.css';

export interface SourceNoteProps {
  budget: Budget;
  cell: AmountCell;
  /** What the amount is (row name / column), for the heading. */
  what: string;
  /** Extra explanation (e.g. for the totals row). */
  note?: string;
  t: TableWords;
  /** The clicked amount: the note is placed below it, right-aligned (above it where there is no room). */
  anchor: HTMLElement | null;
  onClose: () => void;
}

export function SourceNote({ budget, cell, what, note, t, anchor, onClose }: SourceNoteProps) {
  // A computed figure that adds up printed lines not shown below it (a unit's projects) cites those lines.
  const groups = groupSourceRefs(budget, cell.src ? [cell.src] : (cell.refs ?? []));
  const computedNote = cell.over ? { units: t.unitsNote, projects: t.projectsNote, parts: t.partsNote }[cell.over] : t.computedNote;
  return (
    <Popover
      anchor={anchor}
      onClose={onClose}
      maxWidth={272}
      placement="bottom-end"
      gap={4}
      className={styles.source}
      aria-label={t.sourceOf(what)}
      data-testid="tables-source-note"
    >
      <button type="button" className={styles.close} onClick={onClose} aria-label={t.close}>
        ×
      </button>
      <div className={styles.what}>{what}</div>
      <div className={styles.amount}>
        {formatAmount(cell.amount)} {t.unitAfter(budget.unit)}
      </div>
      {groups.map((g) => (
        <div key={g.table}>
          <span className={styles.k}>{t.source}</span> {[g.number, g.title].filter(Boolean).join(' ') || `${t.table} ${g.table}`}
          <div>{g.ranges.map(([a, b]) => t.lines(a, b)).join(t.enumSep)}</div>
        </div>
      ))}
      {cell.src && t.sourceLink ? (
        <div className={styles.link}>
          {/* 查看原文: the cited lines marked in the document (a hash change: the note closes with the page). */}
          <a href={t.sourceLink.href(cell.src)} data-testid="tables-source-link">
            {t.sourceLink.text}
          </a>
        </div>
      ) : null}
      {cell.computed ? <div className={styles.computed}>{computedNote}</div> : null}
      {note ? <div className={styles.computed}>{note}</div> : null}
      <div className={styles.doc}>
        <span className={styles.k}>{t.document}</span> {budget.source}
      </div>
    </Popover>
  );
}
