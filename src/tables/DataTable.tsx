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
  type ColumnDef,
  type ExpandedState,
  type FilterFn,
  type Row,
  type SortingState,
} from '@tanstack/react-table';
import {
  compareCells,
  compareShares,
  findRow,
  findRows,
  hasPrintedTotals,
  rowMatches,
  tableCsv,
  totalsShare as totalsShareOf,
  type AmountCell,
  type ColumnSpec,
  type TableModel,
  type TableRow,
} from '../model/tableRows';
import { formatAmount, formatDifference, formatShare } from '../model/format';
import { csvFileName } from '../model/csv';
import type { Budget } from '../model/types';
import type { Dec } from '../model/decimal';
import { SourceNote } from './SourceNote';
import { columnLabel, type TableWords } from './words';
import { downloadText } from './download';
import styles from './DataTable.module.css';
import ui from '../styles/ui.module.css';
import { cx } from '../styles/cx';

export interface DataTableProps {
  model: TableModel;
  budget: Budget;
  /** Everything the table says, in the page's language (the app builds it from its catalog). */
  words: TableWords;
  /** Mark the rows whose code is this (a search hit): open their tree, scroll to the first, outline them. */
  focusRow?: string;
}

// Moved to the model (tableRows/findRows.ts); exported here too for the callers that import it from the table.
export { findRows };

/** The name as shown: spending groups of the economic table are named by the view. */
function displayName(r: TableRow, t: TableWords): string {
  if (r.kind === 'spending' && (r.name === 'basic' || r.name === 'project')) return t.spending[r.name];
  return r.name;
}

function buildColumns(model: TableModel): ColumnDef<TableRow>[] {
  return model.columns.map((c): ColumnDef<TableRow> => {
    switch (c.kind) {
      case 'code':
        return { id: c.key, accessorFn: (r) => r.code, sortingFn: 'alphanumeric' };
      case 'name':
        return { id: c.key, accessorFn: (r) => r.name, sortingFn: (a, b) => a.original.name.localeCompare(b.original.name, 'zh-Hans-CN') };
      case 'text':
        return { id: c.key, accessorFn: (r) => r.texts[c.key] ?? '', sortingFn: 'text' };
      case 'amount':
        return {
          id: c.key,
          accessorFn: (r) => r.amounts[c.key] ?? undefined,
          // Exact decimal order: "999.99" < "1000.00" (strings would say otherwise), no float rounding.
          sortingFn: (a, b, id) => compareCells(a.getValue<AmountCell | undefined>(id), b.getValue<AmountCell | undefined>(id)),
          sortUndefined: 'last',
          sortDescFirst: true,
        };
      case 'share':
        return {
          id: c.key,
          accessorFn: (r) => r.share ?? undefined,
          sortingFn: (a, b, id) => compareShares(a.getValue<Dec | undefined>(id) ?? null, b.getValue<Dec | undefined>(id) ?? null),
          sortUndefined: 'last',
          sortDescFirst: true,
        };
      default:
        throw new Error(`unknown column kind`);
    }
  });
}

