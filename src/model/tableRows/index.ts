/**
 * Rows of the drillable tables (功能分类 / 经济分类 / 单位 / 项目), built from a Budget. Pure: decimal sums,
 * no React. The table component (src/tables) only sorts, expands and renders these.
 *
 * Rules:
 * - A cell holds the printed amount and where it was printed (src). Where the document prints no row for a
 *   node (a 类 above per-unit 项 rows, the 基本支出/项目支出 group of the economic table), the cell is the
 *   exact sum of the rows below and says so (`computed: true`); nothing else is derived.
 * - The totals row is the exact sum of the top-level rows. Where the document prints a total for the same
 *   thing (支出总计, 项目支出), it is shown beside it with the difference; neither is adjusted.
 * - Shares are of the totals row, exact (decimal.js), rounded only for display.
 */
export * from './types';
export { groupSourceRefs, type SourceGroup } from './sources';
export { compareCells, compareShares } from './cells';
export { functionalRows } from './functionalRows';
export { economicRows } from './economicRows';
export { unitRows } from './unitRows';
export { projectRows } from './projectRows';
export { availableTables, buildTable } from './buildTable';
export { findRow, findRows, rowMatches } from './findRows';
export { hasPrintedTotals, sourceText, tableCsv, totalsShare, type TableCsvWords } from './tableCsv';
// The standard 类 names are the economic tree's (economicClassNames.ts); the Sankey's words read them here.
export { ECONOMIC_CLASS_NAMES } from '../economicClassNames';
