/**
 * The CSV of what a table shows: the whole table as the view sorts and filters it, every row of the tree (as if
 * all were expanded) with its level, every text column (a project's 项目内容, 绩效目标 and 绩效指标 too), the
 * totals of exactly the rows in the file, the printed totals where the document prints them, and for every row
 * the unit and where its figures come from (table and lines) — so that the file can be traced on its own.
 * Amounts go out as the exact decimal strings; the words come from the view.
 */
import type { Amount, Budget, SourceRef } from '../types';
import { share, sum, toAmount, type Dec } from '../decimal';
import { formatShare } from '../format';
import { toCsv } from '../csv';
import { rowMatches } from './findRows';
import { groupSourceRefs } from './sources';
import type { AmountCell, ColumnSpec, TableModel, TableRow } from './types';

export interface TableCsvWords {
  columnLabel: (c: ColumnSpec) => string;
  /** The name as the view shows it. */
  displayName: (r: TableRow) => string;
  unitColumn: string;
  /** 元 or 万元, as the document prints it. */
  unitValue: string;
  source: string;
  /** 层级: 1 for the top rows, 2 below them … (the file lists the tree flat). */
  levelColumn: string;
  totals: string;
  totalNote: string;
  /** The totals row under a filter: the sum of the `counted` matching rows (context rows above them not counted). */
  filteredTotals: (counted: number) => string;
  filteredNote: (counted: number, context: number) => string;
  printedTotals: string;
  lines: (a: number, b: number) => string;
  /** Between line ranges (“、” / “, ”) and between tables (“；” / “; ”), in the page's language. */
  enumSep: string;
  clauseSep: string;
  unitsShort: string;
  computedShort: string;
  projectsShort: string;
  partsShort: string;
  /** A figure nobody printed and nothing computes (未列示). */
  notPrinted: string;
  detail: { content: string; targets: string; indicators: string };
  /** A column with each row's address in the source view (原文链接), before the source words, where the page gives one. */
  sourceLink?: { column: string; url: (src: SourceRef) => string };
}

const DETAIL_KEYS = ['content', 'targets', 'indicators'] as const;

/** The share shown in the totals row: 100 % of the main column, or null where its sum is 0. */
export function totalsShare(model: TableModel): Dec | null {
  const main = model.totals[model.mainColumn];
  return main ? share(main.sum, main.sum) : null;
}

export function hasPrintedTotals(model: TableModel): boolean {
  return Object.values(model.totals).some((c) => c.printed !== undefined);
}

/** "表9 一般公共预算基本支出情况表 第 677–733 行"; several refs grouped by table, touching lines merged. */
export function sourceText(
  budget: Pick<Budget, 'tables'>,
  src: SourceRef | readonly SourceRef[],
  w: Pick<TableCsvWords, 'lines' | 'enumSep' | 'clauseSep'>,
): string {
  return groupSourceRefs(budget, Array.isArray(src) ? src : [src as SourceRef])
    .map((g) => `${[g.number, g.title].filter(Boolean).join(' ') || g.table} ${g.ranges.map(([a, b]) => w.lines(a, b)).join(w.enumSep)}`)
    .join(w.clauseSep);
}

/** The printed place of a row's figures: the first amount that has one. */
function rowSrc(r: TableRow): SourceRef | undefined {
  return Object.values(r.amounts).find((c): c is AmountCell => c !== null && c.src !== undefined)?.src;
}

/** How a computed figure was computed, in the file's words. */
function computedText(c: AmountCell, w: TableCsvWords): string {
  if (c.over === 'units') return w.unitsShort;
  if (c.over === 'projects') return w.projectsShort;
  if (c.over === 'parts') return w.partsShort;
  return w.computedShort;
}

/**
 * Where a row's figures come from, column by column: the printed table and lines, or how a computed figure was
 * computed (with the lines it adds up, where they are not rows below it). Repeats are said once.
 */
export function rowSource(r: TableRow, specs: readonly ColumnSpec[], budget: Pick<Budget, 'tables'>, w: TableCsvWords): string {
  const parts: string[] = [];
  const add = (s: string) => {
    if (s !== '' && !parts.includes(s)) parts.push(s);
  };
  for (const c of specs) {
    if (c.kind !== 'amount') continue;
    const a = r.amounts[c.key];
    if (!a) continue;
    if (a.src) add(sourceText(budget, a.src, w));
    else if (a.computed) {
      const how = computedText(a, w);
      const label = specs.filter((s) => s.kind === 'amount').length > 1 ? `${w.columnLabel(c)}: ${how}` : how;
      add(a.refs && a.refs.length > 0 ? `${label} (${sourceText(budget, a.refs, w)})` : label);
    }
  }
  return parts.join(w.clauseSep);
}

