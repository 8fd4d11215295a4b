/**
 * A national-template table as a grid: its rows (grid/rows.ts), the fields its header names
 * (fields.ts), and each row's numbers by field — directly where every cell is printed, by offset in
 * column-aligned text, and for 基本支出 / 项目支出 by the table's own sums where flowing text dropped a
 * blank cell (grid/solveSplit.ts). A row whose columns stay undecided is reported, never guessed.
 */
import Decimal from 'decimal.js';
import type { Amount } from '../../../model/types';
import { squash } from '../../cells';
import type { TableContext } from '../../facts';
import { columnEdges, headerCenters, nearestColumn, placeByCenters, placeRow } from '../../grid/columns';
import { scatteredRows } from '../../grid/scattered';
import { gridRows, type GridRow } from '../../grid/rows';
import { solveSplit, type Split, type SplitNode } from '../../grid/solveSplit';
import type { SourceLine } from '../../segment';
import { FIELD_WORDS, fieldsOf, type Field } from './fields';

export interface PlacedRow {
  row: GridRow;
  cells: Partial<Record<Field, Amount>>;
  /** Set where the columns of the row's numbers could not be decided. */
  undecided?: true;
}

export interface Grid {
  fields: Field[];
  rows: PlacedRow[];
}

/** The header words: the printed header lines, and labels printed between figures (决算 fund tables). */
function headerWords(ctx: TableContext, rows: readonly GridRow[]): string {
  return (
    squash(ctx.table.header.map((l) => l.text).join('')) +
    rows
      .filter((r) => r.code === '')
      .map((r) => r.label)
      .join('')
  );
}

/** Which cells a row's numbers fill, where one of 基本支出 / 项目支出 is blank and dropped. */
function withOneSplitBlank(fields: readonly Field[], nums: readonly Amount[]): { cells: Partial<Record<Field, Amount>>; single: Amount } | null {
  const t = fields.indexOf('total');
  if (t < 0 || fields[t + 1] !== 'basic' || fields[t + 2] !== 'project') return null;
  // Either exactly one cell is missing (basic or project), or that one and every column after it.
  const trailing = nums.length === fields.length - 1 ? fields.slice(t + 3) : nums.length === t + 2 ? [] : null;
  if (trailing === null) return null;
  const cells: Partial<Record<Field, Amount>> = {};
  fields.slice(0, t + 1).forEach((f, i) => {
    cells[f] = nums[i] as Amount;
  });
  trailing.forEach((f, i) => {
    cells[f] = nums[t + 2 + i] as Amount;
  });
  return { cells, single: nums[t + 1] as Amount };
}

/**
 * 合计, 基本支出 and 项目支出 printed and every column after them blank (决算's 上缴上级支出, 经营支出,
 * 对附属单位补助支出 are blank in most departments): the numbers fill the columns up to 项目支出.
 */
function leadingCells(fields: readonly Field[], nums: readonly Amount[]): Partial<Record<Field, Amount>> | null {
  const t = fields.indexOf('total');
  if (t < 0 || fields[t + 1] !== 'basic' || fields[t + 2] !== 'project' || nums.length !== t + 3 || fields.length === t + 3) return null;
  const cells: Partial<Record<Field, Amount>> = {};
  fields.slice(0, t + 3).forEach((f, i) => {
    cells[f] = nums[i] as Amount;
  });
  return cells;
}

function parentKey(code: string, codes: ReadonlySet<string>): string | null {
  if (code === '') return null;
  for (const len of [5, 3]) {
    if (code.length > len && codes.has(code.slice(0, len))) return code.slice(0, len);
  }
  return codes.has('') ? '' : null;
}

/** Words of a column header; header lines after the last one holding them are data (a wrapped first label). */
const HEADER_WORDS = /科目编码|科目名称|项目|合计|基本支出|项目支出|决算数|预算数|^类款项|^类|^编码|结余$|^助支出|^上缴收入|^补助支出|^经营收入/u;

/** The table's data lines: the body, and any header line after the last column title. */
export function dataLines(ctx: TableContext): SourceLine[] {
  const header = ctx.table.header;
  let last = -1;
  header.forEach((l, i) => {
    const s = squash(l.text);
    // A lone 合计 is the first data row (its figures on the lines below), not a column title.
    if (HEADER_WORDS.test(s) && !/^(合计|总计)$/u.test(s)) last = i;
  });
  return [...header.slice(last + 1), ...ctx.table.body];
}

