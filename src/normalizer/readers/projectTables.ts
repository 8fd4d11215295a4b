/**
 * Readers of the project tables (项目支出):
 * - 部门预算项目支出(及其他支出)预算表 / 一般公共预算安排项目支出预算明细表 → projects[] and the printed
 *   subtotals (projects.total, projects.byCategory.*, projects.byUnit.*);
 * - 市级财政专项资金预算表 → its printed 合计 only (003 prints none: 本部门没有市级财政专项资金预算安排);
 * - 部门预算转移支付项目预算表 → its printed 合计 (transfer.total), usually 0.00.
 *
 * The layout family is read from the table itself (tabs, or where the text columns stand relative to
 * the amounts in the header), never from the document's name: see projects/header.ts.
 */
import type { Amount } from '../../model/types';
import { squash } from '../cells';
import type { Facts, PrintedTotal, TableContext, TableReader } from '../facts';
import { warn } from '../messages';
import { fail, ok, type Result } from '../../model/result';
import { readAmountsFirst } from './projects/amountsFirst';
import { ProjectCollector, type PrintedRow } from './projects/collect';
import { readHeader } from './projects/header';
import { pageLines } from './projects/pages';
import { readTabbed } from './projects/tabbed';
import { paragraphSignal } from './projects/text';
import { readTextFirst } from './projects/textFirst';

export const readProjects: TableReader = (ctx) => {
  const header = readHeader(ctx.table);
  if (header.columns.length === 0) {
    return fail(`project table ${ctx.table.key} (line ${ctx.table.lines[0]}): no amount column (总计 / 年预算) found in its header`);
  }
  const lines = pageLines(ctx.doc, ctx.table);
  if (lines.length === 0) {
    ctx.warn(warn.tableEmpty(ctx.table.key, ctx.table.lines));
    return ok({});
  }
  const signal = paragraphSignal(lines.map((l) => l.text));
  let rows: PrintedRow[];
  if (header.layout === 'tabs') rows = readTabbed(lines, header);
  else if (header.layout === 'textFirst') rows = readTextFirst(lines, header, signal);
  else rows = readAmountsFirst(lines, header, signal);
  if (rows.length === 0) {
    // Printed without a single amount (e.g. a note that the unit has no project): nothing to record.
    ctx.warn(warn.tableEmpty(ctx.table.key, ctx.table.lines));
    return ok({});
  }
  return ok(new ProjectCollector(ctx, header.columns, rows).facts());
};

/** A table that only matters through its printed 合计: record it, and flag any other row. */
function readTotalOnly(ctx: TableContext, key: string): Result<Facts> {
  if (ctx.rows.length === 0) {
    ctx.warn(warn.tableEmpty(ctx.table.key, ctx.table.lines));
    return ok({});
  }
  const totals: PrintedTotal[] = [];
  for (const row of ctx.rows) {
    const name = squash(row.text.join(''));
    const amount: Amount | undefined = row.values[0];
    if (/^合计$/u.test(name) && amount !== undefined && totals.length === 0) {
      totals.push({ key, amount, src: { table: ctx.table.key, lines: row.lines } });
    } else {
      ctx.warn(warn.rowUnread(ctx.table.key, row.lines, `${name} ${row.printed.join(' ')}`.trim()));
    }
  }
  return ok(totals.length > 0 ? { printedTotals: totals } : {});
}

export const readSpecialFunds: TableReader = (ctx) => readTotalOnly(ctx, 'specialFunds.total');

export const readTransfer: TableReader = (ctx) => readTotalOnly(ctx, 'transfer.total');
