/**
 * 地区: every department of a region in a year, what the region's total adds up and what it leaves out
 * (a budget inside another is never added again: 000 is unit 550004 of 001), as a treemap and a table.
 */
import { PrintedName } from '../components/PrintedName';
import { deptName, regionNameOf } from '../names';
import { useEffect } from 'react';
import { budgetRoute, type Route } from '../../state/route';
import { pageLink } from '../../state/pagePath';
import { regionSummary, type RegionGroup } from '../../model/region';
import { formatAmount } from '../../model/format';
import { RegionTreemap } from '../../charts/Region/RegionTreemap';
import { useIndex } from '../useData';
import { useT } from '../i18n';
import { LoadErrorMessage } from '../components/LoadErrorMessage';
import styles from './ManyPages.module.css';
import ui from '../../styles/ui.module.css';
import { amountView } from '../amounts/amountView';
import { effectiveAmountMode } from '../../model/displayAmount';

type RegionRoute = Extract<Route, { page: 'region' }>;

export function RegionPage({ route }: { route: RegionRoute }) {
  const t = useT();
  const index = useIndex();
  // The region's English name from any catalog entry of it (data/names-en.json), else as in the address.
  const regionEn = index.ok ? index.value.budgets.find((b) => b.region === route.region)?.regionEn : undefined;
  const title = t.many.regionTitle(regionNameOf({ region: route.region, ...(regionEn ? { regionEn } : {}) }, t), route.year);
  useEffect(() => {
    document.title = `${title} · ${t.appName}`;
  }, [title, t.appName]);
  if (!index.ok) return <LoadErrorMessage error={index.reason} />;
  const summary = regionSummary(index.value, route.region, route.year);
  return (
    <article className={styles.page} data-testid="region-page">
      <h1>{title}</h1>
      <p>{t.many.regionIntro}</p>
      {summary === null ? (
        <p className={ui.notice}>{t.many.unknownRegion}</p>
      ) : (
        summary.groups.map((g) => <RegionGroupView key={g.kind} group={g} route={route} regionEn={regionEn} />)
      )}
    </article>
  );
}

function RegionGroupView({ group, route, regionEn }: { group: RegionGroup; route: RegionRoute; regionEn: string | undefined }) {
  const t = useT();
  const m = t.many;
  // The budget's page (works without a script), its hash followed by a plain click (pagePath.pageLink).
  const link = (id: string) => pageLink(budgetRoute(id, route.lang));
  // Summed in 万元 (exact); shown so, or in million yuan (English by default), converted exactly.
  const av = amountView(t, effectiveAmountMode(route.lang, undefined));
  const converted = av.mode === 'million' || group.included.some((i) => i.entry.unit !== '万元');
  return (
    <section className={styles.group} data-testid="region-group" data-kind={group.kind}>
      <h2>{m.regionGroupTitle(group.kind, group.included.length + group.excluded.length)}</h2>
      <p className={styles.total} data-testid="region-total" data-wan={group.totalWan}>
        {m.regionTotal(av.text(group.totalWan, '万元'), av.unit('万元'))}
      </p>
      <p className={ui.meta}>
        {m.regionSumOf(group.included.length)} {converted ? m.regionConverted : ''}
      </p>
      {group.excluded.map((x) => (
        <p key={x.member.entry.id} className={ui.notice} data-testid="region-left-out" data-budget={x.member.entry.id}>
          {m.regionLeftOut(`${deptName(x.member.entry, t)} ${x.member.entry.year}`, `${deptName(x.insideOf, t)} ${x.insideOf.year}`, x.unitCode)}
        </p>
      ))}
      <RegionTreemap
        label={m.regionTreemapLabel(regionNameOf({ region: route.region, ...(regionEn ? { regionEn } : {}) }, t), route.year)}
        cells={group.included.map((i) => ({
          key: i.entry.id,
          name: deptName(i.entry, t),
          amountLabel: `${av.text(i.totalWan, '万元')} ${av.unit('万元')}`,
          wan: i.totalWan,
          ...link(i.entry.id),
        }))}
      />
      <div className={styles.scroll}>
        <table className={styles.table} data-testid="region-table">
          <thead>
            <tr>
              <th scope="col">{m.colBudget}</th>
              <th scope="col" className={styles.num}>
                {m.colTotal}
              </th>
              <th scope="col">{m.colInTotal}</th>
            </tr>
          </thead>
          <tbody>
            {[...group.included.map((i) => ({ member: i, inTotal: true })), ...group.excluded.map((x) => ({ member: x.member, inTotal: false }))].map(
              ({ member, inTotal }) => (
                <tr key={member.entry.id} data-testid="region-row" data-budget={member.entry.id} data-in-total={inTotal}>
                  <th scope="row">
                    <a {...link(member.entry.id)}>
                      <PrintedName printed={member.entry.department} en={member.entry.departmentEn} />
                    </a>
                  </th>
                  <td className={styles.num}>
                    {formatAmount(member.entry.total)} {t.unit(member.entry.unit)}
                  </td>
                  <td>{inTotal ? m.inTotalYes : m.inTotalNo}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
