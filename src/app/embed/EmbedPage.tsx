import { Suspense, use, useEffect } from 'react';
import { PrintedName } from '../components/PrintedName';
import { deptName } from '../names';
import type { Budget, BudgetIndexEntry } from '../../model/types';
import type { Loaded } from '../../model/loadBudget';
import { knownEntries, type DepartmentFile } from '../../model/departmentFile';
import { departmentResource } from '../../state/dataCache';
import { fullRoute, type Route } from '../../state/route';
import { useAppStore } from '../../state/store';
import { selectLang } from '../../state/selectors';
import { useBudget } from '../useData';
import { useT } from '../i18n';
import { amountView } from '../amounts/amountView';
import { effectiveAmountMode } from '../../model/displayAmount';
import { LoadErrorMessage } from '../components/LoadErrorMessage';
import { BudgetView } from '../views/BudgetView';
import { ViewLoading } from '../views/LazyViews';
import { fullViewUrl } from './embedSnippet';
import { kindBadge } from '../components/kindBadge';
import { EmbedDataLink } from '../components/ChartDataLinks';
import { viewSourceRef } from '../exportMeta';
import { useSourceLinker } from '../source/useSourceLinker';
import styles from './EmbedPage.module.css';
import ui from '../../styles/ui.module.css';
import { useSiteHref } from '../siteHref';
import { pageLink } from '../../state/pagePath';

type BudgetRoute = Extract<Route, { page: 'budget' }>;

/** A link out of the frame: a new window, without giving the site a handle on the article's window. */
export function OutLink({ href, children, testId }: { href: string; children: string; testId: string }) {
  const t = useT();
  return (
    <a href={href} target="_blank" rel="noopener" data-testid={testId}>
      {children}
      <span aria-hidden="true"> ↗</span>
      <span className={ui.srOnly}>{t.newWindow}</span>
    </a>
  );
}

/** One view of one budget, alone: title, unit, the view, and the source credit with a link back. */
export function EmbedPage({ route }: { route: BudgetRoute }) {
  const loaded = useBudget(route.budgetId);
  const t = useT();
  const site = useSiteHref();
  if (!loaded.ok) {
    return (
      <>
        <LoadErrorMessage error={loaded.reason} />
        <p className={styles.credit}>
          <OutLink href={fullViewUrl(site, { page: 'catalog', lang: route.lang })} testId="embed-full-link">
            {t.embedViewFull}
          </OutLink>
        </p>
      </>
    );
  }
  // Its department's small file, not index.json, names what contains what.
  return <EmbedContent budget={loaded.value} department={use(departmentResource(loaded.value.departmentId))} route={route} />;
}

/** 000 is a unit inside 001: an embed says so too (no link: it would leave the frame). */
function relationText(budget: Budget, known: readonly BudgetIndexEntry[], t: ReturnType<typeof useT>): string[] {
  const entry = known.find((e) => e.id === budget.id);
  if (!entry) return [];
  const label = (id: string) => {
    const b = known.find((e) => e.id === id);
    return b ? `${deptName(b, t)} ${b.year}` : id;
  };
  return [...(entry.partOf ? [t.partOfNote(label(entry.partOf.budget))] : []), ...(entry.contains ?? []).map((id) => t.containsNote(label(id)))];
}

function EmbedContent({ budget, department, route }: { budget: Budget; department: Loaded<DepartmentFile>; route: BudgetRoute }) {
  const t = useT();
  useEffect(() => {
    document.title = `${deptName(budget, t)} ${budget.year} · ${t.views[route.view]} · ${t.appName}`;
  }, [budget, route.view, t]);
  const relation = relationText(budget, department.ok ? knownEntries(department.value) : [], t);
  const linker = useSourceLinker(budget.id);
  // The site's address: '' in the page rendered at build time (and its hydration), where the link resolves
  // against the page's <base>, the site root.
  const site = useSiteHref();
  return (
    <article data-testid="embed-page" data-budget-id={budget.id} data-view={route.view}>
      <header>
        <h1 className={styles.title} data-testid="embed-title">
          <PrintedName printed={budget.department} en={budget.departmentEn} /> <span className={ui.year}>{budget.year}</span> · {t.views[route.view]}{' '}
          <span className={kindBadge(budget.kind)} data-testid="embed-kind">
            {t.kinds[budget.kind]}
          </span>
        </h1>
        <p className={styles.unit} data-testid="embed-unit">
          {/* The unit the embedded view shows: as printed, or 百万元 (English default; amounts= in the link). */}
          {amountView(t, effectiveAmountMode(route.lang, route.amounts)).unitShort(budget.unit)}
        </p>
        {relation.map((r) => (
          <p key={r} className={styles.relation} data-testid="embed-relation">
            {r}
          </p>
        ))}
        {/* Without the department's file the embed cannot say what contains what: it says the file is missing. */}
        {department.ok ? null : <LoadErrorMessage error={department.reason} />}
      </header>
      {/* The credit line waits with the lazy view (Sankey, tables) rather than being pushed down by it. */}
      <Suspense fallback={<ViewLoading />}>
        <div className={styles.view} data-testid={`view-${route.view}`}>
          <BudgetView budget={budget} route={route} />
        </div>
        <p className={styles.credit} data-testid="embed-credit">
          <span data-testid="embed-source">{t.credit(deptName(budget, t), budget.year, budget.source, budget.kind)}</span>
          <span aria-hidden="true"> · </span>
          {/* 原文: the document itself, the credited line marked (a new window, like every link out of the frame). */}
          <OutLink href={site ? linker.url(viewSourceRef(budget, route, t)) : linker.href(viewSourceRef(budget, route, t))} testId="embed-source-link">
            {t.trail.embedLink}
          </OutLink>
          <span aria-hidden="true"> · </span>
          {/* Before the address is known (the page as the build wrote it): the budget's own page, which reads without a script. */}
          <OutLink href={site ? fullViewUrl(site, fullRoute(route)) : pageLink(fullRoute(route)).href} testId="embed-full-link">
            {t.embedViewFull}
          </OutLink>
          {route.view !== 'tables' ? (
            <>
              <span aria-hidden="true"> · </span>
              <EmbedDataLink budget={budget} route={route} />
            </>
          ) : null}
        </p>
      </Suspense>
    </article>
  );
}

/** A bad embed link: the message, without the site's chrome, and a way to the site. */
export function EmbedNotFound() {
  const t = useT();
  const lang = useAppStore(selectLang);
  const site = useSiteHref();
  return (
    <div data-testid="not-found">
      <p className={styles.title}>{t.notFoundTitle}</p>
      <p>{t.notFoundText}</p>
      <p className={styles.credit}>
        <OutLink href={fullViewUrl(site, { page: 'catalog', lang })} testId="embed-full-link">
          {t.embedViewFull}
        </OutLink>
      </p>
    </div>
  );
}
