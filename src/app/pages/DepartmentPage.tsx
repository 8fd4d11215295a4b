/**
 * 部门: one department's documents across names and years — the list, a trend of 支出总计 / 基本支出 /
 * 项目支出 in one scale, and a table of every headline figure and 功能分类 类 per document as printed.
 * Years without a document are named as gaps; a line a document does not print says 未列示, never 0.
 * Where a year has both a 部门预算 and a 部门决算, they are set side by side (PlanActualSection).
 * Reads the department's own file (data/departments/<id>.json: entries and trend figures, written at data
 * time) and the crosswalk, not the whole index nor every budget; only a year's 预算/决算 pair is loaded whole.
 */
import { PrintedName } from '../components/PrintedName';
import { deptName } from '../names';
import { shownName } from '../../model/englishName';
import { use, useEffect } from 'react';
import { crosswalkResource, departmentResource, indexResource } from '../../state/dataCache';
import { departmentFile } from '../../model/departmentFile';
import { budgetRoute, type Route } from '../../state/route';
import { pageLink } from '../../state/pagePath';
import { departmentTrend, type DepartmentTrend, type TrendRow } from '../../model/departmentTrend';
import { formatAmount } from '../../model/format';
import { amountView, usePageAmountMode } from '../amounts/amountView';
import type { BudgetIndexEntry } from '../../model/types';
import { TrendChart, type TrendSeries } from '../../charts/Trend/TrendChart';
import { useT } from '../i18n';
import { LoadErrorMessage } from '../components/LoadErrorMessage';
import { PlanActualSection } from './PlanActualSection';
import { kindBadge } from '../components/kindBadge';
import styles from './ManyPages.module.css';
import ui from '../../styles/ui.module.css';

type DepartmentRoute = Extract<Route, { page: 'department' }>;

export function DepartmentPage({ route }: { route: DepartmentRoute }) {
  const t = useT();
  const file = use(departmentResource(route.departmentId));
  const crosswalk = use(crosswalkResource());
  if (!file.ok) {
    // No file for the id — or a host that answers a missing file with its home page: the index, which
    // lists every department, says whether the site has this one (an old or mistyped link) or the file broke.
    const index = use(indexResource());
    if (index.ok && !index.value.budgets.some((e) => e.departmentId === route.departmentId)) return <p className={ui.notice}>{t.many.unknownDepartment}</p>;
    return <LoadErrorMessage error={file.reason} />;
  }
  if (!crosswalk.ok) return <LoadErrorMessage error={crosswalk.reason} />;
  const { entries, trend: inputs } = file.value;
  if (entries.length === 0) return <p className={ui.notice}>{t.many.unknownDepartment}</p>;
  const columns = entries.map((entry, i) => ({ entry, input: inputs[i] as (typeof inputs)[number] }));
  return (
    <DepartmentContent
      route={route}
      entries={entries}
      listedIn={`data/${departmentFile(route.departmentId)}`}
      trend={departmentTrend(columns, crosswalk.value)}
    />
  );
}

