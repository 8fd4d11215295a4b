import { Suspense, use, useEffect, useMemo, useRef } from 'react';
import { PrintedName, PrintedOriginal } from '../components/PrintedName';
import { deptName } from '../names';
import type { Budget } from '../../model/types';
import { knownEntries, type DepartmentFile } from '../../model/departmentFile';
import type { Loaded } from '../../model/loadBudget';
import { budgetRoute, formatHash, type Route } from '../../state/route';
import { pageLink } from '../../state/pagePath';
import { useBudget, useIndexLater } from '../useData';
import { departmentResource } from '../../state/dataCache';
import { useT } from '../i18n';
import { LoadErrorMessage } from '../components/LoadErrorMessage';
import { HeadlineFigures } from '../components/HeadlineFigures';
import { FirstAnswer } from '../components/FirstAnswer';
import { ChecksList } from '../components/ChecksList';
import { RelationNote } from '../components/RelationNote';
import { ViewNav } from '../components/ViewNav';
import { LazyProvenancePopover } from '../components/LazyProvenancePopover';
import { ViewTools } from '../components/ViewTools';
import { BudgetContextLinks } from '../components/BudgetContextLinks';
import { PrintSources } from '../source/PrintSources';
import { BudgetView } from '../views/BudgetView';
import { ViewLoading } from '../views/LazyViews';
import { GlossaryBudgets } from '../glossary/GlossaryContext';
import { GlossaryTerm } from '../glossary/GlossaryTerm';
import { kindBadge } from '../components/kindBadge';
import { AmountToggle } from '../amounts/AmountToggle';
import { amountView } from '../amounts/amountView';
import { effectiveAmountMode } from '../../model/displayAmount';
import { OtherYearsLink } from '../compare/OtherYearsLink';
import styles from './BudgetPage.module.css';
import ui from '../../styles/ui.module.css';

type BudgetRoute = Extract<Route, { page: 'budget' }>;

/** One budget: who and when, the first answer in a sentence, the three views, the headline cards, and the checks. */
export function BudgetPage({ route }: { route: BudgetRoute }) {
  // The budget by its id alone: a budget page never waits for index.json (61 KB gzip at 2,000 budgets).
  const loaded = useBudget(route.budgetId);
  const t = useT();
  const back = (
    <p className={ui.back} data-testid="back-link">
      <a {...pageLink({ page: 'catalog', lang: route.lang })}>← {t.backToCatalog}</a>
    </p>
  );
  if (!loaded.ok) {
    return (
      <>
        {back}
        <LoadErrorMessage error={loaded.reason} />
        {loaded.reason.kind === 'unknownBudget' ? <DidYouMean route={route} /> : null}
      </>
    );
  }
  return (
    <>
      {back}
      <BudgetContent budget={loaded.value} department={use(departmentResource(loaded.value.departmentId))} route={route} />
    </>
  );
}

/**
 * An id that names no document may be one minted before the kind was part of ids (a 决算 now ends in
 * -final): offer the documents whose id begins with it, once index.json (asked for only now) has come.
 */
function DidYouMean({ route }: { route: BudgetRoute }) {
  const t = useT();
  const index = useIndexLater(true, false);
  const near = index?.ok ? index.value.budgets.filter((e) => e.id.startsWith(`${route.budgetId}-`)) : [];
  return near.length > 0 ? (
    <nav className={ui.notice} data-testid="did-you-mean">
      {t.many.didYouMean}{' '}
      {near.map((e, i) => (
        <span key={e.id}>
          {i > 0 ? ' · ' : null}
          <a href={formatHash(budgetRoute(e.id, route.lang))}>
            {e.year} {t.kinds[e.kind]} <PrintedName printed={e.department} en={e.departmentEn} />
          </a>
        </span>
      ))}
    </nav>
  ) : null;
}

function BudgetContent({ budget, department, route }: { budget: Budget; department: Loaded<DepartmentFile>; route: BudgetRoute }) {
  const t = useT();
  useEffect(() => {
    document.title = `${deptName(budget, t)} ${budget.year} ${t.kinds[budget.kind]} · ${t.views[route.view]} · ${t.appName}`;
  }, [budget, route.view, t]);
  // This department's catalog entries and those they name (a 000 inside 001), from its own small file.
  const known = department.ok ? knownEntries(department.value) : [];
  const entry = known.find((e) => e.id === budget.id) ?? null;
  const viewRef = useRef<HTMLDivElement>(null);
  // Terms on this page are explained from this budget's own 名词解释.
  const glossaryBudgets = useMemo(() => [budget], [budget]);
  // As printed or in 百万元 (English default): the URL's choice, else the language's default.
  const amountMode = effectiveAmountMode(route.lang, route.amounts);
  return (
    <GlossaryBudgets value={glossaryBudgets}>
      <article data-testid="budget-page" data-budget-id={budget.id}>
        <header>
          <h1>
            <PrintedName printed={budget.department} en={budget.departmentEn} /> <span className={ui.year}>{budget.year}</span>{' '}
            <span className={kindBadge(budget.kind)} data-testid="budget-kind">
              {t.kinds[budget.kind]}
            </span>
            <PrintedOriginal printed={budget.department} en={budget.departmentEn} />
          </h1>
          <p className={ui.meta}>
            <PrintedName printed={budget.region} en={budget.regionEn} /> · {budget.year} ·{' '}
            {budget.kind === 'budget' ? <GlossaryTerm term="departmentBudget">{t.kinds.budget}</GlossaryTerm> : t.kinds[budget.kind]} · {t.sourceDoc}:{' '}
            <code>{budget.source}</code> · <span data-testid="budget-unit">{amountView(t, amountMode).unitLong(budget.unit)}</span>
          </p>
          {entry ? <RelationNote entry={entry} known={known} lang={route.lang} /> : null}
          {/* Without its department's file the page cannot say what contains what: say the file is missing. */}
          {department.ok ? null : <LoadErrorMessage error={department.reason} />}
        </header>
        <FirstAnswer budget={budget} view={amountView(t, amountMode)} />
        <ViewNav route={route} />
        {/* One boundary for the lazy view (Sankey, tables) and all that follows it: while its code loads, only
            "loading" shows under the sentence; the tools, toggle and cards then arrive with the chart instead
            of being drawn first and pushed down by it (a layout shift of 0.14-0.23 before). */}
        <Suspense fallback={<ViewLoading />}>
          <div className={styles.view} data-testid={`view-${route.view}`} ref={viewRef}>
            <BudgetView budget={budget} route={route} />
            {/* Embed, download and data under the chart (as Datawrapper puts "Get the data"): the chart comes first. */}
            <ViewTools budget={budget} route={route} container={viewRef} />
          </div>
          {/* The unit toggle and the links to this department's other pages follow the chart: the unit line above
            says which unit is shown, and the first screen is for the answer and its chart. */}
          <AmountToggle unit={budget.unit} mode={amountMode} />
          <BudgetContextLinks budget={budget} lang={route.lang} />
          {/* Other years come after the chart: the first screen is for this budget's answer and its chart. */}
          {department.ok ? <OtherYearsLink budget={budget} entries={department.value.entries} lang={route.lang} /> : null}
          {/* The detail cards (收入, 基本/项目, 三公) come after the chart: the sentence above already gives the total. */}
          <HeadlineFigures budget={budget} />
          <ChecksList key={budget.id} budget={budget} />
          <PrintSources budget={budget} />
        </Suspense>
        <LazyProvenancePopover budget={budget} />
      </article>
    </GlossaryBudgets>
  );
}
