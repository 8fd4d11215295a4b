/**
 * The compare table of one section: each visible line with every budget's exact figure and share, the
 * difference between consecutive budgets (the model's exact decimal string; the relative change is
 * rounded for display), flags in words (名称不同 / 缺项 / 科目变动, with each year's printed name and
 * the crosswalk's reason), sums of rows said to be sums, and each figure's source on demand.
 */
import { Swatch } from '../../charts/Swatch';
import { Fragment, useState } from 'react';
import type { CombinedCell, CompareLine, Comparison, LineFlag } from '../../model/compare';
import type { Budget } from '../../model/types';
import { formatAmount, formatShare } from '../../model/format';
import { describeSrc } from '../describeSrc';
import { useT } from '../i18n';
import { GlossaryTerm } from '../glossary/GlossaryTerm';
import { INCOME_TERMS } from '../glossary/terms';
import { budgetColour } from '../../charts/palette';
import type { IncomeKey } from '../../model/types';
import { compareFigureId, formatChange, lineLabel, reasonText, printedFigure, signedDifference } from './compareView';
import { useAppStore } from '../../state/store';
import { selectOpenProvenance } from '../../state/selectors';
import type { CompareWords } from '../i18n/compareWords';
import styles from './CompareTable.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

interface Props {
  comparison: Comparison;
  budgets: readonly Budget[];
  lines: readonly CompareLine[];
  labels: readonly string[];
  depth: ReadonlyMap<string, number>;
  parents: ReadonlySet<string>;
  expanded: ReadonlySet<string>;
  onToggle: (key: string) => void;
  combined: Record<string, CombinedCell> | null;
  /** A tree section (类 → 款 → 项): room for the expand buttons. */
  tree: boolean;
  s: CompareWords;
  caption: string;
}

/** The line's name, with the glossary button where the interface term has a 名词解释. */
/** The deepest indentation (depth classes in styles/ui.module.css: classes, as the CSP refuses style attributes). */
const MAX_INDENT = 4;

const FLAG_CLASS: Record<LineFlag, string | undefined> = { renamed: styles.flagRenamed, missing: styles.flagMissing, moved: styles.flagMoved };

function NameLabel({ line, s }: { line: CompareLine; s: CompareWords }) {
  const label = lineLabel(line, s);
  if (line.section === 'total' && (line.code === 'basic' || line.code === 'project')) return <GlossaryTerm term={line.code}>{label}</GlossaryTerm>;
  const term = line.section === 'income' ? INCOME_TERMS[line.code as IncomeKey] : undefined;
  return term ? <GlossaryTerm term={term}>{label}</GlossaryTerm> : label;
}

