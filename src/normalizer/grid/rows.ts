/**
 * Grid phase, rows: the physical lines of a national-template table body as logical rows — a label (code
 * and name, or a label such as 合计), the numbers in reading order with their offsets, and the source lines.
 *
 * Names wrapped inside their cell reach us as text-only lines around the line with the numbers. The PDF
 * centres a row's cells vertically, so a wrapped name is split evenly above and below its numbers
 * ("机关事业单位基本养老保险缴费" / "2080505 699.30 699.30" / "支出"); a row printed with no name on its
 * number line takes at least the line below ("201 22,186,440.80 …" / "一般公共服务支出": values printed on
 * the line above their label). One rule covers both: a row takes as many fragment lines below as it took
 * above, and at least one where its own line had no name.
 *
 * Lines holding two column groups (the 决算 基本支出 table prints 301… and 302… side by side) are split at
 * each classification code that follows a cell: each group is a row of its own.
 */
import type { Amount } from '../../model/types';
import type { SourceLine } from '../segment';
import { tokenize, type GridToken, type NumberToken } from './tokens';

export interface GridRow {
  /** First and last source line (fragments included). */
  lines: [number, number];
  /** The line carrying the numbers. */
  line: number;
  /** Classification code (功能分类 2010301, 经济分类 30101), folded from any printed form, or "". */
  code: string;
  /** The label: the name after the code, or the whole label (合计, 一、财政拨款收入), wrapped parts joined. */
  label: string;
  nums: NumberToken[];
  /** Which group of a multi-group line this row is (0 for the first). */
  group: number;
}

/** Text-only lines that are column headers repeated on a continuation page, never a wrapped name. */
// "编码" alone is the second line of a wrapped "科目编码" header cell (caught gluing onto 差旅费).
const REPEATED_HEADER = /科目|^类款?项?$|^项目|^(?:科目)?编码$|基本支出项目支出|预算数|决算数|单位[:：]/u;

/** Whether a number token can be a code at the start of a row: 3, 5 or 7 digits, no separators. */
function codeLike(t: GridToken | undefined, lead: RegExp): t is NumberToken {
  return t?.kind === 'num' && /^\d{3}(?:\d{2}){0,2}$/u.test(t.printed) && lead.test(t.printed);
}

/** The leading code of a token run: "2010301", "201 03 01" (类 款 项 cells), "201 03", "201". */
function takeCode(tokens: GridToken[], lead: RegExp): { code: string; used: number } | null {
  const first = tokens[0];
  if (!codeLike(first, lead)) return null;
  let code = first.printed;
  let used = 1;
  if (code.length === 3) {
    for (let k = 1; k <= 2; k++) {
      const t = tokens[k];
      if (t?.kind !== 'num') break;
      // A 款/项 cell is two digits; the extraction sometimes drops a leading zero ("301 2 津贴补贴" for
      // 30102): one digit directly before the name (or the 项 cell) is that cell, not an amount.
      const next = tokens[k + 1];
      const padded = /^\d$/u.test(t.printed) && (next?.kind === 'text' || (next?.kind === 'num' && /^\d{2}$/u.test(next.printed)));
      if (!/^\d{2}$/u.test(t.printed) && !padded) break;
      code += t.printed.padStart(2, '0');
      used++;
    }
  }
  return { code, used };
}

interface Piece {
  line: SourceLine;
  /** Character offset of the piece's first cell: in aligned text, where its column group starts. */
  start: number;
  code: string;
  name: string[];
  nums: NumberToken[];
  group: number;
  above: number;
  fragments: { before: SourceLine[]; after: SourceLine[] };
}

/** Split one line into its row pieces (one per column group); [] for a text-only line. */
function piecesOf(line: SourceLine, lead: RegExp): Piece[] {
  const tokens = tokenize(line.text);
  if (!tokens.some((t) => t.kind === 'num')) return [];
  const pieces: Piece[] = [];
  let current: Piece | null = null;
  for (let i = 0; i < tokens.length; ) {
    const rest = tokens.slice(i);
    const code = takeCode(rest, lead);
    // A code starts a new piece at the start of the line, or after a cell of the previous piece.
    if (code && (current === null || current.nums.length > 0 || current.name.length > 0 || current.code !== '')) {
      const at = (rest[0] as GridToken).start;
      current = { line, start: at, code: code.code, name: [], nums: [], group: pieces.length, above: 0, fragments: { before: [], after: [] } };
      pieces.push(current);
      i += code.used;
      continue;
    }
    const t = tokens[i] as GridToken;
    if (current === null) {
      current = { line, start: t.start, code: '', name: [], nums: [], group: 0, above: 0, fragments: { before: [], after: [] } };
      pieces.push(current);
    }
    if (t.kind === 'num') current.nums.push(t);
    else if (current.nums.length > 0 && pieces.length > 0 && !codeLike(tokens[i + 1], lead)) {
      // A label after numbers starts the next group of a two-sided table ("一、财政拨款收入 100 一、…支出 100").
      current = { line, start: t.start, code: '', name: [t.text], nums: [], group: pieces.length, above: 0, fragments: { before: [], after: [] } };
      pieces.push(current);
    } else current.name.push(t.text);
    i++;
  }
  return pieces;
}

