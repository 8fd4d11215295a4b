/**
 * The CSV of what a table shows: the visible rows in their order, the totals row, the printed totals where the
 * document prints them, and for every row the unit and where its figures come from — so that the file can be
 * traced on its own. Amounts go out as the exact decimal strings; the words come from the view.
 */
import type { Budget, SourceRef } from '../types';
import { share, type Dec } from '../decimal';
import { formatShare } from '../format';
import { toCsv } from '../csv';
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
  totals: string;
  totalNote: string;
  printedTotals: string;
  lines: (a: number, b: number) => string;
  /** Between line ranges (“、” / “, ”) and between tables (“；” / “; ”), in the page's language. */
  enumSep: string;
  clauseSep: string;
  unitsShort: string;
  computedShort: string;
  /** A column with each row's address in the source view (原文链接), before the source words, where the page gives one. */
  sourceLink?: { column: string; url: (src: SourceRef) => string };
}

/** The share shown in the totals row: 100 % of the main column, or null where its sum is 0. */
export function totalsShare(model: TableModel): Dec | null {
  const main = model.totals[model.mainColumn];
  return main ? share(main.sum, main.sum) : null;
}

export function hasPrintedTotals(model: TableModel): boolean {
  return Object.values(model.totals).some((c) => c.printed !== undefined);
}

/** "表9 一般公共预算基本支出情况表 第 677–733 行". */
export function sourceText(budget: Pick<Budget, 'tables'>, src: SourceRef, w: Pick<TableCsvWords, 'lines' | 'enumSep' | 'clauseSep'>): string {
  return groupSourceRefs(budget, [src])
    .map((g) => `${[g.number, g.title].filter(Boolean).join(' ') || g.table} ${g.ranges.map(([a, b]) => w.lines(a, b)).join(w.enumSep)}`)
    .join(w.clauseSep);
}

/** The printed place of a row's figures: the first amount that has one. */
function rowSrc(r: TableRow): SourceRef | undefined {
  return Object.values(r.amounts).find((c): c is AmountCell => c !== null && c.src !== undefined)?.src;
}

/** Where a row's figures come from: the printed row's table and lines, or that it is a computed sum. */
function rowSource(r: TableRow, budget: Pick<Budget, 'tables'>, w: TableCsvWords): string {
  const cells = Object.values(r.amounts).filter((c): c is AmountCell => c !== null);
  const src = rowSrc(r);
  if (src) return sourceText(budget, src, w);
  if (cells.some((c) => c.over === 'units')) return w.unitsShort;
  return cells.some((c) => c.computed) ? w.computedShort : '';
}

/** A cell as it goes into the CSV: amounts as the printed decimal string, shares as shown. */
function csvValue(r: TableRow, c: ColumnSpec, w: TableCsvWords): string {
  switch (c.kind) {
    case 'code':
      return r.code;
    case 'name':
      return w.displayName(r);
    case 'text':
      return r.texts[c.key] ?? '';
    case 'amount':
      return r.amounts[c.key]?.amount ?? '';
    case 'share':
      return formatShare(r.share);
  }
}

export function tableCsv(model: TableModel, rows: readonly TableRow[], budget: Pick<Budget, 'tables'>, w: TableCsvWords): string {
  const specs = model.columns;
  const link = w.sourceLink;
  const linkOf = (src: SourceRef | undefined) => (link ? [src ? link.url(src) : ''] : []);
  // The link goes before the source words, which stay the last column (what a reader of the file looks for).
  const header = [...specs.map((c) => w.columnLabel(c)), w.unitColumn, ...(link ? [link.column] : []), w.source];
  const body = rows.map((r) => [...specs.map((c) => csvValue(r, c, w)), w.unitValue, ...linkOf(rowSrc(r)), rowSource(r, budget, w)]);
  const totals = [
    ...specs.map((c) => {
      if (c.kind === 'name') return w.totals;
      if (c.kind === 'amount') return model.totals[c.key]?.sum ?? '';
      if (c.kind === 'share') return formatShare(totalsShare(model));
      return '';
    }),
    w.unitValue,
    ...linkOf(undefined),
    w.totalNote,
  ];
  const printedSrc = Object.values(model.totals).find((c) => c.printed)?.printed?.src;
  const printedRow = hasPrintedTotals(model)
    ? [
        [
          ...specs.map((c) => (c.kind === 'name' ? w.printedTotals : c.kind === 'amount' ? (model.totals[c.key]?.printed?.amount ?? '') : '')),
          w.unitValue,
          ...linkOf(printedSrc),
          printedSrc ? sourceText(budget, printedSrc, w) : '',
        ],
      ]
    : [];
  return toCsv(header, [...body, totals, ...printedRow]);
}
