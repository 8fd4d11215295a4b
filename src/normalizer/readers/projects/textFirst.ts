/**
 * pdftotext layout where a row's text comes before the amount that closes it (003 表七):
 *
 *   201 03 02 190001                                   ← 类 款 项 and 单位编码
 *     政务服务 / 管理专项经费                          ← 项目名称, a narrow column
 *   依据市政府《关于建设市政务服务中心的意见》…        ← 项目内容, a wide column (~30 字 a line)
 *   依据《关于建设市政务服务中心的意见》，用 …         ← 项目绩效目标, a narrower column (~20 字)
 *   140.00                                             ← 2017年预算
 *
 * The name ends at its block's last line (pdftotext's trailing space). Content and targets are told
 * apart by line width: the table's full lines fall into two widths, and the content is every paragraph
 * up to the last wide one. Subtotal and unit rows ("合  计     11,609.49", "      190001" / name /
 * "    2,789.54") carry no code line.
 */
import { readLine } from '../../cells';
import type { PrintedRow } from './collect';
import type { ProjectHeader } from './header';
import type { PageLine } from './pages';
import { displayWidth, endsParagraph, type ParagraphSignal } from './text';

const CODE_LINE = /^\s*(\d{3})[ \t]+(\d{2})[ \t]+(\d{2})[ \t]+(\d{6})(?!\d)\s*(.*)$/u;
const UNIT_LINE = /^\s*(\d{6})(?!\d)\s*(.*)$/u;
// A name cell is a few characters wide; never more lines than this.
const NAME_MAX_LINES = 8;

/** The closing amount: the line ends with it, alone or after a gap of 2+ spaces (not "达 99.5" in prose). */
function isAmountLine(text: string): boolean {
  const cells = readLine(text);
  const last = cells.printed.at(-1);
  if (cells.values.length !== 1 || last === undefined) return false;
  const body = text.trimEnd();
  if (!body.endsWith(last)) return false;
  const before = body.slice(0, body.length - last.length);
  return before.trim() === '' || /(?: {2,}|\t)$/u.test(before);
}

function paragraphs(lines: readonly PageLine[], signal: ParagraphSignal): PageLine[][] {
  const out: PageLine[][] = [];
  let current: PageLine[] = [];
  for (const line of lines) {
    current.push(line);
    if (endsParagraph(line.text, signal)) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Widths of the full (non-final) lines of paragraphs: what the column widths really are. */
function fullLineWidths(paras: readonly PageLine[][]): number[] {
  return paras.flatMap((p) => p.slice(0, -1).map((l) => displayWidth(l.text.trim())));
}

/** The width between the two clusters of full-line widths (wide content, narrower targets), if any. */
export function splitWidth(widths: readonly number[]): number | null {
  const sorted = [...new Set(widths)].sort((a, b) => a - b);
  let best = 0;
  let at: number | null = null;
  for (let i = 1; i < sorted.length; i++) {
    const gap = (sorted[i] ?? 0) - (sorted[i - 1] ?? 0);
    if (gap > best) {
      best = gap;
      at = ((sorted[i] ?? 0) + (sorted[i - 1] ?? 0)) / 2;
    }
  }
  return best >= 8 ? at : null;
}

interface Block {
  lines: PageLine[];
  amount: PageLine;
}

export function readTextFirst(lines: readonly PageLine[], header: ProjectHeader, signal: ParagraphSignal): PrintedRow[] {
  const blocks: Block[] = [];
  let pending: PageLine[] = [];
  for (const line of lines) {
    if (isAmountLine(line.text)) {
      blocks.push({ lines: pending, amount: line });
      pending = [];
    } else pending.push(line);
  }
  const last = blocks.at(-1);
  if (last && pending.length > 0) last.lines.push(...pending.filter((l) => l.text.trim() !== ''));

  const parsed = blocks.map((b) => splitBlock(b, signal));
  const threshold = splitWidth(parsed.flatMap((p) => fullLineWidths(paragraphs(p.text, signal))));
  return parsed.map((p) => toRow(p, header, signal, threshold));
}

interface ParsedBlock {
  block: Block;
  unitCode?: string;
  functionalCode?: string;
  name: string[];
  text: PageLine[];
}

function splitBlock(block: Block, signal: ParagraphSignal): ParsedBlock {
  const [first, ...rest] = block.lines;
  const amountText = readLine(block.amount.text).text;
  if (first === undefined) return { block, name: amountText, text: [] };
  const code = CODE_LINE.exec(first.text);
  if (code) {
    const name: string[] = [];
    const inline = (code[5] ?? '').trim();
    let i = 0;
    if (inline !== '') name.push(inline);
    if (inline === '' || !endsParagraph(first.text, signal)) {
      while (i < rest.length && i < NAME_MAX_LINES) {
        const line = rest[i];
        i++;
        if (line === undefined) break;
        name.push(line.text);
        if (endsParagraph(line.text, signal)) break;
      }
    }
    return {
      block,
      functionalCode: `${code[1] ?? ''}${code[2] ?? ''}${code[3] ?? ''}`,
      unitCode: code[4] ?? '',
      name: [...name, ...amountText],
      text: rest.slice(i),
    };
  }
  const unit = UNIT_LINE.exec(first.text);
  if (unit) {
    const inline = (unit[2] ?? '').trim();
    return { block, unitCode: unit[1] ?? '', name: [...(inline ? [inline] : []), ...rest.map((l) => l.text), ...amountText], text: [] };
  }
  return { block, name: [...block.lines.map((l) => l.text), ...amountText], text: [] };
}

function toRow(p: ParsedBlock, header: ProjectHeader, signal: ParagraphSignal, threshold: number | null): PrintedRow {
  const first = p.block.lines[0] ?? p.block.amount;
  // The name is printed on the block's first lines, the figures on its last: where long text lies between
  // them the figures cite their own line.
  const figureFirst = p.block.amount.n - first.n <= 3 ? first.n : p.block.amount.n;
  const row: PrintedRow = {
    lines: [first.n, p.block.amount.n],
    figureLines: [figureFirst, p.block.amount.n],
    name: p.name,
    indented: false,
    cells: readLine(p.block.amount.text).values,
    text: {},
  };
  if (p.unitCode !== undefined) row.unitCode = p.unitCode;
  if (p.functionalCode !== undefined) row.functionalCode = p.functionalCode;
  const text = p.text.filter((l) => l.text.trim() !== '');
  if (text.length === 0) return row;
  const [one, two] = header.texts;
  if (header.texts.length === 1 && one !== undefined) {
    row.text[one] = text.map((l) => l.text);
    return row;
  }
  const paras = paragraphs(text, signal);
  const wide = (para: readonly PageLine[]) => threshold !== null && para.some((l) => displayWidth(l.text.trim()) > threshold);
  let lastWide = -1;
  paras.forEach((para, i) => {
    if (wide(para)) lastWide = i;
  });
  // Content comes first; every paragraph after the last wide one is the narrower targets column.
  if (header.texts.length !== 2 || one === undefined || two === undefined || lastWide < 0 || lastWide === paras.length - 1) {
    row.merged = text.map((l) => l.text);
    return row;
  }
  row.text[one] = paras
    .slice(0, lastWide + 1)
    .flat()
    .map((l) => l.text);
  row.text[two] = paras
    .slice(lastWide + 1)
    .flat()
    .map((l) => l.text);
  return row;
}
