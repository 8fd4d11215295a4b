/**
 * The data behind a chart (图表数据): exactly the figures a view draws, as CSV and JSON, so a journalist can
 * check and reuse what they quote. Rows are plain strings; amounts stay the decimal strings of public/data,
 * in the budget's unit; computed figures (a share, a sum of children) say so in their own column.
 */
import type { MoneyUnit } from '../types';
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