/** Fragment lines between two rows: the previous row takes its share below, the next row the rest. */
function share(pending: readonly SourceLine[], previous: Piece | null, next: Piece | null): void {
  let take = 0;
  if (previous) {
    const hasName = previous.name.length > 0;
    take = Math.min(pending.length, hasName ? previous.above : Math.max(previous.above, 1));
    if (!next) take = pending.length;
    previous.fragments.after.push(...pending.slice(0, take));
  }
  if (next) {
    next.fragments.before.push(...pending.slice(take));
    next.above = pending.length - take;
  }
}

/**
 * The fragment lines of one column group: in aligned text, each text run goes to the group whose first
 * cell starts at or before it on the neighbouring line of figures ("职工基本医疗保险" at column 28 is the
 * left group's 30110, "取暖费" at column 79 the right group's 30208). Null where offsets cannot tell the
 * groups apart (one group, or flowing text whose runs all start at the margin).
 */
function byGroup(pending: readonly SourceLine[], ref: readonly Piece[]): SourceLine[][] | null {
  if (ref.length < 2) return null;
  const starts = ref.map((p) => p.start);
  const out: SourceLine[][] = ref.map(() => []);
  for (const line of pending) {
    const runs = tokenize(line.text);
    if (runs.every((r) => r.start < (starts[1] ?? 0)) && runs.every((r) => r.start <= (starts[0] ?? 0))) return null;
    for (let g = 0; g < ref.length; g++) {
      const lo = g === 0 ? -Infinity : (starts[g] ?? 0);
      const hi = starts[g + 1] ?? Infinity;
      const text = runs.filter((r) => r.start >= lo && r.start < hi).map((r) => (r.kind === 'text' ? r.text : r.printed));
      if (text.length > 0) out[g]?.push({ ...line, text: text.join('') });
    }
  }
  return out;
}

/**
 * Rows of a table body. `codeLead` says which codes start a row (功能分类 /^2/ , 经济分类 /^3/, or both);
 * a number at the start of a line that does not match is an amount.
 */
export function gridRows(body: readonly SourceLine[], codeLead: RegExp = /^[23]/u): GridRow[] {
  const pieces: Piece[] = [];
  let pending: SourceLine[] = [];
  let previousLine: Piece[] = [];
  // Which piece of a line wrapped: the first without a name (the group whose cell wrapped).
  const wrapped = (ps: readonly Piece[], last: boolean): Piece | null => ps.find((p) => p.name.length === 0) ?? (last ? ps[ps.length - 1] : ps[0]) ?? null;
  const flush = (nextLine: Piece[]) => {
    const groups = byGroup(pending, nextLine.length >= 2 ? nextLine : previousLine);
    if (groups && (nextLine.length === 0 || previousLine.length === 0 || nextLine.length === previousLine.length)) {
      groups.forEach((lines, g) => {
        if (lines.length > 0) share(lines, previousLine[g] ?? null, nextLine[g] ?? null);
      });
    } else share(pending, wrapped(previousLine, true), nextLine.length > 0 ? wrapped(nextLine, false) : null);
    pending = [];
  };
  for (const line of body) {
    const ps = piecesOf(line, codeLead);
    if (ps.length === 0) {
      // A column header repeated on a new page ("类 款 项", "功能分类科目名称 合计 基本支出 项目支出") is
      // not part of any row's name.
      if (!REPEATED_HEADER.test(line.text.replace(/[\s\u3000]+/gu, ''))) pending.push(line);
      continue;
    }
    flush(ps);
    pieces.push(...ps);
    previousLine = ps;
  }
  flush([]);
  return pieces.map((p) => {
    const before = p.fragments.before.map((l) => l.text.trim());
    const after = p.fragments.after.map((l) => l.text.trim());
    const label = [...before, ...p.name, ...after].join('').replace(/[\s\u3000]+/gu, '');
    const first = p.fragments.before[0]?.n ?? p.line.n;
    const last = p.fragments.after[p.fragments.after.length - 1]?.n ?? p.line.n;
    return { lines: [first, last], line: p.line.n, code: p.code, label, nums: p.nums, group: p.group };
  });
}

/** The values of a row, in reading order. */
export function valuesOf(row: GridRow): Amount[] {
  return row.nums.map((n) => n.value);
}

/** The raw layer of a grid row (tables[].rows): its code and label, and every number as printed. */
export function toRawGridRow(row: GridRow): { lines: [number, number]; text: string[]; values: Amount[]; printed: string[] } {
  return {
    lines: row.lines,
    text: [row.code, row.label].filter((t) => t !== ''),
    values: row.nums.map((n) => n.value),
    printed: row.nums.map((n) => n.printed),
  };
}