export function DataTable({ model, budget, words: t, focusRow }: DataTableProps) {
  // The marked rows are found once (the component is keyed by the row): their tree starts open, and a
  // project's description starts open too (a search may have matched its text).
  const focus = useMemo(() => (focusRow === undefined ? null : findRows(model.rows, focusRow)), [model, focusRow]);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [expanded, setExpanded] = useState<ExpandedState>(() => Object.fromEntries((focus?.ancestors ?? []).map((id) => [id, true])));
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
    onGlobalFilterChange: setGlobalFilter,
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

  const totalsShare = totalsShareOf(model);

  const downloadCsv = () => {
    // A last column says where each row's figures come from, so that the file can be traced on its own.
    // …and the one before it the unit of every amount (元 or 万元, as the document prints it).
    const csv = tableCsv(
      model,
      rows.map((row) => row.original),
      budget,
      { ...t, unitValue: t.unitValue(budget.unit), columnLabel: (c) => columnLabel(c.label, t, c.incomeKey), displayName: (r) => displayName(r, t) },
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
        {formatAmount(cell.amount)}
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
            <span className={styles.name} data-testid="tables-name">
              {/* On phones the code column is hidden and the code shown here instead (DataTable.module.css). */}
              {hasCode && r.code ? <span className={styles.inlineCode}>{r.code} </span> : null}
              {displayName(r, t)}
            </span>
          );
        case 'text':
          return r.texts[spec.key] ?? '';
        case 'share':
          return formatShare(r.share);
        case 'amount': {
          const cell = r.amounts[spec.key];
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
      <span className={styles.first} style={{ paddingLeft: `${row.depth * 1.1}em` }}>
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
      <div className={styles.scroll}>
        <table className={cx(styles.table, model.id === 'projects' && styles.tableProjects)} data-testid={`tables-table-${model.id}`}>
          <caption className={ui.srOnly}>
            {t.tabs[model.id]} · {t.unitNote(budget.unit)}
          </caption>
          <thead>
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((h) => {
                  const spec = specs.get(h.column.id);
                  const sorted = h.column.getIsSorted();
                  const numeric = spec?.kind === 'amount' || spec?.kind === 'share';
                  return (
                    <th
                      key={h.id}
                      scope="col"
                      className={spec ? cellClass(spec) : numeric ? styles.num : undefined}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    >
                      <button type="button" className={styles.sort} onClick={h.column.getToggleSortingHandler()} data-testid={`tables-sort-${h.column.id}`}>
                        {spec ? columnLabel(spec.label, t, spec.incomeKey) : h.column.id}
                        <span className={styles.sortMark} aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
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
          <tfoot data-testid="tables-totals">
            <tr className={styles.totals}>
              {visibleSpecs.map((spec) => {
                const tc = model.totals[spec.key];
                if (spec.kind === 'name')
                  return (
                    <th key={spec.key} scope="row" className={cellClass(spec)}>
                      {t.totals}
                    </th>
                  );
                if (spec.kind === 'share')
                  return (
                    <td key={spec.key} className={styles.num}>
                      {formatShare(totalsShare)}
                    </td>
                  );
                if (spec.kind !== 'amount' || !tc) return <td key={spec.key} className={cellClass(spec)} />;
                return (
                  <td key={spec.key} className={styles.num} data-testid={`tables-total-${spec.key}`} data-amount={tc.sum}>
                    {amountButton(
                      `total|${spec.key}`,
                      { amount: tc.sum, computed: true },
                      `${t.totals} · ${columnLabel(spec.label, t, spec.incomeKey)}`,
                      t.totalNote,
                    )}
                    {tc.partial ? <div className={styles.partial}>{t.partial}</div> : null}
                  </td>
                );
              })}
            </tr>
            {hasPrintedTotals(model) ? (
              <tr className={styles.printed}>
                {visibleSpecs.map((spec) => {
                  const p = model.totals[spec.key]?.printed;
                  if (spec.kind === 'name')
                    return (
                      <th key={spec.key} scope="row" className={cellClass(spec)}>
                        {t.printedTotals}
                      </th>
                    );
                  if (spec.kind !== 'amount' || !p) return <td key={spec.key} className={cellClass(spec)} />;
                  return (
                    <td key={spec.key} className={styles.num} data-testid={`tables-printed-${spec.key}`} data-amount={p.amount}>
                      {amountButton(
                        `printed|${spec.key}`,
                        { amount: p.amount, src: p.src },
                        `${t.printedTotals} · ${columnLabel(spec.label, t, spec.incomeKey)}`,
                      )}
                      {p.difference ? (
                        <div className={styles.diff} data-testid={`tables-difference-${spec.key}`}>
                          {t.difference} {formatDifference(p.difference)}
                        </div>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ) : null}
          </tfoot>
        </table>
      </div>
    </div>
  );
}

/** Rows that stand out: 支出 lines and units in bold on a tint, 类 lines a little heavier. */
const ROW_CLASS: Partial<Record<TableRow['kind'], string | undefined>> = { spending: styles.rowSpending, unit: styles.rowUnit, lei: styles.rowLei };

function cellClass(spec: ColumnSpec): string | undefined {
  switch (spec.kind) {
    case 'amount':
    case 'share':
      return styles.num;
    case 'code':
      return styles.colCode;
    case 'name':
      return styles.nameCell;
    case 'text':
      return undefined;
  }
}
