/**
 * The printed lines of a two-sided summary table (收支总表), read as sequences of labels and amounts and
 * told apart into an income side and an expenditure side by the income vocabulary (incomeLabels.ts).
 */
import { squash } from '../cells';
import type { SourceLine, TableBlock } from '../segment';
import { classCode } from './functionalClasses';
import { fold, type IncomeMatch, matchIncome, ORDINAL } from './incomeLabels';
import { lineTokens, type Token } from './lineTokens';

export type AmountToken = Extract<Token, { kind: 'amount' }>;

/** One side of one printed line: a label and the amounts printed after it. */
export interface Entry {
  side: 'income' | 'expenditure';
  label: string;
  income?: IncomeMatch;
  amounts: AmountToken[];
  lines: [number, number];
  /** The physical line the amounts are on (its spacing tells blank cells apart). */
  valueLine: string;
}

export interface LogicalRow {
  lines: [number, number];
  /** The text of the line carrying the amounts (or the only line). */
  text: string;
  /** Text of preceding lines that belong to this row's first label (a label broken over lines). */
  pending: string;
}

export type ExpenditureKind = { key: string; known: boolean; lei?: string };

/**
 * Expenditure-side labels: totals, the other 支出 lines, a 类 by name, or (2017) a 款 name under its 类.
 * Keys as the 支出总体情况表 reader names the same columns (expenditure.carryForward, …subsidiaryGrants,
 * …remitToSuperior, …operating), so that reconcile compares the two tables.
 */
export function classifyExpenditure(label: string, lei: string | undefined): ExpenditureKind {
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
export function entriesOf(row: LogicalRow, unplaced: (t: AmountToken) => void): Entry[] {
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
export function logicalRows(table: TableBlock): LogicalRow[] {
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

export function findLastIndex<T>(list: readonly T[], test: (t: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) {
    const item = list[i];
    if (item !== undefined && test(item)) return i;
  }
  return -1;
}
