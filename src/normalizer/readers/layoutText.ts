/**
 * Helpers for the readers of 三公经费, 政府采购 and 政府购买服务 tables: the table's body as the reader
 * needs it (repeated page headers removed, rows that print only blank cells kept as rows), the blank
 * cells of layout-preserved text (pdftotext: a blank cell is two spaces), and the text cells of a row
 * whose names are broken over several lines.
 *
 * Two families of text reach these readers:
 * - tab-separated (001, 004): one physical line per row, cells split by tabs, blank cells empty;
 * - pdftotext, space-separated (000, 003): names broken over lines, cells joined by one space and a
 *   blank cell adds two more; a physical line that ends inside a cell has no trailing space, one that
 *   ends a cell has one ("年度电子政务工作" + "会议 " is one cell, "维 " closes "…年信息化运维").
 */
import type { Amount } from '../../model/types';
import { isColumnIndexLine, readLine, squash } from '../cells';
import { recogniseTitle, tableNumberLine } from '../recognise';
import type { SourceLine } from '../segment';

/** One row as these readers see it: its physical lines, and the line carrying its amounts. */
export interface LayoutRow {
  lines: [number, number];
  /** Every physical line of the row, as printed, the amounts line last. */
  source: SourceLine[];
  /** The line with the amounts; absent for a row printed with every amount cell blank. */
  valueLine?: SourceLine;
  values: Amount[];
  printed: string[];
  offsets: number[];
}

// Page furniture that starts a repeated column header: the department line, the title (with 续N).
function startsHeader(text: string): boolean {
  const s = squash(text);
  if (/^(部门名称|单位名称|部门[:：])/u.test(s) || tableNumberLine(text) !== null) return true;
  return recogniseTitle(s.replace(/[(（]续\d*[)）]$/u, '')) !== null;
}

/**
 * Source line numbers of column headers repeated inside a table: from a title / 部门名称 / 表N line
 * to the column-number line ("1 2 3 … N") that ends the header, with no amount in between.
 * The segmenter keeps these when the repeated title reads "…预算表(续 1)" or the table has none.
 */
export function repeatedHeaderLines(lines: readonly SourceLine[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const start = lines[i];
    if (!start || !startsHeader(start.text)) continue;
    for (let j = i; j < lines.length && j < i + 120; j++) {
      const l = lines[j];
      if (!l) break;
      if (j > i && readLine(l.text).values.length > 0) break;
      if (isColumnIndexLine(l.text)) {
        for (let k = i; k <= j; k++) out.add(lines[k]?.n ?? -1);
        i = j;
        break;
      }
    }
  }
  return out;
}

/** The document's lines from..to (inclusive, 1-based), blank lines left out. */
export function linesBetween(all: readonly SourceLine[], from: number, to: number): SourceLine[] {
  return all.filter((l) => l.n >= from && l.n <= to && l.text.trim() !== '');
}

/**
 * Join physical lines into rows: text lines accumulate until a line with amounts closes the row.
 * A text-only line for which `blankRow` says so is a row of its own with every amount cell blank
 * (003 prints "一次性项目" followed by 12 blank cells), not the start of the next row's name.
 */
export function layoutRows(body: readonly SourceLine[], blankRow: (line: SourceLine) => boolean): LayoutRow[] {
  const rows: LayoutRow[] = [];
  let pending: SourceLine[] = [];
  for (const line of body) {
    const cells = readLine(line.text);
    if (cells.values.length === 0) {
      if (pending.length === 0 && blankRow(line)) {
        rows.push({ lines: [line.n, line.n], source: [line], values: [], printed: [], offsets: [] });
      } else {
        pending.push(line);
      }
      continue;
    }
    const source = [...pending, line];
    rows.push({ lines: [source[0]?.n ?? line.n, line.n], source, valueLine: line, values: cells.values, printed: cells.printed, offsets: cells.offsets });
    pending = [];
  }
  if (pending.length > 0) {
    const first = pending[0] as SourceLine;
    const last = pending[pending.length - 1] as SourceLine;
    rows.push({ lines: [first.n, last.n], source: pending, values: [], printed: [], offsets: [] });
  }
  return rows;
}

/** A text-only line followed by at least `cells` blank cells (2 spaces each) of layout-preserved text. */
export function hasBlankCells(text: string, cells: number): boolean {
  if (text.includes('\t')) return false;
  const trailing = /( *)$/u.exec(text)?.[1]?.length ?? 0;
  return cells > 0 && trailing >= 2 * cells - 1;
}

/**
 * The amount columns (0-based, of `width`) of a layout-preserved row's amounts, from the blank cells
 * between them: one space joins two cells and each blank cell adds two. Counted from the right end
 * (the line keeps its trailing blanks) and, where `fromLeft` says the text before the first amount
 * fills only the text columns, also from the left; both counts must agree. Null where the spacing is
 * not a whole number of cells or does not fit `width` (the caller warns).
 */
