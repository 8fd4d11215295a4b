/**
 * One drillable table (@tanstack/react-table v8): sort by any column (amounts compared as decimals), text
 * filter (ancestors of a match stay visible), expand/collapse, totals row, CSV of exactly what is shown, and
 * every amount clickable for its source.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  getCoreRowModel,
  getExpandedRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ExpandedState,
  type FilterFn,
  type Row,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useScrollCue } from './useScrollCue';
import { findRow, findRows, rowMatches, tableCsv, type AmountCell, type ColumnSpec, type TableModel, type TableRow, type TableSort } from '../model/tableRows';
import { formatAmount, formatShare } from '../model/format';
import { csvFileName } from '../model/csv';
import type { Budget } from '../model/types';
import { SourceNote } from './SourceNote';
import { buildColumns, cellClass, displayName, ROW_CLASS } from './tableColumns';
import { TableHead } from './TableHead';
import { TableTotals } from './TableTotals';
import { columnLabel, type TableWords } from './words';
import { downloadText } from './download';
import styles from './DataTable.module.css';
import ui from '../styles/ui.module.css';
import { cx } from '../styles/cx';

/** The deepest indentation (depth classes in styles/ui.module.css: a class, as the CSP refuses style attributes). */
const MAX_INDENT = 6;

export interface DataTableProps {
  model: TableModel;
  budget: Budget;
  /** Everything the table says, in the page's language (the app builds it from its catalog). */
  words: TableWords;
  /** Mark the rows whose code is this (a search hit): open their tree, scroll to the first, outline them. */
  focusRow?: string;
  /** Sort and filter from the URL; with onQueryChange they are controlled by the caller, else local state. */
  sort?: TableSort;
  filter?: string;
  onQueryChange?: (query: { sort?: TableSort; filter?: string }) => void;
}

/** The sort the table can apply: a column it has, else none (a link from another tab or version). */
function sortingOf(model: TableModel, sort: TableSort | undefined): SortingState {
  return sort && model.columns.some((c) => c.key === sort.column) ? [{ id: sort.column, desc: sort.desc }] : [];
}

/** The rows as the view sorts and filters them, with every kept sub-row (expanded or not): the CSV's tree. */
function shownTree(rows: readonly Row<TableRow>[]): TableRow[] {
  return rows.map((r) => ({ ...r.original, subRows: shownTree(r.subRows) }));
}

// Moved to the model (tableRows/findRows.ts); exported here too for the callers that import it from the table.
export { findRows };

