import type { BudgetIndexEntry } from '../../model/types';
import { deptName } from '../names';
import { budgetRoute, type Lang } from '../../state/route';
import { pageLink } from '../../state/pagePath';
import { useT } from '../i18n';
import styles from './RelationNote.module.css';

/**
 * 000 is a unit inside 001: say so wherever either appears, link the other (its own page: pageLink), and never add them up.
 */
export function RelationNote({ entry, known, lang }: { entry: BudgetIndexEntry; known: readonly BudgetIndexEntry[]; lang: Lang }) {
  const t = useT();
  // `known`: the catalog entries at hand (the department file's entries and related ones, or the index).
  const byId = (id: string) => known.find((b) => b.id === id);
  const parent = entry.partOf ? byId(entry.partOf.budget) : undefined;
  const children = (entry.contains ?? []).map(byId).filter((b): b is BudgetIndexEntry => b !== undefined);
  if (!entry.partOf && children.length === 0) return null;
  const label = (b: BudgetIndexEntry) => `${deptName(b, t)} ${b.year}`;
  return (
    <div className={styles.relation} data-testid="relation-note">
      {entry.partOf ? (
        <p>{parent ? <a {...pageLink(budgetRoute(parent.id, lang))}>{t.partOfNote(label(parent))}</a> : t.partOfNote(entry.partOf.budget)}</p>
      ) : null}
      {children.map((c) => (
        <p key={c.id}>
          <a {...pageLink(budgetRoute(c.id, lang))}>{t.containsNote(label(c))}</a>
        </p>
      ))}
    </div>
  );
}
