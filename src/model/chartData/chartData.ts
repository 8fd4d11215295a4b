/**
 * The data behind a chart (图表数据): exactly the figures a view draws, as CSV and JSON, so a journalist can
 * check and reuse what they quote. Rows are plain strings; amounts stay the decimal strings of public/data,
 * in the budget's unit; computed figures (a share, a sum of children) say so in their own column.
 */
import type { MoneyUnit, SourceRef } from '../types';
import { toCsv } from '../csv';

export interface ChartData {
  /** What view the rows come from, and how it was set (drill path, measure, 款 level). */
  view: 'treemap' | 'sankey';
  budgetId: string;
  unit: MoneyUnit;
  settings: Record<string, string>;
  columns: readonly string[];
  rows: Record<string, string>[];
}

const LINES = /^(\d+)-(\d+)$/u;
const REF = /^([^:\s]+):(\d+)-(\d+)$/u;

/** A row's printed places: a treemap row's src_table and src_lines, a Sankey flow's refs ("t03:12-14; t05:3-3"). */
export function rowRefs(row: Readonly<Record<string, string>>): SourceRef[] {
  const lines = LINES.exec(row.src_lines ?? '');
  if (row.src_table && lines) return [{ table: row.src_table, lines: [Number(lines[1]), Number(lines[2])] }];
  const out: SourceRef[] = [];
  for (const part of (row.refs ?? '').split(';')) {
    const m = REF.exec(part.trim());
    if (m?.[1]) out.push({ table: m[1], lines: [Number(m[2]), Number(m[3])] });
  }
  return out;
}

/**
 * The data with one more column, src_url: each row's addresses in the source view (原文, the cited lines
 * marked), so that a figure in the file leads to its printed line on its own. Several are space-separated.
 */
export function withSourceUrls(d: ChartData, url: (src: SourceRef) => string): ChartData {
  return { ...d, columns: [...d.columns, 'src_url'], rows: d.rows.map((r) => ({ ...r, src_url: rowRefs(r).map(url).join(' ') })) };
}

export function chartDataCsv(d: ChartData): string {
  return toCsv(
    d.columns,
    d.rows.map((r) => d.columns.map((c) => r[c] ?? '')),
  );
}

export function chartDataJson(d: ChartData): string {
  return `${JSON.stringify({ budget: d.budgetId, view: d.view, unit: d.unit, settings: d.settings, rows: d.rows }, null, 2)}\n`;
}

/** A file name from the budget, view and settings: "haizhu-data-bureau-2021-treemap-206-basic". */
export function chartDataFileName(d: ChartData): string {
  const parts = [d.budgetId, d.view, ...Object.values(d.settings).filter((v) => v !== '')];
  return parts.join('-').replace(/[^A-Za-z0-9_.-]+/g, '_');
}