export function DataTable({ model, budget, words: t, focusRow, sort, filter, onQueryChange }: DataTableProps) {
  // The marked rows are found once (the component is keyed by the row): their tree starts open, and a
  // project's description starts open too (a search may have matched its text).
  const focus = useMemo(() => (focusRow === undefined ? null : findRows(model.rows, focusRow)), [model, focusRow]);
  const [localSorting, setLocalSorting] = useState<SortingState>(() => sortingOf(model, sort));
  const [localFilter, setLocalFilter] = useState(filter ?? '');
  // One array per sort, not per render: the table re-derives its rows (and resets expansion) when it changes.
  const sortColumn = sort?.column;
  const sortDesc = sort?.desc === true;
  const urlSorting = useMemo(
    () => sortingOf(model, sortColumn === undefined ? undefined : { column: sortColumn, desc: sortDesc }),
    [model, sortColumn, sortDesc],
  );
  const sorting = onQueryChange ? urlSorting : localSorting;
  const globalFilter = onQueryChange ? (filter ?? '') : localFilter;
  const setSorting = (u: Updater<SortingState>) => {
    const next = typeof u === 'function' ? u(sorting) : u;
    const first = next[0];
    if (onQueryChange) onQueryChange({ ...(first ? { sort: { column: first.id, desc: first.desc } } : {}), ...(globalFilter ? { filter: globalFilter } : {}) });
    else setLocalSorting(next);
  };
  const setGlobalFilter = (v: string) => {
    const first = sorting[0];
    if (onQueryChange) onQueryChange({ ...(first ? { sort: { column: first.id, desc: first.desc } } : {}), ...(v ? { filter: v } : {}) });
    else setLocalFilter(v);
  };
  // A filter from the link opens the tree, as typing one does.
  const [expanded, setExpanded] = useState<ExpandedState>(() => (filter?.trim() ? true : Object.fromEntries((focus?.ancestors ?? []).map((id) => [id, true]))));
  const scrollCue = useScrollCue<HTMLDivElement>();
  const [openNote, setOpenNote] = useState<string | null>(null);
  const [noteAnchor, setNoteAnchor] = useState<HTMLElement | null>(null);
  const [openDetail, setOpenDetail] = useState<Set<string>>(() => new Set(focus?.ids ?? []));
  const blockRef = useRef<HTMLDivElement>(null);
  const focusKey = focus?.ids[0];
  useEffect(() => {
    if (focusKey === undefined) return;
    const el = blockRef.current?.querySelector<HTMLElement>(`tr[data-row-id="${CSS.escape(focusKey)}"]`);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [focusKey]);
  const columns = useMemo(() => buildColumns(model), [model]);
  const specs = useMemo(() => new Map(model.columns.map((c) => [c.key, c])), [model]);
  const hasCode = model.columns.some((c) => c.kind === 'code');

  const globalFilterFn = useMemo<FilterFn<TableRow>>(
    () => (row, _columnId, value) => {
      return rowMatches(row.original, String(value ?? ''), displayName(row.original, t));
    },
    [t],
  );

  const table = useReactTable<TableRow>({
    data: model.rows,
    columns,
    state: { sorting, globalFilter, expanded },
    onSortingChange: setSorting,
    onGlobalFilterChange: (u) => setGlobalFilter(String(typeof u === 'function' ? u(globalFilter) : (u ?? ''))),
    onExpandedChange: setExpanded,
    getRowId: (r) => r.id,
    getSubRows: (r) => r.subRows,
    getRowCanExpand: (r) => r.original.subRows.length > 0,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
    // Keep the parents of a matching row, so that a match deep in the tree is shown in its place.
    filterFromLeafRows: true,
    globalFilterFn,
    // One pass per row is enough: the filter looks at code, name and text columns together.
    getColumnCanGlobalFilter: (col) => col.id === 'name',
    enableSortingRemoval: true,
  });

  const rows = table.getRowModel().rows;
  const visibleSpecs = model.columns;
  const closeNote = useCallback(() => setOpenNote(null), []);

  const onFilter = (v: string) => {
    setGlobalFilter(v);
    // Show every match: open the tree while filtering.
    if (v.trim() !== '') setExpanded(true);
  };

  const downloadCsv = () => {
    // The whole table as sorted and filtered, every row of the tree whether expanded or not; the totals of exactly
    // those rows; a column with the unit of every amount and one with where each row's figures come from.
    const csv = tableCsv(
      model,
      shownTree(table.getPreExpandedRowModel().rows),
      budget,
      { ...t, unitValue: t.unitValue(budget.unit), columnLabel: (c) => columnLabel(c.label, t, c.incomeKey), displayName: (r) => displayName(r, t) },
      globalFilter,
    );
    downloadText(csv, csvFileName(budget.id, model.id), 'text/csv;charset=utf-8');
  };

  const toggleDetail = (id: string) =>
    setOpenDetail((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const amountButton = (key: string, cell: AmountCell, what: string, note?: string) => (
    <span className={styles.amountWrap}>
      <button
        type="button"
        className={cx(styles.amount, cell.computed && styles.isComputed)}
        data-amount={cell.amount}
        aria-haspopup="dialog"
        aria-expanded={openNote === key}
        onClick={(e) => {
          setNoteAnchor(e.currentTarget);
          setOpenNote((k) => (k === key ? null : key));
        }}
      >
        {(t.formatAmount ?? formatAmount)(cell.amount)}
        {cell.computed ? (
          <span className={styles.computedMark} role="img" aria-label={t.computedMark}>
            Σ
          </span>
        ) : null}
      </button>
      {openNote === key ? (
        <SourceNote budget={budget} cell={cell} what={what} t={t} anchor={noteAnchor} onClose={closeNote} {...(note ? { note } : {})} />
      ) : null}
    </span>
  );

  const renderCell = (row: Row<TableRow>, spec: ColumnSpec) => {
    const r = row.original;
    const content = (() => {
      switch (spec.kind) {
        case 'code':
          return (
            <span className={styles.code} data-testid="tables-code">
              {r.code}
            </span>
          );
        case 'name':
          return (
            <span className={styles.name} data-testid="tables-name" title={t.englishNames && r.nameEn ? r.name : undefined}>
              {/* On phones the code column is hidden and the code shown here instead (DataTable.module.css). */}
              {hasCode && r.code ? <span className={styles.inlineCode}>{r.code} </span> : null}
              {displayName(r, t)}
              {(() => {
                // 原文如此: the name stays as printed, marked where the crosswalk knows it is a misprint.
                const sic = t.misprint?.(model.id, r.code, r.name);
                return sic ? (
                  <span className={styles.sic} title={sic.title} data-testid="tables-sic">
                    {sic.mark}
                  </span>
                ) : null;
              })()}
            </span>
          );
        case 'text':
          return r.texts[spec.key] ?? '';
        case 'share':
          return formatShare(r.share);
        case 'amount': {
          const cell = r.amounts[spec.key];
          if (!cell && r.unlisted?.includes(spec.key))
            return (
              <span className={styles.unlisted} title={t.notPrintedNote} data-testid="tables-unlisted">
                {t.notPrinted}
              </span>
            );
          if (!cell) return <span className={styles.na}>—</span>;
          return amountButton(`${r.id}|${spec.key}`, cell, `${displayName(r, t)} · ${columnLabel(spec.label, t, spec.incomeKey)}`);
        }
      }
    })();
    if (spec.kind !== 'name') return content;
    // The name column carries the tree: indentation by depth and the expand/collapse button.
    const canTree = row.getCanExpand();
    const hasDetail = r.detail !== undefined;
    return (
      <span className={cx(styles.first, ui[`depth${Math.min(row.depth, MAX_INDENT)}`])}>
        {canTree ? (
          <button
            type="button"
            className={styles.expander}
            aria-expanded={row.getIsExpanded()}
            aria-label={`${row.getIsExpanded() ? t.collapse : t.expand} ${displayName(r, t)}`}
            onClick={row.getToggleExpandedHandler()}
            data-testid={`tables-expand-${r.id}`}
          >
            {row.getIsExpanded() ? '▾' : '▸'}
          </button>
        ) : hasDetail ? (
          <button
            type="button"
            className={styles.expander}
            aria-expanded={openDetail.has(r.id)}
            aria-label={`${t.showDetail}: ${r.name}`}
            onClick={() => toggleDetail(r.id)}
            data-testid={`tables-expand-${r.id}`}
          >
            {openDetail.has(r.id) ? '▾' : '▸'}
          </button>
        ) : (
          <span className={styles.expanderSpace} aria-hidden="true" />
        )}
        {content}
      </span>
    );
  };

  const allExpanded = table.getIsAllRowsExpanded();
  const treeLike = model.rows.some((r) => r.subRows.length > 0);

  const focusedRow = focus && focus.ids.length > 0 ? findRow(model.rows, focus.ids[0] ?? '') : null;
  return (
    <div ref={blockRef}>
      {focusRow !== undefined ? (
        <p className={cx(styles.focusNote, !focusedRow && styles.isMissing)} role="status" data-testid="tables-focus-note">
          {focusedRow ? t.focused(`${focusedRow.kind === 'project' ? '' : `${focusedRow.code} `}${displayName(focusedRow, t)}`) : t.focusMissing(focusRow)}
        </p>
      ) : null}
      <div className={styles.toolbar}>
        <label className={styles.filter}>
          <span>{t.filter}</span>
          <input type="search" value={globalFilter} placeholder={t.filterPlaceholder} onChange={(e) => onFilter(e.target.value)} data-testid="tables-filter" />
        </label>
        {treeLike ? (
          <button type="button" onClick={() => table.toggleAllRowsExpanded(!allExpanded)} data-testid="tables-expand-all">
            {allExpanded ? t.collapseAll : t.expandAll}
          </button>
        ) : null}
        <button type="button" onClick={downloadCsv} data-testid="tables-csv">
          {t.csv}
        </button>
        <span className={styles.count} aria-live="polite">
          {t.rows(rows.length)}
        </span>
      </div>
      {/* Above the table, where the reader is looking before scrolling down a long one. */}
      {scrollCue.left || scrollCue.right ? (
        <p className={styles.scrollHint} data-testid="tables-scroll-hint">
          {scrollCue.left ? '← ' : ''}
          {t.scrollHint}
          {scrollCue.right ? ' →' : ''}
        </p>
      ) : null}
      <div className={cx(styles.scrollFrame, scrollCue.left && styles.moreLeft, scrollCue.right && styles.moreRight)}>
        <div className={styles.scroll} ref={scrollCue.ref} data-testid="tables-scroll">
          <table className={cx(styles.table, model.id === 'projects' && styles.tableProjects)} data-testid={`tables-table-${model.id}`}>
            <caption className={ui.srOnly}>
              {t.tabs[model.id]} · {t.unitNote(budget.unit)}
            </caption>
            <TableHead table={table} specs={specs} t={t} />
            <tbody>
              {rows.length === 0 ? (
                <tr>
                  <td colSpan={visibleSpecs.length} className={styles.empty} data-testid="tables-empty">
                    {t.noRows}
                  </td>
                </tr>
              ) : null}
              {rows.flatMap((row) => {
                const r = row.original;
                const marked = focus?.ids.includes(r.id) === true;
                const main = (
                  <tr
                    key={row.id}
                    data-testid={`tables-row-${r.id}`}
                    data-row-id={r.id}
                    data-depth={row.depth}
                    className={cx(ROW_CLASS[r.kind], marked && styles.rowFocus)}
                    {...(marked ? { 'data-focused': 'true', 'aria-current': 'true' as const, tabIndex: -1 } : {})}
                  >
                    {visibleSpecs.map((spec) => (
                      <td key={spec.key} className={cellClass(spec)}>
                        {renderCell(row, spec)}
                      </td>
                    ))}
                  </tr>
                );
                if (!r.detail || !openDetail.has(r.id)) return [main];
                return [
                  main,
                  <tr key={`${row.id}:detail`} className={styles.detail} data-testid={`tables-detail-${r.id}`}>
                    <td colSpan={visibleSpecs.length}>
                      <dl>
                        {(['content', 'targets', 'indicators'] as const).map((k) =>
                          r.detail?.[k] ? (
                            <div key={k}>
                              <dt>{t.detail[k]}</dt>
                              <dd>{r.detail[k]}</dd>
                            </div>
                          ) : null,
                        )}
                      </dl>
                    </td>
                  </tr>,
                ];
              })}
            </tbody>
            <TableTotals model={model} t={t} amountButton={amountButton} />
          </table>
        </div>
      </div>
    </div>
  );
}
