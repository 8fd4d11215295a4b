/**
 * Reader of 一般公共预算安排基本支出（商品和服务支出）预算表 (2017 layout, 003 表六): per unit, its
 * 商品和服务支出 (302) in 预算金额 and the main 款 (其中：主要经济分类“款”级科目预算) as columns.
 *
 * The table is wide and most cells are blank. pdftotext -layout wrote each column name one or two
 * characters per line, so the header gives the columns' order but no usable character positions; the
 * data lines keep the blank cells as runs of spaces: cells are joined by one space and a blank cell adds
 * two more ("8.37         13.80" = four blank cells between). Columns are assigned by counting those
 * blanks (tabs, where a document separates cells with tabs), and the count must add up to the header's
 * columns; where it does not, the row is read as far as it can be and a warning says so.
 *
 * Rows: "  广州市电子政务服务中心 87.10 …" opens a unit (name only, the unit's totals), then
 * "190004  事业运行 87.10 …" rows break the unit down by 功能科目 and print its 单位编码. The unit rows
 * become EconomicRows (302 + each non-blank 款); the 功能科目 rows only give the unit its code — they
 * repeat the unit's figures split by function, for which EconomicRow has no field, and would double
 * the unit's amounts (they stay in the raw table).
 */
import type { Amount, EconomicRow } from '../../model/types';
import { squash } from '../cells';
import type { PrintedTotal, TableReader } from '../facts';
import { warn } from '../messages';
import { fail, ok } from '../../model/result';
import type { Row } from '../rows';
import { GOODS_AND_SERVICES, kuanColumnsIn } from './economicCodes';

interface Column {
  code: string;
  name: string;
}

/** How many blank cells a separator between two amounts (or after the last) holds; null if unclear. */
function blanksIn(separator: string, trailing: boolean): { blanks: number; clear: boolean } {
  if (separator.includes('\t')) {
    const tabs = (separator.match(/\t/gu) ?? []).length;
    return { blanks: trailing ? tabs : Math.max(0, tabs - 1), clear: /^[\t ]*$/u.test(separator) };
  }
  if (!/^ *$/u.test(separator)) return { blanks: 0, clear: false };
  const n = separator.length;
  // Between amounts: 1 space + 2 per blank. After the last: 2 per blank (+1 line-end space if printed).
  if (trailing) return { blanks: Math.floor(n / 2), clear: true };
  return { blanks: Math.max(0, Math.floor((n - 1) / 2)), clear: n >= 1 && (n - 1) % 2 === 0 };
}

export interface PlacedCells {
  /** One entry per amount column, null where the cell is blank. */
  cells: (Amount | null)[];
  /** False where the blanks did not add up to the header's columns (read left to right anyway). */
  exact: boolean;
}

/** Place a row's amounts in `width` columns from the blank runs between them. */
export function placeCells(row: Pick<Row, 'values' | 'printed' | 'offsets' | 'valueLine'>, width: number): PlacedCells | null {
  const { values, printed, offsets, valueLine } = row;
  if (values.length > width) return null;
  if (values.length === width) return { cells: [...values], exact: true };
  const cells: (Amount | null)[] = [];
  let exact = true;
  for (let i = 0; i < values.length; i++) {
    cells.push(values[i] as Amount);
    const end = (offsets[i] ?? 0) + (printed[i] ?? '').length;
    const last = i === values.length - 1;
    const next = last ? valueLine.length : (offsets[i + 1] ?? valueLine.length);
    const { blanks, clear } = blanksIn(valueLine.slice(end, next), last);
    if (!clear) exact = false;
    for (let b = 0; b < blanks; b++) cells.push(null);
  }
  if (cells.length > width) {
    // Too many blanks: the trailing ones are the least certain; drop from the end, keeping amounts.
    while (cells.length > width && cells[cells.length - 1] === null) cells.pop();
    if (cells.length > width) return null;
    exact = false;
  }
  if (cells.length < width) exact = false;
  while (cells.length < width) cells.push(null);
  return { cells, exact };
}

const isTotalRow = (row: Row) => /^(合计|总计)$/u.test(squash(row.text.join('')));
const unitCodeOf = (row: Row) => /^(\d{6})$/u.exec(row.text[0]?.trim() ?? '')?.[1];

interface UnitBlock {
  name: string;
  code?: string;
  row: Row;
  cells: (Amount | null)[];
}

export const readGoodsServicesByUnit: TableReader = (ctx) => {
  const table = ctx.table.key;
  const kuan = kuanColumnsIn(ctx.table.header.map((h) => h.text).join('\n'));
  if (kuan.length === 0) {
    return fail(`${ctx.table.title}: no 款 column (办公费, 印刷费 …) found in the header from line ${ctx.table.lines[0]}`);
  }
  // 预算金额 is the unit's 302 商品和服务支出; the 款 follow in header order.
  const columns: Column[] = [GOODS_AND_SERVICES, ...kuan.map((k) => ({ code: k.kuan.code, name: k.kuan.name }))];
  const printedTotals: PrintedTotal[] = [];
  const units: UnitBlock[] = [];
  let current: UnitBlock | undefined;

  for (const row of ctx.rows) {
    const placed = placeCells(row, columns.length);
    if (!placed) {
      ctx.warn(warn.cellCount(table, row.lines, columns.length, row.values.length));
      continue;
    }
    if (!placed.exact) ctx.warn(warn.cellCount(table, row.lines, columns.length, row.values.length));
    if (isTotalRow(row)) {
      placed.cells.forEach((amount, i) => {
        const col = columns[i];
        if (amount === null || !col) return;
        const key = i === 0 ? 'goodsServices.total' : `goodsServices.${col.code}`;
        printedTotals.push({ key, amount, src: { table, lines: row.lines } });
      });
      continue;
    }
    const code = unitCodeOf(row);
    if (code !== undefined && current) {
      // A 功能科目 row of the current unit: it carries the 单位编码.
      if (current.code !== undefined && current.code !== code)
        ctx.warn(warn.rowUnread(table, row.lines, `单位编码 ${code} inside the block of ${current.code} ${current.name}: ${row.text.join(' ')}`));
      current.code ??= code;
      continue;
    }
    // A unit: name only (opens a block), or code + name where no name row precedes.
    const name = squash(row.text.slice(code !== undefined ? 1 : 0).join(''));
    current = { name, ...(code !== undefined ? { code } : {}), row, cells: placed.cells };
    units.push(current);
  }

  const economic: EconomicRow[] = [];
  for (const u of units) {
    u.cells.forEach((amount, i) => {
      const col = columns[i];
      if (amount === null || !col) return;
      // unit: the 单位编码 where printed, else the unit's name (keys stay unique).
      economic.push({ code: col.code, name: col.name, amount, spending: 'basic', unit: u.code ?? u.name, src: { table, lines: u.row.lines } });
    });
  }
  if (ctx.rows.length === 0) {
    ctx.warn(warn.tableEmpty(table, ctx.table.lines));
  } else if (economic.length === 0 && printedTotals.length === 0) {
    return fail(`${ctx.table.title}: no row could be placed in the header's ${columns.length} amount columns from line ${ctx.table.lines[0]}`);
  }
  return ok({ economic, printedTotals });
};
