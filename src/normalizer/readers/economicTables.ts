/**
 * Readers of the 经济分类 tables (economic classification of spending):
 * - 一般公共预算基本支出情况表（按(支出)经济分类科目） → EconomicRow, spending 'basic'
 * - 一般公共预算项目支出情况表（按经济分类科目） → EconomicRow, spending 'project'
 * - 一般公共预算安排基本支出（商品和服务支出）预算表 (2017 表六, per unit) → goodsServicesByUnit.ts
 *
 * Layout families seen: one classification per row ("[301]工资福利支出 2,345.80", 002/004, 款 rows
 * indented with full-width spaces or not at all) and two classifications side by side
 * ("[505]对事业单位经常性补助 [301]工资福利支出 453.18": 政府预算经济分类 then 部门预算经济分类,
 * 000/001). The 部门预算经济分类 code is the row's code; the 政府预算 one is kept as govCode.
 * A code printed twice (001 prints [301] under [501] 机关 and again under [505] 事业单位; 004 prints
 * [301] twice with no label) stays two rows, in printed order.
 */
import type { Amount, EconomicRow, Spending } from '../../model/types';
import { leadingCode, squash } from '../cells';
import type { Facts, PrintedTotal, TableContext, TableReader } from '../facts';
import { warn } from '../messages';
import { fail, ok, type Result } from '../../model/result';
import type { Row } from '../rows';

export { readGoodsServicesByUnit } from './goodsServicesByUnit';

export interface Classification {
  code: string;
  name: string;
}

// A bracketed code starts a new classification inside a cell: "[505]对事业单位经常性补助 [301]工资福利支出".
const BRACKET_CODE_AHEAD = /(?=[[【]\s*\d{3,7}\s*[\]】])/u;

/**
 * The classifications printed in a row's text cells, in reading order. Text without a code continues
 * the name before it (a name broken over lines). Null when a code is not a 类 (3 digits) or 款 (5).
 */
export function classificationsOf(text: readonly string[]): Classification[] | null {
  const out: Classification[] = [];
  for (const cell of text) {
    for (const piece of cell.split(BRACKET_CODE_AHEAD)) {
      if (piece.trim() === '') continue;
      const lc = leadingCode(piece);
      const last = out[out.length - 1];
      if (lc) {
        if (lc.code.length !== 3 && lc.code.length !== 5) return null;
        out.push({ code: lc.code, name: squash(lc.rest) });
      } else if (last) {
        last.name += squash(piece);
      }
    }
  }
  return out;
}

/** Which printed classification comes first, read from the column header. */
type ColumnOrder = 'govFirst' | 'deptFirst' | 'deptOnly';

function columnOrder(ctx: TableContext): ColumnOrder {
  const header = squash(ctx.table.header.map((h) => h.text).join(''));
  const gov = header.indexOf('政府预算经济分类');
  const dept = header.search(/部门预算(支出)?经济(分类|科目)/u);
  if (gov < 0 || dept < 0) return 'deptOnly';
  return gov < dept ? 'govFirst' : 'deptFirst';
}

// 政府预算经济分类 codes are 501–599, 部门预算经济分类 codes 301–399: used only where the header does not
// say which column comes first.
const isGovCode = (code: string) => code.startsWith('5');

function assign(found: Classification[], order: ColumnOrder): { dept: Classification; gov?: Classification } | null {
  if (found.length === 1) {
    const only = found[0];
    if (!only || (order !== 'deptOnly' && isGovCode(only.code))) return null;
    return { dept: only };
  }
  if (found.length !== 2) return null;
  const [a, b] = found as [Classification, Classification];
  if (order === 'govFirst') return { gov: a, dept: b };
  if (order === 'deptFirst') return { gov: b, dept: a };
  if (isGovCode(a.code) && !isGovCode(b.code)) return { gov: a, dept: b };
  if (isGovCode(b.code) && !isGovCode(a.code)) return { gov: b, dept: a };
  return null;
}

const isTotalRow = (row: Row) => /^(合计|总计)$/u.test(squash(row.text.join('')));

// A header line of another table (部门预算项目支出预算表: 单位编码, 项目名称 …) read into this one
// because its title was not printed or not recognised. 001 prints "単位编 码" with a Japanese 単.
const FOREIGN_HEADER = /项目名称|[单単]位编码/u;

/** A 单位编码 (6 digits) at the start of a row: this row and the rows below belong to that unit. */
function unitStart(row: Row): { code: string } | null {
  const m = /^(\d{6})(?!\d)/u.exec(row.text[0]?.trim() ?? '');
  return m ? { code: m[1] ?? '' } : null;
}

function readEconomic(ctx: TableContext, spending: Spending): Result<Facts> {
  const table = ctx.table.key;
  const order = columnOrder(ctx);
  const economic: EconomicRow[] = [];
  const printedTotals: PrintedTotal[] = [];
  let columns = 0; // amount columns, from the 合计 row (these tables print one: 预算 / 2021 年预算)
  let unit: string | undefined;

  const rows = ctx.rows;
  if (rows.length === 0) {
    ctx.warn(warn.tableEmpty(table, ctx.table.lines));
    return ok({});
  }
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    const text = row.text.join(' ');
    if (isTotalRow(row) && !(columns > 0 && row.values.length > columns)) {
      if (printedTotals.length > 0) {
        ctx.warn(warn.rowUnread(table, row.lines, `a second 合计: ${text}`));
        continue;
      }
      columns = row.values.length;
      printedTotals.push({ key: `economic.${spending}.total`, amount: row.values[0] as Amount, src: { table, lines: row.lines } });
      continue;
    }
    const expected = columns || 1;
    // A unit line has no amount of its own in some layouts and is then joined to the next row.
    const start = unitStart(row);
    if (start) unit = start.code;
    const found = classificationsOf(row.text);
    if (start && found?.length === 0) continue;
    const placed = found && found.length > 0 ? assign(found, order) : null;
    if (placed) {
      if (row.values.length !== expected) ctx.warn(warn.cellCount(table, row.lines, expected, row.values.length));
      economic.push({
        code: placed.dept.code,
        name: placed.dept.name,
        ...(placed.gov ? { govCode: placed.gov.code, govName: placed.gov.name } : {}),
        amount: row.values[0] as Amount,
        spending,
        ...(unit !== undefined ? { unit } : {}),
        src: { table, lines: row.lines },
      });
      continue;
    }
    if (FOREIGN_HEADER.test(squash(text)) || row.values.length > expected) {
      // Another table begins here: stop, and say where (the segmenter should have split it off).
      const last = rows[rows.length - 1] as Row;
      ctx.warn(
        warn.rowUnread(
          table,
          [row.lines[0], last.lines[1]],
          `another table starts at line ${row.lines[0]} (${text.slice(0, 60)}); ${rows.length - i} rows not read as ${ctx.table.title}`,
        ),
      );
      break;
    }
    ctx.warn(warn.rowUnread(table, row.lines, text));
  }
  if (economic.length === 0 && printedTotals.length === 0) {
    return fail(`${ctx.table.title}: no row with an economic classification code ([301], [30101]) from line ${ctx.table.lines[0]}`);
  }
  return ok({ economic, printedTotals });
}

export const readBasicByEconomic: TableReader = (ctx) => readEconomic(ctx, 'basic');
export const readProjectByEconomic: TableReader = (ctx) => readEconomic(ctx, 'project');
