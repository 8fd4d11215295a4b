/**
 * The one tokenizer of the grid phase: a printed line as text runs and numbers, with their character
 * offsets (column-aligned text keeps cells at fixed offsets, so an offset tells the column).
 *
 * Unlike cells.ts (the 万元 layouts, where an amount always has decimals and an integer is a code), the
 * national template prints whole 元 ("13,097,100", "0") and codes in their own cells; which number is a
 * code is decided by the row reader from its place (first cell, 类/款/项 columns), not here.
 * Numbers glued to a label ("47,483,458一、社会保障和就业支出", "2010506统计管理") are split from it.
 */
import type { Amount } from '../../model/types';

export type NumberToken = { kind: 'num'; printed: string; value: Amount; start: number; end: number };
export type TextToken = { kind: 'text'; text: string; start: number; end: number };
export type GridToken = NumberToken | TextToken;

// A number: thousands groups or plain digits, optional decimals; not inside a longer run of digits, dots
// or commas, and not a list ordinal ("1." / "1、" / "1．" before text) or a percentage.
const NUMBER = /(?<![\d.,])-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d.,]*\d)(?![%％、．])(?!\.(?!\d))/gu;

/** "1,182.90" → "1182.90"; "13,097,100" → "13097100"; "0" → "0". */
export function toAmount(printed: string): Amount {
  return printed.replace(/,/gu, '') as Amount;
}

/** Fold full-width digits, commas and dots (０-９，．) to ASCII; other characters stay. */
export function foldDigits(line: string): string {
  // A full-width comma or point is a separator only between digits: "大厅预约，12345" keeps its comma.
  return line
    .replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)，(?=\d{3})/gu, ',')
    .replace(/(?<=\d)．(?=\d)/gu, '.');
}

export function tokenize(raw: string): GridToken[] {
  const line = foldDigits(raw);
  const out: GridToken[] = [];
  let last = 0;
  const pushText = (start: number, end: number) => {
    for (const m of line.slice(start, end).matchAll(/\S+(?: \S+)*/gu)) {
      // Text cells are split where the text has two or more spaces or a tab (aligned layouts).
      for (const part of m[0].split(/\t| {2,}/u)) {
        const at = line.indexOf(part, start + (m.index ?? 0));
        if (part.trim() !== '') out.push({ kind: 'text', text: part.trim(), start: at, end: at + part.length });
      }
    }
  };
  for (const m of line.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    const before = line[start - 1] ?? ' ';
    const after = line[start + m[0].length] ?? ' ';
    // A number inside a name (CJK on both sides: "第2批") is part of the text.
    if (/[\u4e00-\u9fff]/u.test(before) && /[\u4e00-\u9fff]/u.test(after)) continue;
    pushText(last, start);
    out.push({ kind: 'num', printed: m[0], value: toAmount(m[0]), start, end: start + m[0].length });
    last = start + m[0].length;
  }
  pushText(last, line.length);
  return out;
}