/** Column-aligned text whose rows print figures off their own line (grid/scattered.ts). */
function scattered(
  _ctx: TableContext,
  lines: readonly SourceLine[],
  codeLead: RegExp,
  fields: readonly Field[],
  centers: readonly number[],
): PlacedRow[] | null {
  const rows = scatteredRows(lines, codeLead, centers, fields.indexOf('total'));
  if (!rows) return null;
  return rows.map((row) => {
    const cells: Partial<Record<Field, Amount>> = {};
    for (const n of row.nums) {
      const f = fields[nearestColumn(n, centers)];
      if (f) cells[f] = n.value;
    }
    return { row, cells };
  });
}

export function readGrid(ctx: TableContext, codeLead: RegExp, hints: ReadonlyMap<string, Split> = new Map()): Grid {
  const lines = dataLines(ctx);
  const rows = gridRows(lines, codeLead);
  const fields = fieldsOf(ctx.table.kind, headerWords(ctx, rows));
  const isAligned = ctx.profile?.style === 'aligned';
  const aligned = isAligned ? columnEdges(rows, fields.length) : null;
  const centers = isAligned
    ? headerCenters(
        ctx.table.header,
        fields.map((f) => FIELD_WORDS[f]),
      )
    : null;
  const placed: PlacedRow[] = [];
  const open: { at: number; single: Amount }[] = [];
  for (const row of rows) {
    const slots = !aligned && centers ? placeByCenters(row.nums, centers) : placeRow(row.nums, fields.length, aligned);
    if (slots) {
      const cells: Partial<Record<Field, Amount>> = {};
      slots.forEach((n, i) => {
        const f = fields[i];
        if (n && f) cells[f] = n.value;
      });
      placed.push({ row, cells });
      continue;
    }
    const full = leadingCells(
      fields,
      row.nums.map((n) => n.value),
    );
    if (full) {
      placed.push({ row, cells: full });
      continue;
    }
    const guess = withOneSplitBlank(
      fields,
      row.nums.map((n) => n.value),
    );
    if (guess) {
      open.push({ at: placed.length, single: guess.single });
      placed.push({ row, cells: guess.cells, undecided: true });
    } else placed.push({ row, cells: {}, undecided: true });
  }
  // A coded row with no 合计 on its line: its figures are scattered over the lines around it.
  if (centers && placed.some((p) => p.row.code !== '' && p.cells.total === undefined)) {
    const spread = scattered(ctx, lines, codeLead, fields, centers);
    if (spread) return { fields, rows: spread };
  }
  if (open.length > 0) decideSplits(placed, open, ctx.profile?.unit === '元' ? new Decimal(1) : new Decimal('0.01'), hints);
  return { fields, rows: placed };
}

/** Give each open row's single number its column where the printed totals decide it. */
function decideSplits(placed: PlacedRow[], open: readonly { at: number; single: Amount }[], precision: Decimal, hints: ReadonlyMap<string, Split>): void {
  const keyOf = (p: PlacedRow) => (p.row.code !== '' ? p.row.code : /^(合计|总计)/u.test(p.row.label) ? '' : null);
  const codes = new Set(placed.map(keyOf).filter((k): k is string => k !== null));
  const singles = new Map(open.map((o) => [o.at, o.single]));
  const nodes: SplitNode[] = [];
  placed.forEach((p, i) => {
    const key = keyOf(p);
    if (key === null) return;
    const single = singles.get(i);
    const hint = single !== undefined ? hints.get(key) : undefined;
    // Another table of the document prints this line with one split column only: that column.
    const known = hint && single !== undefined ? { basic: hint === 'basic' ? single : null, project: hint === 'project' ? single : null } : undefined;
    nodes.push({
      key,
      parent: parentKey(key, codes),
      total: p.cells.total ?? '0',
      ...(single !== undefined && !known ? { single } : (known ?? { basic: p.cells.basic ?? null, project: p.cells.project ?? null })),
    });
    if (known) {
      p.cells[hint as Split] = single as Amount;
      delete p.undecided;
    }
  });
  const decided = solveSplit(nodes, precision);
  placed.forEach((p, i) => {
    const single = singles.get(i);
    const key = keyOf(p);
    const side = key !== null ? decided.get(key) : undefined;
    if (single === undefined || !side) return;
    p.cells[side] = single;
    delete p.undecided;
  });
}
