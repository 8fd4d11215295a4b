/**
 * Readers of the two-sided summary tables:
 * - 收支总体情况表 / 收支预算总表 (summary): the department's income by source (收入) on the left and its
 *   expenditure by 功能分类 类 on the right;
 * - 财政拨款收支总体情况表 / 财政拨款收支总表 (fiscalSummary): the same for 财政拨款 only.
 *
 * Both print one income line and one expenditure line on the same physical line
 * ("一、财政拨款 1309.71 一、一般公共服务支出 0.00"); either side may be empty, and 2017's layout prints
 * nothing at all for a zero amount. We therefore read each line as a sequence of labels and amounts and
 * tell the sides apart by the income vocabulary (收入项目 are a short, fixed list; anything else is an
 * expenditure line), never by column position, which the extraction does not keep.
 *
 * Income lines (IncomeLine) are the leaves: 一、财政拨款 is the subtotal of （一）（二）（三） and is kept
 * as the printed total `income.fiscal`, not as a line. The 2023/2025 layouts print 一、预算拨款 without its
 * breakdown: the split by fund is then taken from the 财政拨款收支总体情况表 of the same document, whose
 * 一、一般公共预算 / 二、政府性基金预算 / 三、国有资本经营预算 lines are the same money, and those income
 * lines point at that table (src) — the figures are never computed, only read where printed.
 */
import type { Amount, IncomeKey, IncomeLine } from '../../model/types';
import { INCOME_ORDER } from '../../model/incomeNames';
import { squash } from '../cells';
import type { Facts, PrintedTotal, TableContext, TableReader } from '../facts';
import { warn } from '../messages';
import { fail, ok } from '../../model/result';
import { segment, type Document, type TableBlock } from '../segment';
import { fold, type IncomeMatch } from './incomeLabels';
import { placeAmounts } from './lineTokens';
import { type AmountToken, classifyExpenditure, type Entry, entriesOf, logicalRows } from './summaryLines';

/** Where the fiscal summary prints one amount per fund after the total (2017: 一般公共预算 …). */
const FUND_COLUMNS: readonly { key: IncomeKey; word: string }[] = [
  { key: 'generalPublic', word: '一般公共预算' },
  { key: 'govFund', word: '政府性基金预算' },
  { key: 'stateCapital', word: '国有资本经营预算' },
];

/** Column suffixes of the expenditure side: "" for the printed total, then one per fund column. */
function expenditureColumns(table: TableBlock): string[] {
  const header = fold(table.header.map((l) => l.text).join(''));
  const funds = FUND_COLUMNS.filter((f) => header.includes(`预算${f.word}`) || header.includes(f.word));
  // The fund columns only exist where the header names them after the expenditure amount column.
  return funds.length === FUND_COLUMNS.length ? ['', ...funds.map((f) => `.${f.key}`)] : [''];
}

interface SideReading {
  entries: Entry[];
  printed: PrintedTotal[];
}

/**
 * Read both sides of a summary-like table into entries and printed totals.
 * `keyOf` names an income entry's printed total (or null where the entry is reported otherwise).
 */
function readSides(ctx: TableContext, prefix: string, keyOf: (m: IncomeMatch, isGroup: boolean) => string | null): SideReading {
  const table = ctx.table.key;
  const printed: PrintedTotal[] = [];
  const entries: Entry[] = [];
  for (const row of logicalRows(ctx.table)) {
    const unplaced = (t: AmountToken) => ctx.warn(warn.rowUnread(table, row.lines, `${squash(row.pending + row.text)} (amount ${t.printed} has no label)`));
    entries.push(...entriesOf(row, unplaced));
  }
  const columns = expenditureColumns(ctx.table);
  let lei: string | undefined;
  for (const [i, e] of entries.entries()) {
    const src = { table, lines: e.lines };
    if (e.side === 'income') {
      const m = e.income;
      if (!m) continue;
      const next = entries.slice(i + 1).find((x) => x.side === 'income');
      const isGroup = m.level === 1 && next?.income?.level === 2;
      const key = keyOf(m, isGroup);
      const amount = e.amounts[0];
      if (key && amount) printed.push({ key, amount: amount.value, src });
      continue;
    }
    const kind = classifyExpenditure(e.label, lei);
    if (kind.lei) lei = kind.lei;
    if (e.amounts.length === 0) continue;
    const placed = columns.length === 1 ? [e.amounts[0]?.value] : placeRight(e, columns.length);
    if (!placed || (columns.length === 1 && e.amounts.length > 1)) {
      ctx.warn(warn.cellCount(table, e.lines, columns.length, e.amounts.length));
    }
    const values = placed ?? [e.amounts[0]?.value];
    for (const [c, suffix] of columns.entries()) {
      const v = values[c];
      if (v !== undefined) printed.push({ key: `${prefix}${kind.key}${suffix}`, amount: v, src });
    }
  }
  return { entries, printed };
}

