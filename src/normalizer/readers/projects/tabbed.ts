/**
 * Tab-separated layout (004 表12, 001's OCR): one line per printed row, cells separated by tabs,
 *
 *   信息化项 目管理经费→809.48→…→0.00→开展信息化规划咨询…      name, amounts, text columns
 *   →→→→→→→→到“一屏观白云…                                      a text cell continued (next page)
 *   受理人员外包 服务项目→→…→服务, 实现…                         name and text continued
 *
 * The text columns are the last cells of a line (as many as the header names), so a continuation line
 * is placed by counting from its end, whatever its leading tabs. A name fragment on a line without
 * amounts continues the row above when it stands beside that row's text, opens a page (the row was cut
 * by the page break) or sits under a text-less row (OCR centres a two-line cell on its amounts); else
 * it starts the next row's name.
 */
import { parseAmount } from '../../cells';
import type { Amount } from '../../../model/types';
import type { PrintedRow } from './collect';
import type { ProjectHeader } from './header';
import type { PageLine } from './pages';

const UNIT_CODE = /^\d{6}$/u;

interface Cells {
  head: string[];
  amounts: (Amount | undefined)[];
  /** Printed cells among the amounts that do not read as an amount (OCR damage: "0, 00"). */
  unreadable: number;
  texts: string[];
}

function amountAt(cell: string): Amount | undefined {
  if (!/\d[ \t]*[.．][ \t]*\d/u.test(cell)) return undefined;
  const parsed = parseAmount(cell);
  return parsed.ok ? parsed.value : undefined;
}

/** Split one line into name cells, amount cells (blank where printed blank) and text cells. */
function cellsOf(text: string, textCount: number): Cells | null {
  const cells = text.split('\t');
  const positions = cells.map((c, i) => (amountAt(c) !== undefined ? i : -1)).filter((i) => i >= 0);
  const first = positions[0];
  const last = positions.at(-1);
  if (first === undefined || last === undefined) return null;
  const range = cells.slice(first, last + 1);
  return {
    head: cells.slice(0, first),
    amounts: range.map((c) => (c.trim() === '' ? undefined : amountAt(c))),
    unreadable: range.filter((c) => c.trim() !== '' && amountAt(c) === undefined).length,
    texts: fitTexts(cells.slice(last + 1), textCount),
  };
}

/** Exactly `count` text cells: missing ones blank, extra ones (a stray tab) joined into the last. */
function fitTexts(texts: readonly string[], count: number): string[] {
  if (count <= 0) return texts.filter((t) => t.trim() !== '').length > 0 ? [texts.join(' ')] : [];
  const out = texts.slice(0, count);
  while (out.length < count) out.push('');
  if (texts.length > count) out[count - 1] = [out[count - 1] ?? '', ...texts.slice(count)].join(' ');
  return out;
}

function splitHead(head: readonly string[]): { unitCode?: string; name: string[] } {
  const name: string[] = [];
  let unitCode: string | undefined;
  for (const cell of head) {
    const t = cell.trim();
    if (t === '') continue;
    if (unitCode === undefined && name.length === 0 && UNIT_CODE.test(t)) unitCode = t;
    else name.push(t);
  }
  return unitCode === undefined ? { name } : { unitCode, name };
}

function hasText(row: PrintedRow): boolean {
  return Object.values(row.text).some((lines) => lines.length > 0) || (row.merged ?? []).length > 0;
}

export function readTabbed(lines: readonly PageLine[], header: ProjectHeader): PrintedRow[] {
  const count = header.texts.length;
  const rows: PrintedRow[] = [];
  let pendingName: string[] = [];
  let pendingFirst: number | null = null;
  let pendingUnit: string | undefined;
  let afterAmounts = false;
  const addText = (row: PrintedRow, texts: readonly string[]) => {
    texts.forEach((t, i) => {
      const kind = header.texts[i];
      if (t.trim() === '') return;
      if (kind === undefined) row.merged = [...(row.merged ?? []), t];
      else row.text[kind] = [...(row.text[kind] ?? []), t];
    });
  };
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    const cells = cellsOf(line.text, count);
    if (cells) {
      const head = splitHead(cells.head);
      const first = pendingFirst ?? line.n;
      const row: PrintedRow = {
        lines: [first, line.n],
        // Text printed before the figures over many lines (OCR interleaving): the figures cite their line.
        figureLines: [line.n - first <= 3 ? first : line.n, line.n],
        name: [...pendingName, ...head.name],
        indented: /^\u3000/u.test(line.text),
        cells: cells.amounts,
        text: {},
      };
      if (cells.unreadable > 0) row.unreadable = cells.unreadable;
      const unitCode = head.unitCode ?? pendingUnit;
      if (unitCode !== undefined) row.unitCode = unitCode;
      addText(row, cells.texts);
      rows.push(row);
      afterAmounts = true;
      pendingName = [];
      pendingFirst = null;
      pendingUnit = undefined;
      continue;
    }
    // No amounts: text cells are the last `count` cells; anything before them is name (or code).
    const afterAmountsLine = afterAmounts;
    afterAmounts = false;
    const all = line.text.split('\t');
    const split = count > 0 && all.length > count ? all.length - count : count > 0 ? 0 : all.length;
    const texts = fitTexts(all.slice(split), count);
    const head = splitHead(all.slice(0, split));
    if (head.unitCode !== undefined) pendingUnit = head.unitCode;
    const previous = rows.at(-1);
    // A name cell on a line of its own continues the row above when that row was cut by a page break,
    // or when it sits right under a text-less row (unit, subtotal): OCR centres a two-line cell on the
    // amounts, so "广州市海珠区城 / 550004 市社区网格化服 805.00 / 务管理中心" is one unit name.
    const withText = texts.some((t) => t.trim() !== '');
    const underBareRow = afterAmountsLine && previous !== undefined && !hasText(previous) && !withText;
    // Cells on one printed line belong to one row: a name fragment beside text cells continues the row
    // whose text it is.
    if (previous && head.unitCode === undefined && (head.name.length === 0 || withText || line.breakBefore || underBareRow) && pendingName.length === 0) {
      previous.name.push(...head.name);
      addText(previous, texts);
      previous.lines[1] = line.n;
      continue;
    }
    pendingName.push(...head.name);
    pendingFirst ??= line.n;
    if (previous && withText) {
      addText(previous, texts);
      previous.lines[1] = Math.max(previous.lines[1], line.n);
    }
  }
  return rows;
}
