/**
 * 比较预算 (#/compare?ids=a,b[,c]): the picker, then the comparison of the budgets the URL names. Loaded
 * lazily (React.lazy in App.tsx) with the compare model, the crosswalk and the charts, so the first page
 * does not carry them. Budgets load in parallel; a budget that fails to load says so.
 */
import { use, useEffect } from 'react';
import { findEntry } from '../../model/loadBudget';
import type { Budget } from '../../model/types';
import type { CompareRoute } from '../../state/route';
import { pageLink } from '../../state/pagePath';
import { budgetResource } from '../../state/dataCache';
import { useIndex } from '../useData';
import { useT } from '../i18n';
import { compareWords } from '../i18n/compareLang';
import { LoadErrorMessage } from '../components/LoadErrorMessage';
import { ComparePicker } from './ComparePicker';
import { CompareContent } from './CompareContent';
import styles from './ComparePage.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

export function ComparePage({ route }: { route: CompareRoute }) {
  const index = useIndex();
  const t = useT();
  const s = compareWords(t.lang);
  // The picker's title; a comparison names its budgets itself (CompareContent).
  const picking = !index.ok || route.ids.filter((id) => findEntry(index.value, id) !== null).length < 2;
  useEffect(() => {
    if (picking) document.title = `${s.title} · ${t.appName}`;
  }, [picking, s, t]);
  if (!index.ok) return <LoadErrorMessage error={index.reason} />;
  const known = route.ids.filter((id) => findEntry(index.value, id) !== null);
  const unknown = route.ids.filter((id) => !known.includes(id));
  return (
    <article data-testid="compare-page">
      <p className={ui.back} data-testid="back-link">
        <a {...pageLink({ page: 'catalog', lang: route.lang })}>← {t.backToCatalog}</a>
      </p>
      <h1>{s.title}</h1>
      <p className={cx(ui.lead, styles.intro)}>{s.intro}</p>
      <ComparePicker key={known.join(',')} index={index.value} ids={known} lang={route.lang} s={s} />
      {unknown.length > 0 ? (
        <p className={cx(ui.notice, ui.warn)} data-testid="compare-unknown">
          {s.unknownIds(unknown.join(', '))}
        </p>
      ) : null}
      {known.length >= 2 ? <CompareLoaded ids={known} route={route} /> : <p className={ui.notice}>{s.pickAtLeastTwo}</p>}
    </article>
  );
}

/** Start every budget's download before waiting for any, then read them (React's use()). */
export function CompareLoaded({ ids, route }: { ids: readonly string[]; route: CompareRoute }) {
  const promises = ids.map((id) => budgetResource(id));
  const loaded = promises.map((p) => use(p));
  const failed = loaded.find((l) => !l.ok);
  if (failed && !failed.ok) return <LoadErrorMessage error={failed.reason} />;
  const budgets = loaded.flatMap((l) => (l.ok ? [l.value] : [])) as Budget[];
  return <CompareContent budgets={budgets} route={route} />;
}