/** A cell as it goes into the CSV: amounts as the printed decimal string, shares as shown, 未列示 said. */
function csvValue(r: TableRow, c: ColumnSpec, w: TableCsvWords): string {
  switch (c.kind) {
    case 'code':
      return r.code;
    case 'name':
      return w.displayName(r);
    case 'text':
      return r.texts[c.key] ?? '';
    case 'amount':
      return r.amounts[c.key]?.amount ?? (r.unlisted?.includes(c.key) ? w.notPrinted : '');
    case 'share':
      return formatShare(r.share);
  }
}

interface Listed {
  row: TableRow;
  depth: number;
  /** Counted in the totals: it matches the filter and no row above it in the file does. */
  counted: boolean;
}

/** Every row of the given tree in order, depth first; which rows the totals count. */
export function listRows(rows: readonly TableRow[], filter: string, shownName: (r: TableRow) => string): Listed[] {
  const out: Listed[] = [];
  const walk = (list: readonly TableRow[], depth: number, covered: boolean) => {
    for (const row of list) {
      const hit = !covered && rowMatches(row, filter, shownName(row));
      out.push({ row, depth, counted: hit });
      walk(row.subRows, depth + 1, covered || hit);
    }
  };
  walk(rows, 0, false);
  return out;
}

/** The exact sum of a column over the counted rows; null where none of them has a figure in it. */
function countedSum(listed: readonly Listed[], key: string): Amount | null {
  const present = listed
    .filter((l) => l.counted)
    .map((l) => l.row.amounts[key]?.amount)
    .filter((a): a is Amount => a !== undefined);
  return present.length === 0 ? null : toAmount(sum(present));
}

/**
 * The file. `rows` are the table's top rows as the view sorts and filters them, each with the sub-rows the
 * filter keeps (all of them, expanded or not); `filter` is the view's filter text ("" for none). The totals row
 * is the exact sum of the rows in the file that the filter matched (a matching row's own rows below it are not
 * added again; rows listed only to show where a match sits are not counted) and says so; with no filter it is
 * the table's totals row, and the printed totals follow it.
 */
export function tableCsv(model: TableModel, rows: readonly TableRow[], budget: Pick<Budget, 'tables'>, w: TableCsvWords, filter = ''): string {
  const specs = model.columns;
  const listed = listRows(rows, filter, w.displayName);
  const details = DETAIL_KEYS.filter((k) => listed.some((l) => l.row.detail?.[k]));
  const link = w.sourceLink;
  const linkOf = (src: SourceRef | undefined) => (link ? [src ? link.url(src) : ''] : []);
  // The link goes before the source words, which stay the last column (what a reader of the file looks for).
  const header = [
    w.levelColumn,
    ...specs.map((c) => w.columnLabel(c)),
    ...details.map((k) => w.detail[k]),
    w.unitColumn,
    ...(link ? [link.column] : []),
    w.source,
  ];
  const body = listed.map(({ row, depth }) => [
    String(depth + 1),
    ...specs.map((c) => csvValue(row, c, w)),
    ...details.map((k) => row.detail?.[k] ?? ''),
    w.unitValue,
    ...linkOf(rowSrc(row)),
    rowSource(row, specs, budget, w),
  ]);
  const filtered = filter.trim() !== '';
  const counted = listed.filter((l) => l.counted).length;
  const mainSum = filtered ? countedSum(listed, model.mainColumn) : (model.totals[model.mainColumn]?.sum ?? null);
  const whole = model.totals[model.mainColumn]?.sum;
  const totals = [
    '',
    ...specs.map((c) => {
      if (c.kind === 'name') return filtered ? w.filteredTotals(counted) : w.totals;
      if (c.kind === 'amount') return (filtered ? countedSum(listed, c.key) : model.totals[c.key]?.sum) ?? '';
      // Under a filter, the share is of the whole table's total: how much of it the matching rows are.
      if (c.kind === 'share') return filtered ? formatShare(mainSum !== null && whole ? share(mainSum, whole) : null) : formatShare(totalsShare(model));
      return '';
    }),
    ...details.map(() => ''),
    w.unitValue,
    ...linkOf(undefined),
    filtered ? w.filteredNote(counted, listed.length - counted) : w.totalNote,
  ];
  const printedSrc = Object.values(model.totals).find((c) => c.printed)?.printed?.src;
  // The document's own totals are of the whole table: beside a filtered sum they would compare unlike things.
  const printedRow =
    hasPrintedTotals(model) && !filtered
      ? [
          [
            '',
            ...specs.map((c) => (c.kind === 'name' ? w.printedTotals : c.kind === 'amount' ? (model.totals[c.key]?.printed?.amount ?? '') : '')),
            ...details.map(() => ''),
            w.unitValue,
            ...linkOf(printedSrc),
            printedSrc ? sourceText(budget, printedSrc, w) : '',
          ],
        ]
      : [];
  return toCsv(header, [...body, totals, ...printedRow]);
}
