/**
 * How the compared budgets relate, before any figure: a budget inside another (000 is unit 550004 of
 * 001 — compared, never added: no combined total), the same department in two years (differences are
 * changes over time), a budget chosen twice. Said in words, in the interface language (the model's
 * messages are Chinese; the English is built from the same facts).
 */
import type { Comparison } from '../../model/compare';
import { budgetLabel } from './compareView';
import type { CompareWords } from '../i18n/compareWords';
import styles from './CompareWarnings.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

export function CompareWarnings({ comparison, s }: { comparison: Comparison; s: CompareWords }) {
  const byId = new Map(comparison.budgets.map((b) => [b.id, b]));
  const label = (id: string) => {
    const b = byId.get(id);
    return b ? budgetLabel(b, s) : id;
  };
  const containment = comparison.warnings.flatMap((w) => (w.code === 'CONTAINMENT' ? [w] : []));
  const duplicates = comparison.warnings.flatMap((w) => (w.code === 'DUPLICATE_BUDGET' ? [w] : []));
  const sameDept = comparison.combine.blockedBy.filter((b) => b.code === 'SAME_DEPARTMENT');
  return (
    <>
      {containment.map((w) => (
        <div key={`${w.part}>${w.whole}`} className={styles.containment} role="note" data-testid="compare-containment">
          <p className={styles.containmentTitle}>
            <span aria-hidden="true">⚠ </span>
            {s.containmentTitle}
          </p>
          <p>{s.containment(label(w.part), label(w.whole), w.unitCode)}</p>
          <p>{s.partOfDiff}</p>
        </div>
      ))}
      {duplicates.map((w) => (
        <p key={w.budget} className={cx(ui.notice, ui.warn)}>
          {s.duplicate(w.budget)}
        </p>
      ))}
      {sameDept.map((b) => (
        <p key={b.budgets.join('>')} className={ui.notice} data-testid="compare-same-department">
          {s.sameDepartment(label(b.budgets[0] ?? ''), label(b.budgets[1] ?? ''))}
        </p>
      ))}
    </>
  );
}
