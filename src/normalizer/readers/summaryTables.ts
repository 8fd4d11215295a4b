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
import { segment, type Document, type SourceLine, type TableBlock } from '../segment';
import { classCode } from './functionalClasses';
import { lineTokens, placeAmounts, type Token } from './lineTokens';

type AmountToken = Extract<Token, { kind: 'amount' }>;

/** What an income label stands for: a source (IncomeKey), a subtotal, or a total line. */
export type IncomeKind = IncomeKey | 'fiscal' | 'otherFunds' | 'thisYear' | 'total';

// 收入项目 as printed in every layout we know, matched against the label with its ordinal removed,
// squashed and with full-width parentheses folded. Order matters: longer wordings first.
const INCOME_LABELS: readonly { kind: IncomeKind; re: RegExp }[] = [
  { kind: 'fiscal', re: /^(?:财政拨款收入\(财政补助收入\)|财政拨款收入|财政拨款|预算拨款|财政补助收入)/u },
  { kind: 'generalPublic', re: /^一般公共预算(?:拨款|收入)?/u },
  { kind: 'govFund', re: /^政府性基金(?:预算)?(?:拨款|收入)?/u },
  { kind: 'stateCapital', re: /^国有资本经营预算(?:拨款|收入)?/u },
  { kind: 'fiscalSpecial', re: /^财政专户(?:管理资金|拨款)(?:收入)?/u },
  { kind: 'business', re: /^事业收入(?:\(不含[^)]*\))?/u },
  { kind: 'operating', re: /^(?:事业单位)?经营收入/u },
  { kind: 'otherFunds', re: /^其他资金(?:收入)?/u },
  { kind: 'otherIncome', re: /^其他收入/u },
  { kind: 'superiorSubsidy', re: /^上级补助收入/u },
  { kind: 'subordinateRemit', re: /^附属单位上缴收入/u },
  { kind: 'businessFund', re: /^用事业基金弥补收支(?:差额|总额)/u },
  { kind: 'carryover', re: /^上年(?:预)?结转(?:结余)?/u },
  { kind: 'thisYear', re: /^本年收入合计/u },
  { kind: 'total', re: /^收入总计/u },
];

// 一、 (top level) or （一） (a part of the line above). Matched on the folded label.
const ORDINAL = /^(?:([一二三四五六七八九十]+)、|\(([一二三四五六七八九十]+)\))/u;

/** Squash and fold full-width parentheses, for matching only (labels are kept as printed). */
function fold(s: string): string {
  return squash(s).replace(/（/gu, '(').replace(/）/gu, ')');
}

export interface IncomeMatch {
  kind: IncomeKind;
  /** Length of the label in the squashed text (folding keeps lengths). */
  length: number;
  /** 1 for 一、, 2 for （一）, 0 for lines printed without an ordinal (合计, 上年预结转 in some layouts). */
  level: number;
  /** Length of the ordinal prefix. */
  ordinal: number;
}

export function matchIncome(squashed: string): IncomeMatch | null {
  const folded = fold(squashed);
  const ord = ORDINAL.exec(folded);
  const ordinal = ord ? ord[0].length : 0;
  const rest = folded.slice(ordinal);
  for (const { kind, re } of INCOME_LABELS) {
    const m = re.exec(rest);
    // "二十一、国有资本经营预算支出" is an expenditure line, not 国有资本经营预算 income.
    if (m && !rest.slice(m[0].length).startsWith('支出')) {
      return { kind, length: ordinal + m[0].length, level: ord ? (ord[1] ? 1 : 2) : 0, ordinal };
    }
  }
  return null;
}

/** One side of one printed line: a label and the amounts printed after it. */
interface Entry {
  side: 'income' | 'expenditure';
  label: string;
  income?: IncomeMatch;
  amounts: AmountToken[];
  lines: [number, number];
  /** The physical line the amounts are on (its spacing tells blank cells apart). */
  valueLine: string;
}

interface LogicalRow {
  lines: [number, number];
  /** The text of the line carrying the amounts (or the only line). */
  text: string;
  /** Text of preceding lines that belong to this row's first label (a label broken over lines). */
  pending: string;
}

type ExpenditureKind = { key: string; known: boolean; lei?: string };

/**
 * Expenditure-side labels: totals, the other 支出 lines, a 类 by name, or (2017) a 款 name under its 类.
 * Keys as the 支出总体情况表 reader names the same columns (expenditure.carryForward, …subsidiaryGrants,
 * …remitToSuperior, …operating), so that reconcile compares the two tables.
 */
