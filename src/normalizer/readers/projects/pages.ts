/**
 * The body of a project table as pages: each line knows whether a page break (repeated title and
 * column header, removed by the segmenter) comes before it.
 *
 * Project tables run over many pages, and a text cell (项目内容, 绩效目标 …) continues on the next page,
 * so the readers need the page breaks. Where a continuation page repeats the header without a title
 * the segmenter recognises (002 表12 page 2; 003 表七's "一般公共预算安排项目支出预算明细表(续 1)"), the
 * title and short header fragments ("位）", "总计", "类别）", "类 款 项") stay in the body; they are
 * dropped here and count as a page break, as are page numbers printed at the foot of a page ("27").
 */
import { isColumnIndexLine, readLine, squash } from '../../cells';
import type { Document, SourceLine, TableBlock } from '../../segment';
import { headerText } from './header';

export interface PageLine extends SourceLine {
  /** A page break (title, header or other page furniture) comes right before this line. */
  breakBefore: boolean;
}

export function pageLines(doc: Document, table: TableBlock): PageLine[] {
  const kept = new Set(table.body.map((l) => l.n));
  const header = headerText(table);
  const title = fold(table.title);
  const byNumber = new Map(doc.lines.map((l) => [l.n, l.text]));
  const out: PageLine[] = [];
  let previous: number | null = null;
  for (const line of table.body) {
    let breakBefore = false;
    if (previous !== null) {
      for (let n = previous + 1; n < line.n; n++) {
        if (!kept.has(n) && (byNumber.get(n) ?? '').trim() !== '') {
          breakBefore = true;
          break;
        }
      }
    }
    out.push({ ...line, breakBefore });
    previous = line.n;
  }
  return dropPageFurniture(out, header, title);
}

function fold(text: string): string {
  return squash(text).replace(/（/gu, '(').replace(/）/gu, ')');
}

function isHeaderFragment(text: string, header: string): boolean {
  const s = fold(text);
  if (s === '' || readLine(text).values.length > 0) return false;
  return isColumnIndexLine(text) || header.includes(s);
}

// The upper header row of the amount columns, which a table's first page may print above the line the
// segmenter takes as its header (001: "财政 拨款 财政专户管理资金 …" OCR'd as "财政→女拨款→财政专").
const COLUMN_WORDS = '总计合计财政拨款财政专户管理资金财政专户拨款事业收入资金经营收入资金其他资金上年预结转';

/**
 * A repeated header row in a tab-separated table: two or more of its cells are pieces of the header
 * ("财政", "财政专", "项目名称 (项目类别)"), as OCR prints the header of every page (001).
 */
function isHeaderRow(text: string, header: string): boolean {
  if (!text.includes('\t')) return false;
  const cells = text.split('\t');
  const pieces = cells.map(fold).filter((c) => c.length >= 2 && (header.includes(c) || COLUMN_WORDS.includes(c)));
  const amounts = cells.filter((c) => readLine(c).values.length > 0);
  return pieces.length >= 2 && amounts.length < 2;
}

/** The table's title printed again on a continuation page, e.g. "…预算明细表(续 1)", "表七 …". */
function isTitleRepeat(text: string, title: string): boolean {
  const s = fold(text)
    .replace(/^表[0-9一二三四五六七八九十]+/u, '')
    .replace(/\(续\d*\)$/u, '');
  return title !== '' && s === title;
}

function isPageNumber(text: string): boolean {
  return /^\s*\d{1,3}\s*$/u.test(text);
}

function dropPageFurniture(lines: PageLine[], header: string, title: string): PageLine[] {
  const drop = new Set<number>();
  const opensPage = (i: number) => {
    const text = lines[i]?.text ?? '';
    return (lines[i]?.breakBefore ?? false) || isTitleRepeat(text, title) || isHeaderRow(text, header);
  };
  lines.forEach((line, i) => {
    if (isPageNumber(line.text) && (i + 1 >= lines.length || opensPage(i + 1))) drop.add(i);
    if (!opensPage(i)) return;
    // After a repeated title, or two or more header fragments in a row right after a break: a repeated
    // header, not a cell that happens to read "预算" or "项".
    let end = i;
    let titled = false;
    while (end < lines.length) {
      const text = lines[end]?.text ?? '';
      if (isTitleRepeat(text, title) || isHeaderRow(text, header)) titled = true;
      else if (!isHeaderFragment(text, header)) break;
      end++;
    }
    if (titled || end - i >= 2) for (let k = i; k < end; k++) drop.add(k);
  });
  const out: PageLine[] = [];
  let pendingBreak = false;
  lines.forEach((line, i) => {
    if (drop.has(i)) {
      pendingBreak = true;
      return;
    }
    out.push({ ...line, breakBefore: line.breakBefore || pendingBreak });
    pendingBreak = false;
  });
  return out;
}
