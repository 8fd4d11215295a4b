/**
 * 明细表: the budget as drillable tables — 功能分类 / 经济分类 / 单位 / 项目. Props-driven (budget + words); the
 * tab comes from the URL where the app passes it (`tab` + `onTabChange`), else it is local state; the
 * chosen unit is local state. `row` marks one row (a search hit): its tree is opened, it is scrolled into
 * view and outlined. Rows come from src/model/tableRows.ts; DataTable sorts, filters, expands, totals
 * and exports them.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { availableTables, buildTable, type TableId, type TableSort } from '../model/tableRows';
import type { Budget } from '../model/types';
import { DataTable } from './DataTable';
import type { TableWords } from './words';
import styles from './TablesView.module.css';

export interface TablesViewProps {
  budget: Budget;
  /** Everything the view says, in the page's language (the app builds it from its catalog). */
  words: TableWords;
  /** The tab to show (from the URL); with onTabChange the tab is controlled by the caller. */
  tab?: TableId;
  onTabChange?: (tab: TableId) => void;
  /** A row to mark and scroll to: a code, project id or unit code (matched against each row's code). */
  row?: string;
  /** Sort and filter of the shown tab (from the URL); with onQueryChange the caller keeps them. */
  sort?: TableSort;
  filter?: string;
  onQueryChange?: (query: { sort?: TableSort; filter?: string }) => void;
  /** A chart-only embed: the one table the link names, its name in place of the tabs. */
  chartOnly?: boolean;
}

export function TablesView({ budget, words: t, tab, onTabChange, row, sort, filter, onQueryChange, chartOnly = false }: TablesViewProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const tabs = useMemo(() => availableTables(budget), [budget]);
  const [localTab, setLocalTab] = useState<TableId | null>(null);
  const chosen = onTabChange ? (tab ?? null) : (localTab ?? tab ?? null);
  const setChosen = (id: TableId) => (onTabChange ? onTabChange(id) : setLocalTab(id));
  const current: TableId | undefined = chosen && tabs.includes(chosen) ? chosen : tabs[0];
  // A marked row belongs to the tab it was asked for; on another tab nothing is marked.
  const focusRow = row !== undefined && (tab === undefined || tab === current) ? row : undefined;
  const [unit, setUnit] = useState<string>('');
  const model = useMemo(() => (current ? buildTable(budget, current, current === 'functional' && unit !== '' ? { unit } : {}) : null), [budget, current, unit]);

  const onTabKey = (e: KeyboardEvent, id: TableId) => {
    // Arrow keys move between tabs (WAI-ARIA tabs pattern).
    const i = tabs.indexOf(id);
    const next = e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length] : e.key === 'ArrowLeft' ? tabs[(i - 1 + tabs.length) % tabs.length] : undefined;
    if (next) {
      e.preventDefault();
      setChosen(next);
      document.getElementById(`bt-${uid}-tab-${next}`)?.focus();
    }
  };

  const panel = (
    <>
      {model?.unitOptions ? (
        <label className={styles.scope}>
          <span>{t.scope}</span>
          <select value={unit} onChange={(e) => setUnit(e.target.value)} data-testid="tables-unit">
            <option value="">{t.department}</option>
            {model.unitOptions.map((u) => (
              <option key={u.key} value={u.key}>
                {u.key} {u.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {/* Keyed by table, scope and marked row: sorting, filter and expansion start fresh for each. */}
      {model ? (
        <DataTable
          key={`${model.id}:${unit}:${focusRow ?? ''}`}
          model={model}
          budget={budget}
          words={t}
          {...(focusRow !== undefined ? { focusRow } : {})}
          {...(sort !== undefined ? { sort } : {})}
          {...(filter !== undefined ? { filter } : {})}
          {...(onQueryChange ? { onQueryChange } : {})}
        />
      ) : null}
    </>
  );
  return (
    <section className={styles.tables} data-testid="tables-view" lang={t.htmlLang} aria-labelledby={`bt-${uid}-title`}>
      <h2 id={`bt-${uid}-title`} className={styles.title}>
        {t.title}{' '}
        <span className={styles.unit} data-testid="tables-unit">
          {t.unitNote(budget.unit)}
        </span>
      </h2>
      {chartOnly ? (
        <p className={styles.tableName} data-testid="tables-name-only">
          {current ? t.tabs[current] : null}
        </p>
      ) : (
        <div role="tablist" aria-label={t.tablistLabel} className={styles.tabs}>
          {tabs.map((id) => (
            <button
              key={id}
              id={`bt-${uid}-tab-${id}`}
              type="button"
              role="tab"
              aria-selected={id === current}
              aria-controls={`bt-${uid}-panel`}
              tabIndex={id === current ? 0 : -1}
              className={styles.tab}
              onClick={() => setChosen(id)}
              onKeyDown={(e) => onTabKey(e, id)}
              data-testid={`tables-tab-${id}`}
            >
              {t.tabs[id]}
            </button>
          ))}
        </div>
      )}
      {chartOnly ? (
        <div id={`bt-${uid}-panel`}>{panel}</div>
      ) : (
        <div role="tabpanel" id={`bt-${uid}-panel`} aria-labelledby={current ? `bt-${uid}-tab-${current}` : undefined}>
          {panel}
        </div>
      )}
    </section>
  );
}
