/**
 * Phase 1 — segment: split a document's lines into table blocks.
 *
 * A block starts at a recognised title (表名) and runs to the next title or part heading
 * (第X部分). PDF pages repeat the title and column header on every page: consecutive blocks of the
 * same kind are one table, and the repeated header of each continuation page is dropped.
 */
import type { MoneyUnit, TableKind } from '../model/types';
import { unitOfLine } from './profile';
import { isColumnIndexLine, leadingCode, readLine, squash } from './cells';
import { isPartHeading, recogniseTitle, recogniseUntitledHeader, tableNumberLine } from './recognise';

export interface SourceLine {
  /** 1-based line number in the source file. */
  n: number;
  text: string;
}

export interface TableBlock {
  /** "t01", "t02", … in the order the tables appear. */
  key: string;
  kind: TableKind;
  number: string;
  title: string;
  /** True where no title was printed and the table was recognised by its column header. */
  titleInferred?: true;
  /** True where the title is one of the national template's (部门财务收支预算总表, 支出决算表 …). */
  national?: true;
  /** First and last source line of the table, title to last row. */
  lines: [number, number];
  /** The unit line printed with the table (单位：元 / 单位：万元), null where it prints none. */
  unit: MoneyUnit | null;
  /** The column header as printed on the first page (text only). */
  header: SourceLine[];
  /** The rows' lines: boilerplate, repeated headers and notes removed. */
  body: SourceLine[];
  /** 注 lines: the table's notes. */
  notes: SourceLine[];
}

export interface Document {
  source: string;
  lines: SourceLine[];
}

export function toDocument(source: string, text: string): Document {
  const lines = text
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((t, i) => ({ n: i + 1, text: t }));
  return { source, lines };
}

// Page furniture printed with every table page: department line, unit line, page footers.
function isBoilerplate(text: string): boolean {
  const s = squash(text);
  return (
    /^(部门名称|单位名称|编制部门|编制单位)[:：]/u.test(s) ||
    /^单位[:：]万?元$/u.test(s) ||
    /单位[:：]万?元单位名称/u.test(s) ||
    /^(金额)?单位[:：]万?元/u.test(s) ||
    /^第\d+页/u.test(s)
  );
}

function isNote(text: string): boolean {
  return /^(注|备注)[:：]/u.test(squash(text));
}

/** A line that starts the data rows: it carries an amount, or starts with a classification/unit code. */
export function isDataStart(text: string): boolean {
  if (readLine(text).values.length > 0) return true;
  // Whole 元 with thousands separators ("164,978,640") are amounts too.
  if (/\d,\d{3}(?![\d,])/u.test(text)) return true;
  const t = text.trim();
  if (/^\d{6}(?!\d)/u.test(t)) return true;
  return leadingCode(t) !== null && !isColumnIndexLine(t);
}

interface RawBlock {
  kind: TableKind;
  national?: true;
  unit: MoneyUnit | null;
  /** The title was not printed: the block was recognised by its column header. */
  inferred?: true;
  number: string;
  title: string;
  start: number;
  lines: SourceLine[];
}

function splitBlocks(doc: Document): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current = null as RawBlock | null;
  let pendingNumber = '';
  for (const line of doc.lines) {
    const number = tableNumberLine(line.text);
    if (number) {
      pendingNumber = number;
      continue;
    }
    const title = recogniseTitle(line.text);
    if (title) {
      current = {
        kind: title.kind,
        ...(title.national ? { national: true as const } : {}),
        unit: null,
        number: title.number || pendingNumber,
        title: title.title,
        start: line.n,
        lines: [],
      };
      blocks.push(current);
      pendingNumber = '';
      continue;
    }
    const untitled: ReturnType<typeof recogniseUntitledHeader> = current ? recogniseUntitledHeader(line.text) : null;
    if (untitled && current && current.kind !== untitled.kind) {
      // The header line belongs to the new table: keep it as the block's first line.
      current = { kind: untitled.kind, unit: null, number: '', title: untitled.title, inferred: true, start: line.n, lines: [line] };
      blocks.push(current);
      continue;
    }
    if (isPartHeading(line.text)) {
      current = null;
      pendingNumber = '';
      continue;
    }
    if (current) {
      current.lines.push(line);
      current.unit ??= unitOfLine(line.text);
    }
  }
  return blocks;
}

/** Index of the column-number line ("1 2 3 … N") if it comes before the first data line. */
function headerEnd(lines: SourceLine[]): { end: number; indexed: boolean } {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (isColumnIndexLine(text)) return { end: i + 1, indexed: true };
    if (isDataStart(text)) return { end: i, indexed: false };
  }
  return { end: lines.length, indexed: false };
}

export function segment(doc: Document): TableBlock[] {
  const merged: TableBlock[] = [];
  let previous: TableBlock | null = null;
  let headerText = '';
  for (const raw of splitBlocks(doc)) {
    const content = raw.lines.filter((l) => l.text.trim() !== '' && !isBoilerplate(l.text));
    const continuation = previous !== null && previous.kind === raw.kind && (raw.number === '' || raw.number === previous.number);
    const { end, indexed } = headerEnd(content);
    let block: TableBlock;
    let rest: SourceLine[];
    if (continuation && previous) {
      block = previous;
      // A continuation page repeats the header: drop it through the column numbers if printed, else
      // drop leading text lines that are part of the first page's header.
      rest = indexed ? content.slice(end) : dropRepeatedHeader(content, headerText);
    } else {
      block = {
        key: `t${String(merged.length + 1).padStart(2, '0')}`,
        kind: raw.kind,
        number: raw.number,
        title: raw.title,
        ...(raw.inferred ? { titleInferred: true as const } : {}),
        ...(raw.national ? { national: true as const } : {}),
        lines: [raw.start, raw.start],
        unit: raw.unit,
        header: content.slice(0, end),
        body: [],
        notes: [],
      };
      merged.push(block);
      headerText = block.header.map((l) => squash(l.text)).join('');
      rest = content.slice(end);
    }
    appendBody(block, rest);
    const last = raw.lines[raw.lines.length - 1];
    block.lines[1] = Math.max(block.lines[1], lastContentLine(raw) ?? last?.n ?? raw.start);
    previous = block;
  }
  return merged;
}

function lastContentLine(raw: RawBlock): number | undefined {
  for (let i = raw.lines.length - 1; i >= 0; i--) {
    const l = raw.lines[i];
    if (l && l.text.trim() !== '') return l.n;
  }
  return undefined;
}

function dropRepeatedHeader(lines: SourceLine[], headerText: string): SourceLine[] {
  let i = 0;
  while (i < lines.length) {
    const text = lines[i]?.text ?? '';
    const s = squash(text);
    if (isDataStart(text) || s === '' || !headerText.includes(s)) break;
    i++;
  }
  return lines.slice(i);
}

function appendBody(block: TableBlock, lines: SourceLine[]): void {
  let inNote = false;
  for (const line of lines) {
    if (isNote(line.text)) {
      inNote = true;
      block.notes.push(line);
      continue;
    }
    if (inNote && !isDataStart(line.text)) {
      block.notes.push(line);
      continue;
    }
    inNote = false;
    // A header line repeated mid-table (pages without a repeated title): drop when it is text only and
    // is, whole, one of the first page's header lines.
    const s = squash(line.text);
    if (!isDataStart(line.text) && s.length >= 4 && block.header.some((h) => squash(h.text) === s)) continue;
    if (isColumnIndexLine(line.text)) continue;
    block.body.push(line);
  }
}
