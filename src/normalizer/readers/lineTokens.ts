/**
 * Text and amounts of one printed line in reading order, with the blank cells between them.
 *
 * Some layouts print nothing for an empty cell (2017's layout-preserved tables: "1,021.28 1,021.28
 * 1,021.28" followed by 21 spaces means ten blank columns). cells.ts gives the amounts; here we keep the
 * separators so that a reader can tell which column each amount sits in:
 * - tab-separated text (OCR / markdown-ish layouts): n tabs between two cells = n − 1 blank cells;
 * - space-separated, layout-preserved text: cells are one space apart and a blank cell is two spaces
 *   wide, so a gap of s spaces holds (s − 1) / 2 blank cells.
 */
import type { Amount } from '../../model/types';
import { amountPattern, parseAmount } from '../cells';

export type Token = { kind: 'text'; text: string; start: number; end: number } | { kind: 'amount'; value: Amount; printed: string; start: number; end: number };

/** Split a line into text runs (between amounts, untrimmed inside) and amounts, in order. */
export function lineTokens(line: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  const pushText = (start: number, end: number) => {
    const raw = line.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== '') out.push({ kind: 'text', text, start: start + lead, end: start + lead + text.length });
  };
  for (const m of line.matchAll(amountPattern())) {
    const parsed = parseAmount(m[0]);
    if (!parsed.ok) continue;
    const index = m.index ?? 0;
    // The match may start with the whitespace the pattern allows inside a number; keep offsets exact.
    const lead = m[0].length - m[0].trimStart().length;
    pushText(last, index + lead);
    const printed = m[0].trim();
    out.push({ kind: 'amount', value: parsed.value, printed, start: index + lead, end: index + lead + printed.length });
    last = index + m[0].length;
  }
  pushText(last, line.length);
  return out;
}

/** How many blank cells a separator between two cells stands for (see the file comment). */
export function blanksIn(separator: string): number {
  if (separator.includes('\t')) return Math.max(0, (separator.match(/\t/gu)?.length ?? 0) - 1);
  const spaces = separator.replace(/[^ \u3000]/gu, '').length;
  return Math.max(0, Math.round((spaces - 1) / 2));
}

/**
 * Place the amounts of a line into `columns` columns, the first amount in column `first`, using the
 * separators to count blank cells. Returns null when the amounts do not fit the columns.
 */
export function placeAmounts(line: string, amounts: readonly Extract<Token, { kind: 'amount' }>[], columns: number, first = 0): (Amount | undefined)[] | null {
  const out: (Amount | undefined)[] = Array.from({ length: columns }, () => undefined);
  let col = first;
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i];
    if (!a) continue;
    if (i > 0) {
      const prev = amounts[i - 1];
      if (!prev) return null;
      col += 1 + blanksIn(line.slice(prev.end, a.start));
    }
    if (col >= columns) return null;
    out[col] = a.value;
  }
  return out;
}

/** Blank cells after the last amount of a line (trailing separators); tabs and spaces as above. */
export function trailingBlanks(line: string, lastEnd: number): number {
  const rest = line.slice(lastEnd);
  if (rest.trim() !== '') return 0;
  if (rest.includes('\t')) return rest.match(/\t/gu)?.length ?? 0;
  const spaces = rest.replace(/[^ \u3000]/gu, '').length;
  return Math.max(0, Math.round((spaces - 1) / 2));
}
