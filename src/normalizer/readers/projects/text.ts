/**
 * Text helpers for the project tables: joining a cell broken over lines, the printed width of a line,
 * and the signals that tell where a paragraph ends and where a numbered item (1. 2. 一、) begins.
 */

// East Asian wide and full-width characters (汉字, 全角标点, U+3000 全角空格) take two columns.
const WIDE = /[\u1100-\u115F\u2E80-\u303F\u3040-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Printed width of a line in half-width columns (a Chinese character counts 2). Trailing spaces ignored. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text.trimEnd()) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

const ASCII_WORD = /[A-Za-z0-9]/u;

/**
 * Join the lines of one cell as printed. PDF extraction breaks a cell at the column edge and inserts
 * spaces around Latin letters and digits inside Chinese text ("2020 年", "PC 端"); Chinese is written
 * without spaces (中文无空格), so a space survives only between two Latin letters or digits.
 */
export function joinText(lines: readonly string[]): string {
  const parts = lines.map((l) => l.trim()).filter((l) => l !== '');
  // Pieces are collected and joined once: reading the last character of a growing string flattens it
  // each time, which made a long cell quadratic in its length.
  const pieces: string[] = [];
  let prev = '';
  for (const part of parts) {
    const next = part[0] ?? '';
    pieces.push(pieces.length > 0 && ASCII_WORD.test(prev) && ASCII_WORD.test(next) ? ` ${part}` : part);
    prev = part.at(-1) ?? prev;
  }
  return pieces
    .join('')
    .replace(/(.)[\s\u3000]+(?=(.))/gu, (_m, before: string, after: string) => (ASCII_WORD.test(before) && ASCII_WORD.test(after) ? `${before} ` : before));
}

/** How a document marks the last line of a paragraph inside a cell. */
export type ParagraphSignal = 'trailingSpace' | 'punctuation';

/**
 * pdftotext ends the last line of a text block with a space, and only that line; where the extraction
 * leaves no trailing spaces at all, a line ending in 。！？ is the best remaining signal.
 */
export function paragraphSignal(lines: readonly string[]): ParagraphSignal {
  return lines.some((l) => l.trim() !== '' && /[ \t]$/u.test(l)) ? 'trailingSpace' : 'punctuation';
}

export function endsParagraph(line: string, signal: ParagraphSignal): boolean {
  if (line.trim() === '') return false;
  if (signal === 'trailingSpace') return /[ \t\u3000]$/u.test(line);
  return /[。！？!?][）)”"」』]*$/u.test(line.trim());
}

// A numbered item: "1." "2、" "一、" "（1）" "(2)" — not "2.5亿" nor "2021 年".
const MARKER = /^(?:\d{1,2}[ \t]*[.．、](?!\d)|[一二三四五六七八九十]{1,3}[、.．]|[（(][ \t]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \t]*[）)])/u;
const FIRST_MARKER = /^(?:1[ \t]*[.．、](?!\d)|一[、.．]|[（(][ \t]*[1一][ \t]*[）)])/u;

export function startsWithMarker(line: string): boolean {
  return MARKER.test(line.trim());
}

/** The first item of a numbered list ("1." "一、" "（1）"): where a new column's text typically starts. */
export function startsFirstItem(line: string): boolean {
  return FIRST_MARKER.test(line.trim());
}
