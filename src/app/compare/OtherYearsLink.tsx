/**
 * 与其他年度比较: on a budget page, links to compare it with the same department's budgets of other
 * years — the same `departmentId` in index.json, never the printed name (the normalizer knows that 001 海珠区政务服务数据管理局 2021 and 002
 * 海珠区政务服务和数据管理局 2025 are one department under two names). It carries only the compare
 * model's department rule (departments.ts), not the whole compare model, and is not loaded lazily: a lazy
 * paragraph arriving above the headline cards moved them 81 px after the page had drawn (a layout shift that
 * made a tap land on the wrong thing on a slow phone).
 */
import { otherYears } from '../../model/compare/departments';
import type { Budget, BudgetIndexEntry } from '../../model/types';
import { compareRoute, type Lang } from '../../state/route';
import { pageLink } from '../../state/pagePath';
import { useT } from '../i18n';
import styles from './OtherYearsLink.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

/** `entries`: the department's documents (its data/departments/<id>.json), or any list that holds them. */
export function OtherYearsLink({ budget, entries, lang }: { budget: Budget; entries: readonly BudgetIndexEntry[]; lang: Lang }) {
  const t = useT();
  const me = entries.find((b) => b.id === budget.id);
  const others = me ? otherYears(me, entries) : [];
  if (others.length === 0) return null;
  return (
    <p className={styles.otherYears} data-testid="other-years">
      <span>
        {t.compareOtherYear}
        {t.colon}
      </span>
      {others.map((o) => {
        // Older year first: the differences then read as a change over time. Its own page (compare/<id>/<id>/,
        // which the build writes for exactly these pairs: comparePages.linkedComparisons) works without a script.
        const ids = o.year < budget.year ? [o.id, budget.id] : [budget.id, o.id];
        return (
          <a
            key={o.id}
            className={cx(styles.button, ui.button, ui.small, ui.secondary)}
            {...pageLink(compareRoute(ids, lang))}
            data-testid={`compare-year-${o.id}`}
          >
            {t.compareWithYear(o.year)}
            {o.kind !== budget.kind ? ` · ${t.kinds[o.kind]}` : ''}
          </a>
        );
      })}
    </p>
  );
}
