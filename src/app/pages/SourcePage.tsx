import { useEffect, useMemo } from 'react';
import { deptName } from '../names';
import type { Budget } from '../../model/types';
import { citedInDocument, linePages, placeOfLines, publicationHref, sourceLines } from '../../model/sourceView';
import { budgetRoute, type SourceRouteT } from '../../state/route';
import { pageLink } from '../../state/pagePath';
import { useBudget, useSourceText } from '../useData';
import { useT } from '../i18n';
import { LoadErrorMessage } from '../components/LoadErrorMessage';
import { tableName } from '../describeSrc';
import { SourceText } from '../source/SourceText';
import styles from './SourcePage.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

/** 原文: a budget's source document with the cited lines marked (#/source/<id>?lines=a-b&table=t03). */
export function SourcePage({ route }: { route: SourceRouteT }) {
  const loaded = useBudget(route.budgetId);
  const t = useT();
  if (!loaded.ok) {
    return (
      <>
        <p className={ui.back} data-testid="back-link">
          <a {...pageLink({ page: 'catalog', lang: route.lang })}>← {t.backToCatalog}</a>
        </p>
        <LoadErrorMessage error={loaded.reason} />
      </>
    );
  }
  return <SourceContent budget={loaded.value} route={route} />;
}

function SourceContent({ budget, route }: { budget: Budget; route: SourceRouteT }) {
  const t = useT();
  const text = useSourceText(budget.source);
  useEffect(() => {
    document.title = `${deptName(budget, t)} ${budget.year} · ${t.sourceTitle} · ${t.appName}`;
  }, [budget, t]);
  const place = route.lines ? placeOfLines(budget, route.lines, route.table) : null;
  const total = text.ok ? sourceLines(text.value).length : 0;
  const missing = text.ok && route.lines !== undefined && !citedInDocument(total, route.lines);
  // 第 N 页: the page of the cited lines, where the text keeps the PDF's page breaks.
  const pages = useMemo(() => (text.ok ? linePages(text.value) : null), [text]);
  const citedPages = pages && route.lines && !missing ? ([pages[route.lines[0] - 1], pages[route.lines[1] - 1]] as const) : null;
  // 原文出处: the department's own publication (departments.json), opened at the cited page where known.
  const publication = budget.publication ? publicationHref(budget.publication.url, citedPages?.[0]) : null;
  return (
    <article data-testid="source-page" data-budget-id={budget.id}>
      <p className={ui.back} data-testid="back-link">
        <a {...pageLink(budgetRoute(budget.id, route.lang))} data-testid="source-back">
          ← {t.backToBudget}
        </a>
      </p>
      <header>
        <h1>{t.sourceHeading(deptName(budget, t), budget.year, t.kinds[budget.kind])}</h1>
        <p className={cx(styles.meta, ui.meta)}>
          {t.provenanceDoc}: <code data-testid="source-file">{budget.source}</code>
        </p>
        {publication ? (
          <p className={cx(styles.meta, ui.meta)}>
            <a href={publication} target="_blank" rel="noopener" data-testid="source-publication">
              {t.trail.officialPublication}
              <span aria-hidden="true"> ↗</span>
              <span className={ui.srOnly}>{t.newWindow}</span>
            </a>
            {citedPages?.[0] !== undefined ? t.trail.officialPage(citedPages[0]) : null}
          </p>
        ) : null}
        <p className={cx(styles.meta, ui.meta)}>{t.sourceIntro}</p>
      </header>
      {route.lines && !missing ? (
        <div className={styles.place}>
          <h2 data-testid="source-heading">
            {place ? (place.kind === 'table' ? tableName(budget, place.table.key, t) : place.section.title) : t.provenanceLines(route.lines[0], route.lines[1])}
          </h2>
          <p className={cx(styles.meta, ui.meta)} data-testid="source-lines">
            {place ? `${t.provenanceLines(route.lines[0], route.lines[1])}` : t.sourceNoPlace}
            {citedPages?.[0] !== undefined && citedPages[1] !== undefined ? (
              <span data-testid="source-cited-page" data-page={citedPages[0]}>
                {' · '}
                {t.trail.citedPage(citedPages[0], citedPages[1])}
              </span>
            ) : null}
          </p>
        </div>
      ) : null}
      {missing && route.lines ? (
        <p className={cx(ui.notice, ui.warn)} role="status" data-testid="source-missing-lines">
          {t.sourceLinesMissing(route.lines[0], route.lines[1], total)}
        </p>
      ) : null}
      {text.ok ? (
        <SourceText text={text.value} cited={route.lines} />
      ) : (
        <div className={cx(ui.notice, ui.error)} role="alert" data-testid="source-load-error" data-kind={text.reason.kind}>
          <p>{t.sourceLoadError(budget.source)}</p>
          <details>
            <summary>{t.errorDetail}</summary>
            <p>
              <code>{text.reason.url}</code>: {text.reason.detail}
            </p>
          </details>
        </div>
      )}
    </article>
  );
}
