/**
 * pdftotext layout where a row's amounts come first and its text columns follow (000 表10, 002 表12):
 *
 *   令行禁止有呼必 / 应综合指挥调度 / 平台建设          ← name, broken over lines
 *   800.00 800.00 800.00 0.00 …                        ← amounts
 *   1.优化完善“令行禁止、 / …                          ← 项目内容, 绩效目标, 指标 …, over pages
 *   　　数据分析报告 5.00 5.00 …                        ← next row
 *
 * The lines between two amount lines are the tail (text columns) of the first row and the name of the
 * second; the name starts at a 单位编码 line, at an indented line (002's 　　 before each project), or
 * after the tail's last paragraph — unless the next amount line carries its name itself.
 */
import { readLine } from '../../cells';
import type { ProjectHeader } from './header';
import type { PageLine } from './pages';
import type { PrintedRow } from './collect';
import { endsParagraph, type ParagraphSignal } from './text';
import { separateColumns } from './textColumns';

const UNIT_CODE = /^\s*(\d{6})(?!\d)\s*(.*)$/u;
const INDENT = /^\u3000/u;

/** A line carrying a row's amounts: two or more amounts (one for a one-column table) ending the line. */
function isAmountLine(text: string, columns: number): boolean {
  const cells = readLine(text);
  const last = cells.printed.at(-1);
  if (last === undefined || !text.trimEnd().endsWith(last)) return false;
  return columns <= 1 ? cells.values.length === 1 : cells.values.length >= 2;
}

/** Where the next row's name starts among the lines between two amount lines. */
function nameStart(between: readonly PageLine[], amountLineHasName: boolean, signal: ParagraphSignal): number {
  for (let i = between.length - 1; i >= 0; i--) if (UNIT_CODE.test(between[i]?.text ?? '')) return i;
  for (let i = between.length - 1; i >= 0; i--) if (INDENT.test(between[i]?.text ?? '')) return i;
  if (amountLineHasName) return between.length;
  // The name's own last line may end a paragraph too: look for the tail's end before it.
  for (let i = between.length - 2; i >= 0; i--) if (endsParagraph(between[i]?.text ?? '', signal)) return i + 1;
  return 0;
}

/** Group lines by page: a new group at every page break. */
function byPage(lines: readonly PageLine[]): PageLine[][] {
  const pages: PageLine[][] = [];
  for (const line of lines) {
    const page = pages.at(-1);
    if (page === undefined || line.breakBefore) pages.push([line]);
    else page.push(line);
  }
  return pages;
}

interface Pending {
  nameLines: PageLine[];
  amountLine: PageLine;
  tail: PageLine[];
}

export function readAmountsFirst(lines: readonly PageLine[], header: ProjectHeader, signal: ParagraphSignal): PrintedRow[] {
  const pending: Pending[] = [];
  let between: PageLine[] = [];
  for (const line of lines) {
    if (!isAmountLine(line.text, header.columns.length)) {
      between.push(line);
      continue;
    }
    const hasName = readLine(line.text).text.length > 0;
    const previous = pending.at(-1);
    const start = previous ? nameStart(between, hasName, signal) : 0;
    if (previous) previous.tail.push(...between.slice(0, start));
    pending.push({ nameLines: between.slice(start), amountLine: line, tail: [] });
    between = [];
  }
  pending.at(-1)?.tail.push(...between);
  return pending.map((p) => toRow(p, header, signal));
}

function toRow(p: Pending, header: ProjectHeader, signal: ParagraphSignal): PrintedRow {
  const cells = readLine(p.amountLine.text);
  let unitCode: string | undefined;
  const name: string[] = [];
  for (const line of p.nameLines) {
    const code = UNIT_CODE.exec(line.text);
    if (code && unitCode === undefined && name.length === 0) {
      unitCode = code[1];
      if ((code[2] ?? '').trim() !== '') name.push(code[2] ?? '');
    } else name.push(line.text);
  }
  name.push(...cells.text);
  const first = p.nameLines[0] ?? p.amountLine;
  const last = p.tail.at(-1) ?? p.amountLine;
  const row: PrintedRow = {
    lines: [first.n, last.n],
    figureLines: [first.n, p.amountLine.n],
    name,
    indented: INDENT.test(first.text),
    cells: cells.values,
    text: {},
  };
  if (unitCode !== undefined) row.unitCode = unitCode;
  const tail = p.tail.filter((l) => l.text.trim() !== '');
  if (tail.length === 0) return row;
  const [only] = header.texts;
  if (header.texts.length === 1 && only !== undefined) {
    row.text[only] = tail.map((l) => l.text);
    return row;
  }
  // The first page is the one of the amount line (tail lines before the first break); where the amounts
  // end a page, the columns start on the next one.
  const pages = byPage(tail);
  const columns = header.texts.length > 1 ? separateColumns(pages, header.texts.length, signal) : null;
  if (columns === null) {
    row.merged = tail.map((l) => l.text);
    return row;
  }
  header.texts.forEach((kind, i) => {
    row.text[kind] = (columns[i] ?? []).map((l) => l.text);
  });
  return row;
}
