/**
 * One section of the comparison (totals, income, 功能分类, 经济分类 by 基本/项目支出): its notes, the
 * aligned bars (an export part) and the table, showing the same lines. Trees (类 → 款 → 项) start at
 * their top level; a line's ▸ or "expand all" opens it in both.
 */
import { useMemo, useState } from 'react';
import { economicCoverage, type CombinedCell, type Comparison } from '../../model/compare';
import { formatAmount } from '../../model/format';
import type { Budget } from '../../model/types';
import { CompareBars } from '../../charts/Compare/CompareBars';
import {
  barInputs,
  budgetLabel,
  depthOf,
  drawable,
  isTree,
  parentKeys,
  sectionLines,
  visibleLines,
  type SectionId,
  type SectionScaleView,
} from './compareView';
import { CompareTable } from './CompareTable';
import type { CompareWords } from '../i18n/compareWords';
import styles from './CompareSection.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

interface Props {
  id: SectionId;
  comparison: Comparison;
  budgets: readonly Budget[];
  labels: readonly string[];
  combined: Record<string, CombinedCell> | null;
  s: CompareWords;
  /** The scale of the section's bars (computed across sections by the page). */
  scale?: SectionScaleView | undefined;
  /** The ruler's caption for that scale, given the tick step. */
  scaleLabel?: ((step: string) => string) | undefined;
  /** The full page's 嵌入 for this section alone (absent inside an embed); gets the button, for focus. */
  onEmbed?: (opener: HTMLButtonElement) => void;
  /**
   * A section embed: the bars alone at the tree's top level (each bar carries its amount, share and
   * difference), without the table that repeats them — it keeps the frame within a phone's screen or two.
   */
  chartOnly?: boolean;
}

export function CompareSection({ id, comparison, budgets, labels, combined, s, scale, scaleLabel, onEmbed, chartOnly = false }: Props) {
  const all = useMemo(() => sectionLines(comparison, id), [comparison, id]);
  const parents = useMemo(() => parentKeys(all), [all]);
  const depth = useMemo(() => {
    const byKey = new Map(all.map((l) => [l.key, l]));
    return new Map(all.map((l) => [l.key, depthOf(l, byKey)]));
  }, [all]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const shown = useMemo(() => (isTree(id) ? visibleLines(all, expanded) : all), [all, expanded, id]);
  // Lines that are 0 or absent everywhere stay in the table but get no bars (the income list has many).
  const drawn = useMemo(() => shown.filter(drawable), [shown]);
  const bars = useMemo(() => barInputs(drawn, all, labels, s), [drawn, all, labels, s]);
  if (all.length === 0) return null;
  const allOpen = parents.size > 0 && [...parents].every((k) => expanded.has(k));
  const toggle = (key: string) =>
    setExpanded((cur) => {
      const next = new Set(cur);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const title = id === 'functional' ? `${s.sections.functional} · ${s.measures[comparison.measure]}` : s.sections[id];
  const notes = sectionNotes(id, comparison, s);
  return (
    <section className={styles.section} aria-labelledby={`cmp-title-${id}`} data-testid={`compare-section-${id}`}>
      <div className={styles.sectionHead}>
        <h2 id={`cmp-title-${id}`}>{title}</h2>
        {onEmbed ? (
          <button
            type="button"
            className={cx(ui.button, ui.small, ui.secondary)}
            aria-haspopup="dialog"
            aria-label={s.embedSection(title)}
            onClick={(e) => onEmbed(e.currentTarget)}
            data-testid={`compare-embed-${id}`}
          >
            {s.embedSectionButton}
          </button>
        ) : null}
      </div>
      <ul className={styles.sectionNotes}>
        <li>{s.shareNote[id]}</li>
        {notes.map((n) => (
          <li key={n} className={styles.basisNote}>
            {n}
          </li>
        ))}
      </ul>
      {parents.size > 0 && !chartOnly ? (
        <button
          type="button"
          className={cx(ui.button, ui.small, ui.secondary)}
          onClick={() => setExpanded(allOpen ? new Set() : new Set(parents))}
          data-testid={`compare-expand-all-${id}`}
        >
          {allOpen ? s.collapseAll : s.expandAll}
        </button>
      ) : null}
      <CompareBars
        lines={bars}
        caption={title}
        testId={`compare-bars-${id}`}
        scale={scale?.spec}
        scaleKind={scale?.scale.kind}
        scaleLabel={scaleLabel}
        unit={comparison.unit}
      />
      {drawn.length < shown.length ? <p className={ui.help}>{s.notDrawn(shown.length - drawn.length)}</p> : null}
      {chartOnly ? null : (
        <CompareTable
          comparison={comparison}
          budgets={budgets}
          lines={shown}
          labels={labels}
          depth={depth}
          parents={parents}
          expanded={expanded}
          onToggle={toggle}
          combined={combined}
          tree={isTree(id)}
          s={s}
          caption={title}
        />
      )}
    </section>
  );
}

/** What a section's figures are made of, in words: per-unit sums (003), partial economic tables. */
function sectionNotes(id: SectionId, c: Comparison, s: CompareWords): string[] {
  const out: string[] = [];
  if (id === 'functional') {
    for (const b of c.budgets) if (b.functionalBasis === 'unitsAdded') out.push(s.unitsAdded(budgetLabel(b, s)));
  }
  if (id === 'economicBasic' || id === 'economicProject') {
    const spending = id === 'economicBasic' ? 'basic' : 'project';
    const spendingName = s.totalsNames[spending];
    for (const { budget: b, covered, spending: total, complete } of economicCoverage(c, spending)) {
      if (covered === null) out.push(s.economicNone(budgetLabel(b, s), spendingName));
      else if (total !== null && !complete) out.push(s.economicCoverage(budgetLabel(b, s), formatAmount(covered), formatAmount(total), spendingName, c.unit));
    }
  }
  return out;
}