export function CompareTable({ comparison, budgets, lines, labels, depth, parents, expanded, onToggle, combined, tree, s, caption }: Props) {
  const t = useT();
  const [openSrc, setOpenSrc] = useState<string | null>(null);
  const openProvenance = useAppStore(selectOpenProvenance);
  const n = comparison.budgets.length;
  const cols = 1 + n + (n - 1) + (combined ? 1 : 0);
  return (
    <div className={styles.scroll}>
      <table className={styles.table} data-testid="compare-table">
        <caption className={ui.srOnly}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.nameCell}>
              {s.colLine}
            </th>
            {comparison.budgets.map((b, i) => (
              <th key={b.id} scope="col" className={styles.num}>
                <Swatch className={styles.swatch} fill={budgetColour(i)} />
                {labels[i]}
                <span className={styles.unit}>{t.amounts.unitAfter(comparison.unit)}</span>
              </th>
            ))}
            {comparison.budgets.slice(1).map((b, i) => (
              <th key={`d:${b.id}`} scope="col" className={cx(styles.num, styles.diffHead)}>
                {s.colDiff(labels[i] ?? '', labels[i + 1] ?? '')}
              </th>
            ))}
            {combined ? (
              <th scope="col" className={styles.num}>
                {s.colCombined}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => {
            const d = depth.get(l.key) ?? 0;
            const canExpand = parents.has(l.key);
            const isOpen = expanded.has(l.key);
            const label = lineLabel(l, s);
            const notes = notesOf(l, labels, s);
            return (
              <Fragment key={l.key}>
                <tr className={d === 0 ? styles.rowD0 : undefined} data-testid={`compare-row-${l.key}`} data-flags={l.flags.join(' ')}>
                  <th scope="row" className={styles.nameCell}>
                    <span className={cx(styles.name, d > 0 && ui[`depth${Math.min(d, MAX_INDENT)}`])}>
                      {canExpand ? (
                        <button
                          type="button"
                          className={styles.expander}
                          aria-expanded={isOpen}
                          aria-label={isOpen ? s.collapse(label) : s.expand(label)}
                          onClick={() => onToggle(l.key)}
                          data-testid={`compare-expand-${l.key}`}
                        >
                          {isOpen ? '▾' : '▸'}
                        </button>
                      ) : tree ? (
                        <span className={styles.expanderSpace} aria-hidden="true" />
                      ) : null}
                      <span>
                        <NameLabel line={l} s={s} />
                        {l.flags.map((f) => (
                          <span key={f} className={cx(styles.flag, FLAG_CLASS[f])} data-testid={`compare-flag-${f}-${l.key}`}>
                            {s.flags[f]}
                          </span>
                        ))}
                      </span>
                    </span>
                  </th>
                  {l.cells.map((c, i) => {
                    const id = `${l.key}|${i}`;
                    const b = budgets[i];
                    if (!c || !b) {
                      return (
                        <td key={comparison.budgets[i]?.id ?? id} className={cx(styles.num, styles.missing)} data-testid={`compare-cell-${l.key}-${i}`}>
                          {s.notPrinted}
                        </td>
                      );
                    }
                    return (
                      <td key={b.id} className={styles.num} data-testid={`compare-cell-${l.key}-${i}`} data-amount={c.amount}>
                        <button
                          type="button"
                          className={styles.amount}
                          aria-expanded={openSrc === id}
                          aria-haspopup="dialog"
                          aria-label={`${label} · ${labels[i] ?? ''}: ${formatAmount(c.amount)} ${t.amounts.unitAfter(comparison.unit)}${c.printed ? ` (${s.printedFigure(formatAmount(c.printed.amount), c.printed.unit)})` : ''}. ${s.showSource(label)}`}
                          data-figure-id={compareFigureId(i, l.key)}
                          data-testid={compareFigureId(i, l.key)}
                          onClick={(e) => {
                            setOpenSrc((o) => (o === id ? null : id));
                            // 数字出处: the same popover as on a budget page, for this cell's budget (its first
                            // source line; a sum of rows lists every row in the note under the figure).
                            const first = c.src[0];
                            if (!first) return;
                            const r = e.currentTarget.getBoundingClientRect();
                            openProvenance({
                              id: compareFigureId(i, l.key),
                              label: `${label} · ${labels[i] ?? ''}`,
                              // The figure as the document prints it (before any conversion); none for a sum of rows.
                              ...(c.basis === 'printed' ? printedFigure(c, comparison.unit) : {}),
                              src: first,
                              anchor: { left: r.left, top: r.top, bottom: r.bottom, width: r.width },
                            });
                          }}
                        >
                          {formatAmount(c.amount)}
                        </button>
                        <span className={styles.share}>{formatShare(c.share)}</span>
                        {c.basis !== 'printed' ? (
                          <span className={styles.basis} data-testid={`compare-basis-${l.key}-${i}`}>
                            {s.basis[c.basis](c.rows)}
                          </span>
                        ) : null}
                        {openSrc === id ? (
                          <span className={styles.src} role="note">
                            {s.source}
                            {t.colon}
                            {c.src.map((src) => describeSrc(b, src, t)).join(t.clauseSep)} · <code>{b.source}</code>
                            {c.printed ? (
                              <span data-testid={`compare-printed-${l.key}-${i}`}> · {s.printedFigure(formatAmount(c.printed.amount), c.printed.unit)}</span>
                            ) : null}
                          </span>
                        ) : null}
                      </td>
                    );
                  })}
                  {l.steps.map((st, i) => (
                    <td
                      key={`${st.from}>${st.to}`}
                      className={cx(styles.num, styles.diff, st.difference?.startsWith('-') && styles.isDown)}
                      data-testid={`compare-diff-${l.key}-${i}`}
                      {...(st.difference !== null ? { 'data-difference': st.difference } : {})}
                    >
                      {st.difference !== null ? (
                        <>
                          <span className={styles.diffValue} data-testid="compare-diff-value">
                            {signedDifference(st.difference)}
                          </span>
                          {st.change !== null ? <span className={styles.share}>{formatChange(st.change)}</span> : null}
                        </>
                      ) : (
                        <span className={styles.na} title={s.cannotDiff}>
                          —<span className={ui.srOnly}>{s.cannotDiff}</span>
                        </span>
                      )}
                    </td>
                  ))}
                  {combined ? <CombinedTd cell={combined[l.key]} labels={labels} ids={comparison.budgets.map((b) => b.id)} s={s} /> : null}
                </tr>
                {notes.length > 0 ? (
                  <tr className={styles.notesRow} data-testid={`compare-notes-${l.key}`}>
                    <td colSpan={cols}>
                      <ul className={styles.notes}>
                        {notes.map((note) => (
                          <li key={note.key}>
                            {note.folded ? (
                              <details>
                                <summary className={styles.noteHead}>{note.head}</summary>
                                <span {...(note.lang ? { lang: note.lang } : {})}>{note.text}</span>
                              </details>
                            ) : (
                              <>
                                {note.head ? <span className={styles.noteHead}>{note.head} </span> : null}
                                <span {...(note.lang ? { lang: note.lang } : {})}>{note.text}</span>
                              </>
                            )}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function CombinedTd({ cell, labels, ids, s }: { cell: CombinedCell | undefined; labels: readonly string[]; ids: readonly string[]; s: CompareWords }) {
  const t = useT();
  if (!cell) return <td className={styles.num} />;
  const missing = cell.missingIn.map((id) => labels[ids.indexOf(id)] ?? id);
  return (
    <td className={cx(styles.num, styles.combined)} data-amount={cell.amount} data-testid="compare-combined">
      {formatAmount(cell.amount)}
      {missing.length > 0 ? <span className={styles.basis}>{s.combinedMissing(missing.join(t.enumSep))}</span> : null}
    </td>
  );
}

/** The notes under a flagged line: each year's printed name and the reason, where a line is missing or moved. */
interface Note {
  key: string;
  head?: string;
  text: string;
  /** The language of a crosswalk reason (zh-CN, or en where the crosswalk gives no Chinese). */
  lang?: string;
  /** Shown folded under its head (a reason in another language than the page's). */
  folded?: boolean;
}

function notesOf(l: CompareLine, labels: readonly string[], s: CompareWords): Note[] {
  const out: Note[] = [];
  if (l.rename) {
    out.push({
      key: 'names',
      head: `${s.flags.renamed}:`,
      text: l.rename.names.map((x) => `${s.printedAs(x.year, x.name)}${x.misprint ? s.misprint : ''}`).join('; '),
    });
    const why = reasonText(l.rename, s);
    out.push(why ? { key: 'reason', ...why } : { key: 'reason', text: s.noReason });
  }
  if (l.flags.includes('missing')) {
    const where = l.cells.flatMap((c, i) => (c ? [] : [labels[i] ?? '']));
    out.push({ key: 'missing', head: `${s.flags.missing}:`, text: s.missingIn(where.join(', ')) });
  }
  if (l.moves && l.moves.length > 0) {
    out.push({ key: 'moved', head: `${s.flags.moved}:`, text: s.movedTo(l.moves.map((m) => m.code).join(', ')) });
    for (const m of l.moves) {
      const why = reasonText(m, s);
      if (why) out.push({ key: `moved:${m.key}`, ...why });
    }
  }
  return out;
}