function classifyExpenditure(label: string, lei: string | undefined): ExpenditureKind {
  const folded = fold(label);
  const ord = /^[一二三四五六七八九十]+、/u.exec(folded);
  const name = ord ? folded.slice(ord[0].length) : folded;
  if (/^本年支出合计$/u.test(name)) return { key: 'expenditure.thisYear', known: true };
  if (/^支出总计$/u.test(name)) return { key: 'expenditure.total', known: true };
  if (/^结转下年(?:支出)?$/u.test(name)) return { key: 'expenditure.carryForward', known: true };
  if (/^对附属单位补助支出$/u.test(name)) return { key: 'expenditure.subsidiaryGrants', known: true };
  if (/^上缴上级支出$/u.test(name)) return { key: 'expenditure.remitToSuperior', known: true };
  if (/^(?:事业单位)?经营支出$/u.test(name)) return { key: 'expenditure.operating', known: true };
  const code = classCode(name);
  if (code) return { key: `functional.${code}`, known: true, lei: code };
  // 2017 prints the 款 of each 类 by name, without codes, under the 类: keep it under its 类.
  const printedName = ord ? squash(label).slice(ord[0].length) : squash(label);
  if (!ord && lei) return { key: `functional.${lei}.${printedName}`, known: false, lei };
  return { key: `functional.${printedName}`, known: false };
}

/**
 * Split the labels and amounts of one logical row into its income and expenditure entries.
 * Amounts attach to the label before them; an income label takes one amount at most.
 */
function entriesOf(row: LogicalRow, unplaced: (t: AmountToken) => void): Entry[] {
  const tokens = lineTokens(row.text);
  if (row.pending !== '') {
    const first = tokens[0];
    if (first && first.kind === 'text') tokens[0] = { ...first, text: row.pending + first.text };
    else tokens.unshift({ kind: 'text', text: row.pending, start: -1, end: -1 });
  }
  const entries: Entry[] = [];
  let side: 'left' | 'right' = 'left';
  // A label carried over from earlier lines spans them all; a label on the value line is that line only.
  let lines: [number, number] = row.lines;
  const push = (e: Omit<Entry, 'amounts' | 'lines' | 'valueLine'>) => entries.push({ ...e, amounts: [], lines, valueLine: row.text });
  for (const [i, tok] of tokens.entries()) {
    lines = i === 0 && row.pending !== '' ? row.lines : [row.lines[1], row.lines[1]];
    if (tok.kind === 'text') {
      const s = squash(tok.text);
      if (side === 'left') {
        const m = matchIncome(s);
        if (m) {
          push({ side: 'income', label: s.slice(0, m.length), income: m });
          const rest = s.slice(m.length);
          if (rest !== '') {
            push({ side: 'expenditure', label: rest });
            side = 'right';
          }
        } else {
          push({ side: 'expenditure', label: s });
          side = 'right';
        }
      } else {
        const last = entries[entries.length - 1];
        if (last && last.side === 'expenditure' && last.amounts.length === 0) last.label += s;
        else push({ side: 'expenditure', label: s });
      }
      continue;
    }
    const last = entries[entries.length - 1];
    if (!last || (last.side === 'income' && last.amounts.length > 0)) {
      unplaced(tok);
      continue;
    }
    last.amounts.push(tok);
    if (last.side === 'income') side = 'right';
  }
  return entries;
}

/** Is every label of this text-only line a complete, known label (a printed line of blank cells)? */
function isCompleteTextLine(text: string): boolean {
  const entries = entriesOf({ lines: [0, 0], text, pending: '' }, () => undefined);
  if (entries.length === 0) return false;
  return entries.every((e) => e.side === 'income' || classifyExpenditure(e.label, undefined).known);
}

/**
 * The table's physical lines grouped into logical rows: a text-only line that is not a complete row
 * (a label broken over lines: "一、财政拨款收入(财政补助收" / "入)" / "14,777.19 …") is carried into the
 * next line. Lines the segmenter kept in the header after the column titles (项目 … 预算) are data.
 */
function logicalRows(table: TableBlock): LogicalRow[] {
  const lastTitle = findLastIndex(table.header, (l) => squash(l.text).includes('项目'));
  const lines: SourceLine[] = [...(lastTitle >= 0 ? table.header.slice(lastTitle + 1) : []), ...table.body];
  const rows: LogicalRow[] = [];
  let pending: SourceLine[] = [];
  const flush = () => {
    const first = pending[0];
    const last = pending[pending.length - 1];
    if (first && last) rows.push({ lines: [first.n, last.n], text: '', pending: pending.map((p) => squash(p.text)).join('') });
    pending = [];
  };
  for (const line of lines) {
    const hasAmount = lineTokens(line.text).some((t) => t.kind === 'amount');
    if (!hasAmount && !isCompleteTextLine(line.text)) {
      if (startsLabel(line.text)) flush();
      pending.push(line);
      continue;
    }
    // A line that starts with a label of its own does not continue the text before it.
    if (startsLabel(line.text)) flush();
    const first = pending[0]?.n ?? line.n;
    rows.push({ lines: [first, line.n], text: line.text, pending: pending.map((p) => squash(p.text)).join('') });
    pending = [];
  }
  flush();
  return rows;
}

/** Does the line start with a label of its own (an ordinal 一、/（一）, an income label, a known total)? */
function startsLabel(text: string): boolean {
  const first = lineTokens(text)[0];
  if (first?.kind !== 'text') return false;
  const s = squash(first.text);
  return ORDINAL.test(fold(s)) || matchIncome(s) !== null || classifyExpenditure(s, undefined).known;
}

function findLastIndex<T>(list: readonly T[], test: (t: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) {
    const item = list[i];
    if (item !== undefined && test(item)) return i;
  }
  return -1;
}

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