export function columnsByBlanks(line: string, offsets: readonly number[], printed: readonly string[], width: number, fromLeft: boolean): number[] | null {
  const n = offsets.length;
  if (n === 0 || n !== printed.length || n > width) return null;
  if (line.includes('\t')) return null;
  const ends = offsets.map((o, i) => o + (printed[i] ?? '').length);
  const between: number[] = [];
  for (let i = 0; i + 1 < n; i++) {
    const gap = (offsets[i + 1] ?? 0) - (ends[i] ?? 0);
    if (gap < 1 || (gap - 1) % 2 !== 0 || line.slice(ends[i], offsets[i + 1]).trim() !== '') return null;
    between.push((gap - 1) / 2);
  }
  let right: number[] | null = null;
  const rest = line.slice(ends[n - 1]);
  if (rest.length > 0 && rest.trim() === '') {
    const trailing = rest.length % 2 === 1 ? (rest.length - 1) / 2 : null;
    if (trailing === null) return null;
    right = new Array<number>(n);
    right[n - 1] = width - 1 - trailing;
    for (let i = n - 2; i >= 0; i--) right[i] = (right[i + 1] ?? 0) - 1 - (between[i] ?? 0);
    if ((right[0] ?? -1) < 0) return null;
  }
  let left: number[] | null = null;
  if (fromLeft) {
    const pre = line.slice(0, offsets[0]);
    const spaces = /( *)$/u.exec(pre)?.[1]?.length ?? 0;
    let lead: number | null;
    if (pre.trim() === '') lead = pre.length % 2 === 0 ? pre.length / 2 : null;
    else lead = spaces >= 1 && (spaces - 1) % 2 === 0 ? (spaces - 1) / 2 : null;
    if (lead === null) return null;
    left = [lead];
    for (let i = 0; i + 1 < n; i++) left.push((left[i] ?? 0) + 1 + (between[i] ?? 0));
    if ((left[n - 1] ?? width) >= width) return null;
  }
  if (left && right) return left.every((c, i) => c === right[i]) ? left : null;
  return left ?? right;
}

// Two Han characters separated by one space: a cell boundary in pdftotext text (inside a cell a space
// only separates Han from digits or Latin, as in "2017 年信息化运维").
const HAN_SPACE_HAN = /(?<=\p{Script=Han}) (?=\p{Script=Han})/u;

/**
 * The text cells of a pdftotext row, in reading order: a line ending without a space continues its
 * cell on the next line; two or more spaces, a tab or a full-width space separate cells; so does one
 * space between two Han characters. `lastText` is the text before the amounts on the amounts line.
 */
export function textCells(lines: readonly string[], lastText: string): string[] {
  const cells: string[] = [];
  let open = '';
  const take = (text: string, closes: boolean) => {
    const pieces = text
      .trim()
      .split(/ {2,}|\t|\u3000/u)
      .filter((p) => p !== '');
    pieces.forEach((piece, i) => {
      const last = i === pieces.length - 1;
      if (last && !closes) {
        open += piece;
        return;
      }
      cells.push(open + piece);
      open = '';
    });
  };
  for (const line of lines) take(line, /\s$/u.test(line));
  take(lastText, true);
  if (open !== '') cells.push(open);
  return cells
    .flatMap((c) => c.split(HAN_SPACE_HAN))
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

/** A 单位编码 (six digits) opening a row's first text cell: "190001", "190004 广州市电子政务服务中心". */
export function unitCodeOf(cells: readonly string[]): { code: string; rest: string[] } | null {
  const first = cells[0];
  if (first === undefined) return null;
  const m = /^(\d{6})(?:\s+(.*))?$/u.exec(first);
  if (!m) return null;
  const name = m[2]?.trim() ?? '';
  return { code: m[1] ?? '', rest: name === '' ? cells.slice(1) : [name, ...cells.slice(1)] };
}

/**
 * Sub-total rows shared by these tables, as printed ("其中：基本支出", "经常性项目", "一次性专项" …),
 * mapped to a stable key for printed totals. 经常性项目 (department) and 经常性专项 (unit) are the same
 * split of 项目支出; so are 一次性项目 / 一次性专项.
 */
export function sectionOf(label: string): 'basic' | 'project' | 'recurring' | 'oneOff' | 'specialFunds' | null {
  const s = squash(label).replace(/^其中[:：]/u, '');
  if (s === '基本支出') return 'basic';
  if (s === '项目支出') return 'project';
  if (s === '经常性项目' || s === '经常性专项') return 'recurring';
  if (s === '一次性项目' || s === '一次性专项') return 'oneOff';
  if (s === '财政专项资金') return 'specialFunds';
  return null;
}

/** "合计" / "合  计" / "总计": the table's total row. */
export function isTotalLabel(label: string): boolean {
  return /^(合计|总计)$/u.test(squash(label));
}
