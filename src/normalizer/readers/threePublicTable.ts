/**
 * Reader of the “三公”经费 tables (三公经费: 因公出国（境）, 公务用车购置及运行, 公务接待):
 * - 财政拨款安排的行政经费及“三公”经费预算表 (2021–2025 layout: 000 表12, 001, 002 表8, 004): one row
 *   per part (行政经费, “三公”经费(总额), (一)因公出国（境）费/支出, (二)公务用车购置及运行维护费/支出,
 *   1.公务用车购置费, 2.公务用车运行维护费, (三)公务接待费/支出) and one column per fund (合计,
 *   一般公共预算, 政府性基金预算, 国有资本经营预算). The 合计 column is the department's figure.
 * - 一般公共预算安排“三公”经费和会议费支出预算表 (2017 layout, 003 表十): per unit and per project,
 *   two years side by side → threePublicByYear.ts.
 *
 * The fund columns are printed totals `threePublic.<part>.<fund>`. The 合计 column goes into ThreePublic
 * (reconcile.ts derives `threePublic.<part>` from it); where a required part is not printed, no
 * ThreePublic is emitted and the 合计 figures stay printed totals `threePublic.<part>`: nothing is
 * invented, nothing printed is lost.
 */
import type { Amount, IncomeKey } from '../../model/types';
import { isColumnIndexLine, readLine, squash } from '../cells';
import type { Facts, PrintedTotal, TableContext, TableReader } from '../facts';
import { warn } from '../messages';
import { fail, ok, type Result } from '../../model/result';
import type { SourceLine } from '../segment';
import { layoutRows, linesBetween, repeatedHeaderLines } from './layoutText';
import { procurementFromLines } from './procurementTables';
import { readThreePublicByYear } from './threePublicByYear';
import { completeThreePublic, partOf, type ThreePublicPart, withoutDerived } from './threePublicParts';

type Column = 'total' | IncomeKey;

/** The amount columns in printed order, from the header words. */
function fundColumns(header: string): Column[] {
  const found: [number, Column][] = [];
  const at = (re: RegExp, c: Column) => {
    const i = header.search(re);
    if (i >= 0) found.push([i, c]);
  };
  at(/合计/u, 'total');
  at(/一般公共预算/u, 'generalPublic');
  at(/政府性基金/u, 'govFund');
  at(/国有资本经营/u, 'stateCapital');
  return found.sort((a, b) => a[0] - b[0]).map(([, c]) => c);
}

// The 2017 layout names the years in the header ("2016 年预算 2017 年预算").
const isByYear = (header: string) => /\d{4}年预算/u.test(header) && /会议费/u.test(header);

// A procurement table whose title did not survive extraction (001: 政府采购预算表) runs on inside this
// block: its header starts at the first text line naming 政府采购 / 政府釆购 (OCR variant).
const PROCUREMENT_HEADER = /政府[采釆]购/u;

export const readThreePublic: TableReader = (ctx) => {
  const header = squash(ctx.table.header.map((h) => h.text).join(''));
  if (isByYear(header)) return readThreePublicByYear(ctx, header);
  const columns = fundColumns(header);
  if (columns[0] !== 'total') return fail(`三公经费表 without a 合计 column in its header (line ${ctx.table.lines[0]})`);

  const split = ctx.table.body.findIndex((l) => readLine(l.text).values.length === 0 && PROCUREMENT_HEADER.test(squash(l.text)));
  const own = split >= 0 ? ctx.table.body.slice(0, split) : ctx.table.body;
  const facts = readFundLayout(ctx, own, columns);
  if (!facts.ok || split < 0) return facts;
  const firstLine = ctx.table.body[split] as SourceLine;
  const embedded = embeddedProcurement(ctx, firstLine.n);
  if (!embedded.ok) return embedded;
  return ok({
    ...facts.value,
    ...(embedded.value.procurement ? { procurement: embedded.value.procurement } : {}),
    printedTotals: [...(facts.value.printedTotals ?? []), ...(embedded.value.printedTotals ?? [])],
  });
};

function readFundLayout(ctx: TableContext, body: readonly SourceLine[], columns: readonly Column[]): Result<Facts> {
  const table = ctx.table.key;
  const parts: Partial<Record<ThreePublicPart, Amount>> = {};
  const printedTotals: PrintedTotal[] = [];
  let first: number | undefined;
  let last: number | undefined;
  for (const row of layoutRows(body, () => false)) {
    const label = row.source.map((l) => readLine(l.text).text.join('')).join('');
    const part = partOf(label);
    if (!part || row.values.length === 0) {
      ctx.warn(warn.rowUnread(table, row.lines, squash(label) || row.printed.join(' ')));
      continue;
    }
    if (row.values.length !== columns.length) {
      ctx.warn(warn.cellCount(table, row.lines, columns.length, row.values.length));
      continue;
    }
    if (parts[part] !== undefined) {
      ctx.warn(warn.rowUnread(table, row.lines, `${squash(label)} (printed twice)`));
      continue;
    }
    const src = { table, lines: row.lines };
    row.values.forEach((amount, i) => {
      const column = columns[i] ?? 'total';
      if (column === 'total') parts[part] = amount;
      printedTotals.push({ key: column === 'total' ? `threePublic.${part}` : `threePublic.${part}.${column}`, amount, src });
    });
    first ??= row.lines[0];
    last = row.lines[1];
  }
  if (first === undefined || last === undefined) return fail(`三公经费表: no row could be read (line ${ctx.table.lines[0]})`);
  const threePublic = completeThreePublic(parts, { table, lines: [first, last] });
  return ok({ ...(threePublic ? { threePublic } : {}), printedTotals: withoutDerived(printedTotals, threePublic) });
}

function embeddedProcurement(ctx: TableContext, from: number): Result<Facts> {
  // Its header runs to the column-number line ("1 2 … 14") before its first amounts; the pages after
  // repeat it (dropped as repeated headers).
  const lines = linesBetween(ctx.doc.lines, from, ctx.table.lines[1]);
  const firstData = lines.find((l) => readLine(l.text).values.length > 0)?.n ?? Number.POSITIVE_INFINITY;
  const indexLine = lines.filter((l) => l.n < firstData && isColumnIndexLine(l.text)).pop()?.n;
  const headerEnd = indexLine ?? firstData - 1;
  const header = lines.filter((l) => l.n <= headerEnd);
  const zones = repeatedHeaderLines(linesBetween(ctx.doc.lines, ctx.table.lines[0], ctx.table.lines[1]));
  const body = ctx.table.body.filter((l) => l.n > headerEnd && !zones.has(l.n));
  return procurementFromLines(ctx, header, body);
}
