import { useState } from 'react';
import { pageLink } from '../../state/pagePath';
import { facetValues, filterEntries, isEmptyFilter, type CatalogFilter, type FacetKey } from '../../model/catalogFacets';
import { CATALOG_PAGE, headIsWhole, type CatalogHead } from '../../model/catalogHead';
import { CatalogFilters } from './CatalogFilters';
import { PrintedName } from '../components/PrintedName';
import { deptName } from '../names';
import type { BudgetIndexEntry } from '../../model/types';
import { nextSort, pickedInYearOrder, sortEntries, type CatalogSort, type CatalogSortKey } from '../../model/catalog';
import { budgetRoute, compareRoute, formatHash, MAX_COMPARE, type Route } from '../../state/route';
import { useAppStore } from '../../state/store';
import { selectLang, selectNavigate } from '../../state/selectors';
import { useCatalogHead, useIndexLater } from '../useData';
import { useT } from '../i18n';
import { LoadErrorMessage } from '../components/LoadErrorMessage';
import { GlossaryTerm } from '../glossary/GlossaryTerm';
import { kindBadge } from '../components/kindBadge';
import styles from './CatalogPage.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';
import { amountView } from '../amounts/amountView';
import { effectiveAmountMode } from '../../model/displayAmount';

type CatalogRoute = Extract<Route, { page: 'catalog' }>;

/** 目录: every budget in index.json, filterable and sortable; no grand total (budgets may contain each other). */
export function CatalogPage({ route }: { route: CatalogRoute }) {
  const head = useCatalogHead();
  const t = useT();
  return (
    <>
      <h1>
        {t.catalogTitle} <GlossaryTerm term="departmentBudget" />
      </h1>
      <p className={ui.lead}>{t.whatIsBudget}</p>
      <p className={ui.note} data-testid="no-grand-total">
        {t.noGrandTotal}
      </p>
      {head.ok ? <CatalogTable head={head.value} filter={route.filter ?? {}} /> : <LoadErrorMessage error={head.reason} />}
    </>
  );
}

/**
 * The list. The first screen comes from catalog-head.json (the first page and the facet counts); index.json
 * (every budget) is fetched when the browser is idle, or at once when the reader filters, sorts or asks for
 * more. Both give the same first page, so nothing moves when the whole list arrives.
 */
