/**
 * Phase 3a — cells: amounts and codes as printed, read out of one line of extracted PDF text.
 *
 * PDF extraction leaves spaces inside numbers ("243. 57", "3 , 750. 53", "24. 00") and thousands
 * separators ("1,182.90"). An amount in these tables always carries a decimal point; integers on a
 * line are codes (功能科目编码 "2060199", 单位编码 "550004"), quantities or column numbers, never amounts.
 */
import type { Amount } from '../model/types';
import { foldDigits } from './grid/tokens';
import { fail, ok, type Result } from '../model/result';

// An amount: optional minus, integer part with optional thousands groups (spaces may surround the
// comma), a decimal point (a space may follow or precede it) and the decimals. Not preceded or followed
// by a digit, a dot or a letter, so that codes, dates and "5.优化" list markers are not taken.
const AMOUNT_SOURCE = String.raw`(?<![\d.,%\w])-?(?:\d{1,3}(?:[ \t]?,[ \t]?\d{3})+|\d+)[ \t]?\.[ \t]?\d{1,4}(?![\d%\w.])`;
// A rate printed in a table cell: "79.08%" (003 表五 执行率). Its value is the number without the sign.
const RATE_SOURCE = String.raw`(?<![\d.,%\w])\d+\.\d{1,4}%(?![\d\w.])`;

export function amountPattern(): RegExp {
  return new RegExp(`${RATE_SOURCE}|${AMOUNT_SOURCE}`, 'gu');
}

/** "1,182.90" → "1182.90"; "243. 57" → "243.57"; "3 , 750. 53" → "3750.53"; "１，１８２．９０" → "1182.90". */
export function parseAmount(printed: string): Result<Amount> {
  const trimmed = foldDigits(printed).trim();
  if (trimmed === '') return fail('empty cell');
  const whole = new RegExp(`^${AMOUNT_SOURCE}$`, 'u');
  const plainInteger = /^-?\d+$/u;
  if (!whole.test(trimmed) && !plainInteger.test(trimmed.replace(/[ \t,]/g, ''))) {
    return fail(`not an amount: ${JSON.stringify(printed)}`);
  }
  const normalised = trimmed.replace(/[ \t,]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return fail(`not an amount: ${JSON.stringify(printed)}`);
  return ok(normalised as Amount);
}

export interface LineCells {
  /** Text between and around the amounts, split at tabs or runs of 2+ spaces, trimmed, non-empty. */
  text: string[];
  values: Amount[];
  printed: string[];
  /** Character offsets of the amounts in the line (for layout-preserving documents). */
  offsets: number[];
}

/**
 * Split a line into its text fragments and its amounts, in reading order. Full-width digits and
 * separators are folded first, as the grid tokenizer does: a row printed "２０６ 科学技术支出 １，１８２．９０"
 * is the row "206 科学技术支出 1,182.90", never text to drop. The fold keeps every offset.
 */
export function readLine(raw: string): LineCells {
  const line = foldDigits(raw);
  const values: Amount[] = [];
  const printed: string[] = [];
  const offsets: number[] = [];
  const text: string[] = [];
  let last = 0;
  for (const m of line.matchAll(amountPattern())) {
    const parsed = parseAmount(m[0].replace(/%$/u, ''));
    if (!parsed.ok) continue;
    pushText(text, line.slice(last, m.index));
    values.push(parsed.value);
    printed.push(m[0].trim());
    offsets.push(m.index ?? 0);
    last = (m.index ?? 0) + m[0].length;
  }
  pushText(text, line.slice(last));
  return { text, values, printed, offsets };
}

function pushText(into: string[], chunk: string): void {
  for (const part of chunk.split(/\t| {2,}|\u3000/u)) {
    const t = part.trim();
    if (t !== '') into.push(t);
  }
}

/** Remove every kind of white space: names broken over lines are joined without spaces (中文无空格). */
export function squash(s: string): string {
  return s.replace(/[\s\u3000]+/gu, '');
}

/**
 * A 功能分类 code at the start of a text cell, in any of the printed forms: "2010301", "[2010301]",
 * "201 03 01" (类 款 项 in separate columns). Returns the code and the rest of the text (the name).
 */
export function leadingCode(text: string): { code: string; rest: string } | null {
  const t = foldDigits(text).trim();
  const bracket = /^[[【]\s*(\d{3,7})\s*[\]】]\s*(.*)$/u.exec(t);
  if (bracket) return { code: bracket[1] ?? '', rest: bracket[2] ?? '' };
  const spaced = /^(\d{3})[ \t]+(\d{2})[ \t]+(\d{2})(?!\d)\s*(.*)$/u.exec(t);
  if (spaced) return { code: `${spaced[1]}${spaced[2]}${spaced[3]}`, rest: spaced[4] ?? '' };
  const spaced2 = /^(\d{3})[ \t]+(\d{2})(?![\d])\s*(.*)$/u.exec(t);
  if (spaced2 && !/^\d/.test(spaced2[3] ?? '')) return { code: `${spaced2[1]}${spaced2[2]}`, rest: spaced2[3] ?? '' };
  const plain = /^(\d{3}|\d{5}|\d{7})(?!\d)\s*(.*)$/u.exec(t);
  if (plain) return { code: plain[1] ?? '', rest: plain[2] ?? '' };
  return null;
}

/** A line of consecutive column numbers "1 2 3 … N" printed under a table header. */
export function isColumnIndexLine(line: string): boolean {
  const parts = line.trim().split(/\s+/u);
  if (parts.length < 3) return false;
  return parts.every((p, i) => p === String(i + 1));
}
