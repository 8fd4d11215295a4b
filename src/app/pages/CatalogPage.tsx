import { useState } from 'react';
import type { BudgetIndex, BudgetIndexEntry } from '../../model/types';
import { compareAmounts, formatAmount } from '../../model/format';
import { budgetRoute, formatHash } from '../../state/route';
import { useAppStore } from '../../state/store';
import { selectLang } from '../../state/selectors';
import { useIndex } from '../useData';
import { useT } from '../i18n';
import { LoadErrorMessage } from '../components/LoadErrorMessage';

type SortKey = 'department' | 'region' | 'year' | 'total';
interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

const COMPARE: Record<SortKey, (a: BudgetIndexEntry, b: BudgetIndexEntry) => number> = {
  department: (a, b) => a.department.localeCompare(b.department, 'zh-CN'),
  region: (a, b) => a.region.localeCompare(b.region, 'zh-CN'),
  year: (a, b) => a.year - b.year,
  total: (a, b) => compareAmounts(a.total, b.total),
};

export function sortEntries(entries: readonly BudgetIndexEntry[], sort: Sort | null): BudgetIndexEntry[] {
  if (!sort) return [...entries];
  const sign = sort.dir === 'asc' ? 1 : -1;
  // Ties fall back to the id so the order is stable and the same on every load.
  return [...entries].sort((a, b) => sign * COMPARE[sort.key](a, b) || a.id.localeCompare(b.id));
}

/** 目录: every budget in index.json, sortable; no grand total (budgets may contain each other). */
export function CatalogPage() {
  const loaded = useIndex();
  const t = useT();
  return (
    <>
      <h1>{t.catalogTitle}</h1>
      <p className="lead">{t.whatIsBudget}</p>
      <p className="note" data-testid="no-grand-total">
        {t.noGrandTotal}
      </p>
      {loaded.ok ? <CatalogTable index={loaded.value} /> : <LoadErrorMessage error={loaded.error} />}
    </>
  );
}

function CatalogTable({ index }: { index: BudgetIndex }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const [sort, setSort] = useState<Sort | null>(null);
  if (index.budgets.length === 0) return <p>{t.emptyCatalog}</p>;
  const rows = sortEntries(index.budgets, sort);
  const byId = new Map(index.budgets.map((b) => [b.id, b]));
  const cols: { key: SortKey; label: string; numeric?: boolean }[] = [
    { key: 'department', label: t.colDepartment },
    { key: 'region', label: t.colRegion },
    { key: 'year', label: t.colYear, numeric: true },
    { key: 'total', label: t.colTotal, numeric: true },
  ];
  const toggle = (key: SortKey) =>
    setSort((cur) => (cur?.key === key ? { key, dir: cur.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'total' || key === 'year' ? 'desc' : 'asc' }));

  return (
    <table className="catalog" data-testid="catalog-table">
      <caption>
        {t.catalogCaption} · {t.unitLong}
      </caption>
      <thead>
        <tr>
          {cols.map((c) => {
            const dir = sort?.key === c.key ? sort.dir : null;
            return (
              <th
                key={c.key}
                scope="col"
                className={c.numeric ? 'num' : undefined}
                aria-sort={dir === null ? undefined : dir === 'asc' ? 'ascending' : 'descending'}
              >
                <button type="button" className="sort-button" onClick={() => toggle(c.key)} data-testid={`sort-${c.key}`}>
                  {c.label}
                  <span aria-hidden="true" className="sort-mark">
                    {dir === null ? ' ↕' : dir === 'asc' ? ' ▲' : ' ▼'}
                  </span>
                  <span className="sr-only">{dir === null ? `（${t.sortBy(c.label)}）` : `（${dir === 'asc' ? t.sortedAsc : t.sortedDesc}）`}</span>
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
              <th scope="row" data-label={t.colDepartment}>
                <a href={formatHash(budgetRoute(b.id, lang))} data-testid={`catalog-link-${b.id}`}>
                  {b.department}
                </a>
                {b.partOf ? (
                  <span className="relation-tag" data-testid={`catalog-partof-${b.id}`}>
                    {t.partOfNote(parent ? parent.department : b.partOf.budget)}
                  </span>
                ) : null}
                {children.map((c) => (
                  <span key={c.id} className="relation-tag">
                    {t.containsNote(c.department)}
                  </span>
                ))}
              </th>
              <td data-label={t.colRegion}>{b.region}</td>
              <td data-label={t.colYear} className="num">
                {b.year}
              </td>
              <td data-label={t.colTotal} className="num" data-testid={`catalog-total-${b.id}`}>
                {formatAmount(b.total)}
              </td>
              <td data-label={t.colChecks} className={b.checks.failed > 0 ? 'checks-failed' : 'checks-ok'}>
                {t.checksSummary(b.checks.passed, b.checks.failed)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