function DepartmentContent({
  route,
  entries,
  listedIn,
  trend,
}: {
  route: DepartmentRoute;
  entries: BudgetIndexEntry[];
  listedIn: string;
  trend: DepartmentTrend;
}) {
  const t = useT();
  const m = t.many;
  const names = [...new Set(entries.map((e) => e.department))];
  const latestEntry = entries.at(-1);
  const latest = latestEntry ? deptName(latestEntry, t) : route.departmentId;
  useEffect(() => {
    document.title = `${m.departmentTitle(latest)} · ${t.appName}`;
  }, [latest, m, t.appName]);
  const av = amountView(t, usePageAmountMode());
  const present = new Set(trend.columns.map((c) => c.year));
  const missing = trend.years.filter((y) => !present.has(y));
  // The chart: one point per year from the year's budget (a final account is its own series).
  const pointFor = (row: TrendRow, year: number, finals: boolean) => {
    const i = trend.columns.findIndex((c) => c.year === year && (c.kind === 'final') === finals);
    const c = i < 0 ? null : row.cells[i];
    // The chart's one scale is 万元 (exact); its labels in the page's mode (English: 百万元, exact).
    return c ? { wan: c.wan, label: av.text(c.wan, '万元') } : null;
  };
  const rowOf = (level: TrendRow['level']) => trend.rows.find((r) => r.level === level);
  const series: TrendSeries[] = [];
  for (const [level, label] of [
    ['total', m.seriesTotal],
    ['basic', m.seriesBasic],
    ['project', m.seriesProject],
  ] as const) {
    const row = rowOf(level);
    if (row && trend.columns.some((c) => c.kind !== 'final')) series.push({ key: level, label, points: trend.years.map((y) => pointFor(row, y, false)) });
  }
  const total = rowOf('total');
  if (total && trend.columns.some((c) => c.kind === 'final'))
    series.push({ key: 'final', label: m.seriesFinal, points: trend.years.map((y) => pointFor(total, y, true)) });

  const rowLabel = (r: TrendRow) =>
    r.level === 'total'
      ? m.seriesTotal
      : r.level === 'basic'
        ? m.seriesBasic
        : r.level === 'project'
          ? m.seriesProject
          : `${r.code} ${[...new Set(r.names.map((n) => shownName(n.name, n.nameEn, t.names.englishNames)))].join(' / ')}`;
  return (
    <article className={styles.page} data-testid="department-page" data-department={route.departmentId}>
      <h1>{m.departmentTitle(latest)}</h1>
      <p>{m.departmentIntro}</p>
      {names.length > 1 ? (
        <p className={ui.meta} data-testid="department-names">
          {m.departmentNames}:{' '}
          <span lang="zh-CN" data-printed-name="">
            {names.join(' · ')}
          </span>
        </p>
      ) : null}
      <h2>{m.documentsTitle}</h2>
      <ul className={styles.docs} data-testid="department-documents">
        {trend.columns.map((e) => (
          <li key={e.id}>
            <a {...pageLink(budgetRoute(e.id, route.lang))} data-testid="department-document" data-budget={e.id}>
              {e.year} <span className={kindBadge(e.kind)}>{t.kinds[e.kind]}</span> <PrintedName printed={e.department} en={e.departmentEn} />
            </a>{' '}
            <span className={ui.meta}>
              {av.text(e.total, e.unit)} {av.unit(e.unit)}
            </span>
          </li>
        ))}
      </ul>
      {missing.length > 0 ? (
        <p className={ui.meta} data-testid="department-missing">
          {m.missingYears(missing.join(', '))}
        </p>
      ) : null}
      <TrendChart
        years={trend.years}
        series={series}
        words={{ title: m.trendTitle, unit: av.mode === 'million' ? av.unitShort('万元') : m.trendUnit, noDocument: m.noDocument }}
      />
      <h2>{m.tableTitle}</h2>
      <div className={styles.scroll}>
        <table className={styles.table} data-testid="department-table">
          <thead>
            <tr>
              <th scope="col">{m.colLine}</th>
              {trend.columns.map((c) => (
                <th key={c.id} scope="col" className={styles.num}>
                  {m.colDoc(c.year, c.kind)}
                  <span className={styles.unitHead}>{c.unit}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trend.rows.map((r) => (
              <tr key={r.key} data-testid="department-row" data-key={r.key}>
                <th scope="row">
                  {rowLabel(r)}
                  {r.names.length > 1 ? (
                    <span className={styles.flag} title={r.reason ? `${m.crosswalkReason}: ${r.reason}` : undefined}>
                      {m.namesDiffer}
                    </span>
                  ) : null}
                </th>
                {r.cells.map((c, i) => (
                  <td key={trend.columns[i]?.id ?? i} className={styles.num}>
                    {c ? (
                      <>
                        {formatAmount(c.printed)}
                        {c.computed ? <span className={styles.note}> ({m.computedSum})</span> : null}
                      </>
                    ) : (
                      <span className={styles.missing}>{m.notPrinted}</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PlanActualSection entries={entries} listedIn={listedIn} lang={route.lang} />
    </article>
  );
}
