/**
 * 预算与决算对照 on the department page: for each year with both a 部门预算 and a 部门决算, planned against
 * spent per 功能分类 类 / 款 / 项 and per 经济分类 类, with the difference and the 执行率 worked out exactly in
 * the model (planVsActual.ts). Printed figures stay as printed with their unit. Only the two documents
 * of such a year are loaded whole; the department page itself reads none.
 */
import { budgetRoute } from '../../state/route';
import { pageLink } from '../../state/pagePath';
import { formatRate, planActualPairs, planVsActual, type PlanActualFigure, type PlanActualRow } from '../../model/planVsActual';
import { formatAmount, formatDifference } from '../../model/format';
import { Suspense, use } from 'react';
import type { BudgetIndexEntry } from '../../model/types';
import { budgetResourceOf } from '../../state/dataCache';
import type { PlanActualPair } from '../../model/planVsActual';
import { LoadErrorMessage } from '../components/LoadErrorMessage';
import type { Lang } from '../../model/lang';
import { useT } from '../i18n';
import styles from './ManyPages.module.css';
import ui from '../../styles/ui.module.css';

export function PlanActualSection({ entries, listedIn, lang }: { entries: BudgetIndexEntry[]; listedIn: string; lang: Lang }) {
  const t = useT();
  const w = t.planActual;
  const loading = t.loading;
  const pairs = planActualPairs(entries);
  if (pairs.length === 0)
    return (
      <p className={ui.meta} data-testid="plan-actual-none">
        {w.none}
      </p>
    );
  return (
    <>
      {pairs.map((pair) => (
        // Its own boundary: the trend above stays on screen while the year's two documents load.
        <Suspense key={pair.actual.id} fallback={<p className={ui.meta}>{loading}</p>}>
          <PlanActualYear pair={pair} listedIn={listedIn} lang={lang} />
        </Suspense>
      ))}
    </>
  );
}

function PlanActualYear({ pair, listedIn, lang }: { pair: PlanActualPair; listedIn: string; lang: Lang }) {
  const w = useT().planActual;
  const plan = use(budgetResourceOf(pair.plan, listedIn));
  const actual = use(budgetResourceOf(pair.actual, listedIn));
  if (!plan.ok) return <LoadErrorMessage error={plan.reason} />;
  if (!actual.ok) return <LoadErrorMessage error={actual.reason} />;
  const result = planVsActual(pair, plan.value, actual.value);
  return (
    <section data-testid="plan-actual" data-year={pair.year}>
      <h2>{w.title(pair.year)}</h2>
      <p>
        {w.intro} <a {...pageLink(budgetRoute(pair.plan.id, lang))}>{w.planLink}</a> · <a {...pageLink(budgetRoute(pair.actual.id, lang))}>{w.actualLink}</a>
      </p>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{w.colLine}</th>
              <th scope="col" className={styles.num}>
                {w.colPlan}
              </th>
              <th scope="col" className={styles.num}>
                {w.colActual}
              </th>
              <th scope="col" className={styles.num}>
                {w.colDifference}
              </th>
              <th scope="col" className={styles.num}>
                {w.colRate}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r, i) => (
              <PlanActualLine key={r.key} row={r} head={headBefore(result.rows, i, w.functionalHead, w.economicHead)} />
            ))}
          </tbody>
        </table>
      </div>
      <p className={ui.meta}>{w.rateNote}</p>
    </section>
  );
}

/** A heading row where the functional or the economic lines begin. */
function headBefore(rows: PlanActualRow[], i: number, functional: string, economic: string): string | null {
  const r = rows[i];
  const prev = rows[i - 1];
  if (!r || !prev) return null;
  const group = (x: PlanActualRow) => (x.level === 'economic' ? 'e' : x.code === undefined ? 'h' : 'f');
  if (group(r) === group(prev)) return null;
  return group(r) === 'f' ? functional : economic;
}

function PlanActualLine({ row, head }: { row: PlanActualRow; head: string | null }) {
  const w = useT().planActual;
  const label =
    row.level === 'total' ? w.rowTotal : row.level === 'basic' ? w.rowBasic : row.level === 'project' ? w.rowProject : `${row.code} ${row.names.join(' / ')}`;
  // 款 and 项 are indented under their 类 (the codes are in order, so they follow it).
  const indent = row.level === 'kuan' ? 1 : row.level === 'xiang' ? 2 : 0;
  const cell = (f: PlanActualFigure | null) =>
    f ? (
      <>
        {formatAmount(f.printed)} <span className={styles.note}>{f.unit}</span>
      </>
    ) : (
      <span className={styles.missing}>{w.notPrinted}</span>
    );
  return (
    <>
      {head ? (
        <tr>
          <th scope="colgroup" colSpan={5}>
            <strong>{head}</strong>
          </th>
        </tr>
      ) : null}
      <tr data-testid="plan-actual-row" data-key={row.key} data-rate={row.rate ?? ''} data-difference={row.difference ?? ''}>
        <th scope="row" className={indent === 2 ? styles.indent2 : indent === 1 ? styles.indent1 : undefined}>
          {label}
        </th>
        <td className={styles.num}>{cell(row.plan)}</td>
        <td className={styles.num}>{cell(row.actual)}</td>
        <td className={styles.num}>{row.difference === null ? <span className={styles.missing}>—</span> : formatDifference(row.difference)}</td>
        <td className={styles.num}>{row.rate === null ? <span className={styles.missing}>{w.noRate}</span> : `${formatRate(row.rate)}%`}</td>
      </tr>
    </>
  );
}