function CatalogTable({ head, filter }: { head: CatalogHead; filter: CatalogFilter }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const navigate = useAppStore(selectNavigate);
  // Totals as printed, or (English by default) in million yuan converted exactly, as the budget pages show them.
  const av = amountView(t, effectiveAmountMode(lang, undefined));
  const [sort, setSort] = useState<CatalogSort | null>(null);
  // 比较: budgets ticked for comparison, compared oldest first (differences read as change over time).
  const [picked, setPicked] = useState<string[]>([]);
  const [limit, setLimit] = useState(CATALOG_PAGE);
  const whole = headIsWhole(head);
  const needAll = !whole && (!isEmptyFilter(filter) || sort !== null || limit > CATALOG_PAGE);
  const full = useIndexLater(needAll, whole);
  // Every budget, once known (the head is all of them on a small site); null while index.json is on its way.
  const all = whole ? head.first : full?.ok ? full.value.budgets : null;
  const known = all ?? [...head.first, ...head.related];
  const pickedInOrder = pickedInYearOrder(known, picked);
  const togglePick = (id: string) => setPicked((cur) => (cur.includes(id) ? cur.filter((x) => x !== id) : cur.length >= MAX_COMPARE ? cur : [...cur, id]));
  if (head.count === 0) return <p>{t.emptyCatalog}</p>;
  // Waiting for index.json: the first page as the head gives it where nothing asks for more, else nothing yet.
  const matching = all ? sortEntries(filterEntries(all, filter), sort) : needAll ? null : head.first;
  const rows = (matching ?? []).slice(0, limit);
  const setFilter = (next: CatalogFilter, opts?: { replace?: boolean }) => {
    setLimit(CATALOG_PAGE);
    navigate({ page: 'catalog', lang, ...(Object.keys(next).length > 0 ? { filter: next } : {}) }, opts);
  };
  // The facets: counted over every budget once known; the head's counts for the unfiltered list before.
  const valuesOf = (key: FacetKey): { value: string; count: number | null }[] =>
    all ? facetValues(all, filter, key) : isEmptyFilter(filter) ? head.facets[key] : head.facets[key].map((v) => ({ value: v.value, count: null }));
  const byId = new Map(known.map((b) => [b.id, b]));
  const cols: { key: CatalogSortKey; label: string; numeric?: boolean }[] = [
    { key: 'department', label: t.colDepartment },
    { key: 'region', label: t.colRegion },
    { key: 'year', label: t.colYear, numeric: true },
    { key: 'total', label: t.colTotal, numeric: true },
  ];
  const toggle = (key: CatalogSortKey) => setSort((cur) => nextSort(cur, key));

  return (
    <>
      <div className={styles.compareBar} data-testid="catalog-compare-bar">
        <button
          type="button"
          className={cx(styles.button, ui.button)}
          disabled={pickedInOrder.length < 2}
          onClick={() => navigate(compareRoute(pickedInOrder, lang))}
          data-testid="catalog-compare"
        >
          {t.compareSelected}
        </button>
        <span className={styles.compareCount} aria-live="polite">
          {t.compareSelectedCount(pickedInOrder.length)}
        </span>
        <span className={ui.help}>{t.compareSelectHelp}</span>
        <a className={styles.compareLink} href={formatHash(compareRoute([], lang))} data-testid="catalog-compare-page">
          {t.compareNav}
        </a>
      </div>
      <CatalogFilters
        valuesOf={valuesOf}
        total={head.count}
        filter={filter}
        shown={matching === null ? null : isEmptyFilter(filter) ? head.count : matching.length}
        onChange={setFilter}
      />
      {full && !full.ok && needAll ? <LoadErrorMessage error={full.reason} /> : null}
      {matching === null ? (
        <p className={ui.loading} data-testid="catalog-loading-all">
          {t.facets.loadingAll(head.count)}
        </p>
      ) : null}
      {matching?.length === 0 ? <p className={ui.notice}>{t.facets.none}</p> : null}
      <table className={styles.catalog} data-testid="catalog-table">
        <caption>
          {t.catalogCaption} · {av.mode === 'million' ? t.amounts.catalogNote : t.catalogUnitNote}
        </caption>
        <thead>
          <tr>
            {cols.map((c) => {
              const dir = sort?.key === c.key ? sort.dir : null;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={c.numeric ? styles.num : undefined}
                  aria-sort={dir === null ? undefined : dir === 'asc' ? 'ascending' : 'descending'}
                >
                  <button type="button" className={styles.sortButton} onClick={() => toggle(c.key)} data-testid={`sort-${c.key}`}>
                    {c.label}
                    <span aria-hidden="true" className={styles.sortMark}>
                      {dir === null ? ' ↕' : dir === 'asc' ? ' ▲' : ' ▼'}
                    </span>
                    <span className={ui.srOnly}>{t.paren(dir === null ? t.sortBy(c.label) : dir === 'asc' ? t.sortedAsc : t.sortedDesc)}</span>
                  </button>
                </th>
              );
            })}
            <th scope="col">{t.colChecks}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((b) => {
            const parent = b.partOf ? byId.get(b.partOf.budget) : undefined;
            const children = (b.contains ?? []).map((id) => byId.get(id)).filter((x): x is BudgetIndexEntry => x !== undefined);
            return (
              <tr key={b.id} data-testid={`catalog-row-${b.id}`}>
                <th scope="row" data-label={`${t.colDepartment}${t.colon}`}>
                  <input
                    type="checkbox"
                    className={styles.comparePick}
                    checked={picked.includes(b.id)}
                    onChange={() => togglePick(b.id)}
                    aria-label={t.compareSelectLabel(deptName(b, t), b.year)}
                    data-testid={`catalog-pick-${b.id}`}
                  />
                  {/* The budget's own page, which works without a script; a plain click stays in the app (data-hash). */}
                  <a {...pageLink(budgetRoute(b.id, lang))} data-testid={`catalog-link-${b.id}`}>
                    <PrintedName printed={b.department} en={b.departmentEn} />
                  </a>{' '}
                  <span className={kindBadge(b.kind)} data-testid={`catalog-kind-${b.id}`}>
                    {t.kinds[b.kind]}
                  </span>
                  {b.partOf ? (
                    <span className={styles.relationTag} data-testid={`catalog-partof-${b.id}`}>
                      {t.partOfNote(parent ? deptName(parent, t) : b.partOf.budget)}
                    </span>
                  ) : null}
                  {children.map((c) => (
                    <span key={c.id} className={styles.relationTag}>
                      {t.containsNote(deptName(c, t))}
                    </span>
                  ))}
                </th>
                <td data-label={`${t.colRegion}${t.colon}`}>
                  <PrintedName printed={b.region} en={b.regionEn} />
                </td>
                <td data-label={`${t.colYear}${t.colon}`} className={styles.num}>
                  {b.year}
                </td>
                <td data-label={`${t.colTotal}${t.colon}`} className={cx(styles.num, styles.total)}>
                  <span className={styles.amount} data-testid={`catalog-total-${b.id}`}>
                    {av.text(b.total, b.unit)}
                  </span>{' '}
                  <span className={styles.unit} data-testid={`catalog-unit-${b.id}`}>
                    {av.unit(b.unit)}
                  </span>
                </td>
                <td data-label={`${t.colChecks}${t.colon}`} className={styles.checks}>
                  <CatalogChecks entry={b} sourceIssues={b.sourceIssues} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {(matching === head.first ? head.count : (matching?.length ?? 0)) > rows.length ? (
        <button type="button" className={cx(ui.button, styles.more)} onClick={() => setLimit((n) => n + CATALOG_PAGE)} data-testid="catalog-more">
          {t.facets.more(Math.min(CATALOG_PAGE, (matching === head.first ? head.count : (matching?.length ?? 0)) - rows.length))}
        </button>
      ) : null}
      {pickedInOrder.length > 0 ? (
        // 比较 dock: once a budget is ticked, the count and the button stay at the bottom of the screen
        // (sticky, so at the end of the list it sits under the last row instead of over it), because on a
        // phone the bar above the table has scrolled out of sight by the time the second budget is ticked.
        <section className={styles.dock} aria-label={t.compareScale.dockLabel} data-testid="catalog-compare-dock">
          <span className={styles.compareCount} data-testid="catalog-dock-count">
            {t.compareScale.dockCount(pickedInOrder.length)}
          </span>
          <button type="button" className={cx(ui.button, ui.secondary, styles.dockButton)} onClick={() => setPicked([])} data-testid="catalog-dock-clear">
            {t.compareScale.dockClear}
          </button>
          <button
            type="button"
            className={cx(styles.button, ui.button, styles.dockButton)}
            disabled={pickedInOrder.length < 2}
            onClick={() => navigate(compareRoute(pickedInOrder, lang))}
            data-testid="catalog-dock-compare"
          >
            {t.compareSelected}
          </button>
        </section>
      ) : null}
    </>
  );
}

/**
 * 数据核对 in the catalog: contradictions (red where there are any), rounding differences apart and never
 * red, how many checks in all, and a marker where the source text lost something. Zero is said plainly.
 */
function CatalogChecks({ entry: b, sourceIssues }: { entry: BudgetIndexEntry; sourceIssues: number | undefined }) {
  const t = useT();
  const { passed, failed, rounding } = b.checks;
  return (
    <>
      <span className={cx(styles.checksCount, failed > 0 ? styles.checksFailed : styles.checksZero)} data-testid={`catalog-failed-${b.id}`} data-count={failed}>
        {t.catalogFailed(failed)}
      </span>
      <span className={cx(styles.checksCount, styles.checksRounding)} data-testid={`catalog-rounding-${b.id}`} data-count={rounding}>
        {t.catalogRounding(rounding)}
      </span>
      <span className={cx(styles.checksCount, styles.checksTotal)}>{t.catalogChecksTotal(passed + failed + rounding)}</span>
      {sourceIssues !== undefined && sourceIssues > 0 ? (
        <span className={styles.sourceIssueTag} data-testid={`catalog-issues-${b.id}`} data-count={sourceIssues}>
          {t.catalogSourceIssues(sourceIssues)}
        </span>
      ) : null}
    </>
  );
}