/** The amounts of an expenditure entry in its columns (total, then one per fund), blank cells kept blank. */
function placeRight(e: Entry, columns: number): (Amount | undefined)[] | null {
  if (e.amounts.length === columns) return e.amounts.map((a) => a.value);
  return placeAmounts(e.valueLine, e.amounts, columns, 0);
}

/** Income kinds that are a source of money (IncomeKey), as opposed to subtotals and totals. */
const INCOME_KEYS: ReadonlySet<string> = new Set<IncomeKey>(INCOME_ORDER);

function isIncomeKey(k: string): k is IncomeKey {
  return INCOME_KEYS.has(k);
}

/** The printed label without its ordinal ("（一）一般公共预算" → "一般公共预算"). */
function nameOf(e: Entry): string {
  return e.label.slice(e.income?.ordinal ?? 0);
}

function incomeLine(key: IncomeKey, e: Entry, table: string): IncomeLine | null {
  const amount = e.amounts[0];
  if (!amount) return null; // printed blank: no line (never "0.00" where nothing is printed)
  return { key, name: nameOf(e), amount: amount.value, src: { table, lines: e.lines } };
}

/** 收支总体情况表 / 收支预算总表. */
export const readSummary: TableReader = (ctx) => {
  const table = ctx.table.key;
  const { entries, printed } = readSides(ctx, '', (m, isGroup) => {
    if (m.kind === 'total') return 'income.total';
    if (m.kind === 'thisYear') return 'income.thisYear';
    if (m.kind === 'fiscal') return 'income.fiscal';
    if (m.kind === 'otherFunds') return 'income.otherFunds';
    // Leaves are income lines, not printed totals; a group other than the two above is not known.
    return isGroup ? `income.group.${m.kind}` : null;
  });
  if (entries.length === 0) return fail(`${table} (line ${ctx.table.lines[0]}): no income or expenditure line could be read`);

  const income: IncomeLine[] = [];
  let incomeTotal: Amount | undefined;
  const incomeEntries = entries.filter((e) => e.side === 'income');
  for (const [i, e] of incomeEntries.entries()) {
    const m = e.income;
    if (!m) continue;
    if (m.kind === 'total') {
      incomeTotal = e.amounts[0]?.value;
      continue;
    }
    if (m.kind === 'thisYear') continue;
    const isGroup = m.level === 1 && incomeEntries[i + 1]?.income?.level === 2;
    if (isGroup) continue; // a subtotal: its parts are the lines
    if (m.kind === 'otherFunds') {
      // 其他资金 printed without a breakdown (2023/2025) is one source: 其他收入/其他资金.
      const line = incomeLine('otherIncome', e, table);
      if (line) income.push(line);
      continue;
    }
    if (m.kind === 'fiscal') {
      if (!e.amounts[0]) continue;
      const split = fiscalSplit(ctx.doc);
      if (split.length === 0) {
        ctx.warn(warn.rowUnread(table, e.lines, `${e.label}: printed without its breakdown by fund, and no 财政拨款收支总体情况表 prints it`));
      }
      income.push(...split);
      continue;
    }
    if (isIncomeKey(m.kind)) {
      const line = incomeLine(m.kind, e, table);
      if (line) income.push(line);
    }
  }
  const facts: Facts = { income, printedTotals: printed };
  if (incomeTotal !== undefined) facts.incomeTotal = incomeTotal;
  return ok(facts);
};

/** 财政拨款收支总体情况表 / 财政拨款收支总表: printed totals only (the income lines come from 表1). */
export const readFiscalSummary: TableReader = (ctx) => {
  const { entries, printed } = readSides(ctx, 'fiscal.', (m) => {
    // The fund lines and the 财政拨款 subtotal are the same money as in 收支总体情况表: same keys, so
    // that reconcile compares the two tables (TABLES_AGREE). The totals of this table are fiscal only.
    if (m.kind === 'generalPublic' || m.kind === 'govFund' || m.kind === 'stateCapital' || m.kind === 'fiscal') return `income.${m.kind}`;
    return `fiscal.income.${m.kind}`;
  });
  if (entries.length === 0) return fail(`${ctx.table.key} (line ${ctx.table.lines[0]}): no income or expenditure line could be read`);
  return ok({ printedTotals: printed });
};

/**
 * The income lines by fund printed in the document's 财政拨款收支总体情况表, for a summary table that
 * prints 一、预算拨款 as one figure. Read, never computed; src points at the fiscal table.
 */
function fiscalSplit(doc: Document): IncomeLine[] {
  const fiscal = segment(doc).find((t) => t.kind === 'fiscalSummary');
  if (!fiscal) return [];
  const lines: IncomeLine[] = [];
  for (const row of logicalRows(fiscal)) {
    for (const e of entriesOf(row, () => undefined)) {
      const k = e.income?.kind;
      if (e.side !== 'income' || (k !== 'generalPublic' && k !== 'govFund' && k !== 'stateCapital')) continue;
      const line = incomeLine(k, e, fiscal.key);
      if (line) lines.push(line);
    }
  }
  return lines;
}
