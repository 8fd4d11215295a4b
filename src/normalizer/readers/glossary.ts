/**
 * Reader of the glossary: 专业名词解释 (a section of 部门预算安排情况说明 in 2017/2021) or 名词解释 (its own
 * part, 第四部分, in 2023/2025). Entries are numbered "1. 部门预算：…" / "- 1. 部门预算: …" (2017/2021) or
 * "一、财政拨款收入: …" (2023/2025) and their definitions run over several lines, which are joined.
 */
import type { GlossaryEntry } from '../../model/types';
import { squash } from '../cells';
import type { DocumentReader } from '../facts';
import { ok } from '../../model/result';
import { isPartHeading, recogniseTitle } from '../recognise';
import type { SourceLine } from '../segment';

// "1. 部门预算：", "- 2. 基本支出:", "十、“三公”经费：" — the term is short and has no sentence punctuation.
const ENTRY = /^-?(?:\d{1,2}[.．、]|[一二三四五六七八九十]+、)(?<term>[^:：。，,；;]{1,24}?)[:：](?<rest>.*)$/u;
const PAGE_NUMBER = /^-?\d{1,3}-?$/u;

/**
 * Line text with the white space PDF extraction puts between Chinese characters removed ("公务 用车"
 * → "公务用车"), keeping single spaces between Latin words and numbers.
 */
export function tidy(text: string): string {
  return text
    .replace(/[\s\u3000]+/gu, ' ')
    .trim()
    .replace(/ (?=[^\x20-\x7e])|(?<=[^\x20-\x7e]) /gu, '');
}

/** Join two pieces of a definition broken over lines: no space unless both sides are Latin/digits. */
function join(a: string, b: string): string {
  if (a === '' || b === '') return a + b;
  return /[A-Za-z0-9]$/u.test(a) && /^[A-Za-z0-9]/u.test(b) ? `${a} ${b}` : a + b;
}

function entriesUnder(lines: readonly SourceLine[], start: number): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  let current: { term: string; definition: string; lines: [number, number] } | null = null;
  const close = () => {
    if (current && current.definition !== '')
      entries.push({ term: current.term, definition: current.definition, src: { table: 'glossary', lines: current.lines } });
    current = null;
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (!line) break;
    const s = squash(line.text);
    if (s === '' || PAGE_NUMBER.test(s)) continue;
    // The next part, a table, or the document's closing note (注：本报告金额…) ends the glossary.
    if (isPartHeading(s) || recogniseTitle(line.text) || /^(?:注|备注)[:：]/u.test(s)) break;
    const text = tidy(line.text.replace(/^\s*-\s+/u, ''));
    const m = ENTRY.exec(text.replace(/^(\d{1,2}[.．、])\s+/u, '$1'));
    if (m?.groups) {
      close();
      current = { term: squash(m.groups.term ?? ''), definition: tidy(m.groups.rest ?? ''), lines: [line.n, line.n] };
      continue;
    }
    if (!current) continue; // text before the first entry (an introduction) is not an entry
    // A new top-level heading after the entries ("十一、…" without a term) ends the glossary.
    if (/^[一二三四五六七八九十]+、/u.test(s) && !/[:：]/u.test(s)) break;
    const c: { term: string; definition: string; lines: [number, number] } = current;
    c.definition = join(c.definition, text);
    c.lines = [c.lines[0], line.n];
  }
  close();
  return entries;
}

export const readGlossary: DocumentReader = (ctx) => {
  const lines = ctx.doc.lines;
  let best: GlossaryEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]?.text ?? '';
    const s = squash(raw);
    // The heading itself, not a table-of-contents entry ("- 十、专业名词解释").
    if (!/名词解释$/u.test(s) || raw.trim().startsWith('-')) continue;
    const entries = entriesUnder(lines, i + 1);
    if (entries.length > best.length) best = entries;
  }
  return ok({ glossary: best });
};
