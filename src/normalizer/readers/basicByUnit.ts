/**
 * Readers of 部门预算基本支出预算表 (basic spending of each sub-unit, 单位, by category) and of
 * 非税收入预算表 (non-tax income).
 *
 * 部门预算基本支出预算表 prints a 合计 row, then per unit a row with the unit's total (单位编码 + name
 * in 000/001; the name alone in 002/004) followed by its categories: 人员支出（统发）/ 人员支出（其他）/
 * 公用经费 / 对个人和家庭的补助支出（其他） in 2021, 工资福利支出 / 商品和服务支出 / 对个人和家庭的补助
 * in 2023/2025. 004 also prints the department's category totals (工资福利支出合计 …) before the first
 * unit. Only the first amount column (总计) is read into facts; the funding columns stay in the raw table.
 */
import type { Amount, BasicByUnitRow, Unit } from '../../model/types';
import { squash } from '../cells';
import type { PrintedTotal, TableContext, TableReader } from '../facts';
import { warn } from '../messages';
import { fail, ok } from '../../model/result';
import type { Row } from '../rows';

const isTotalRow = (row: Row) => /^(合计|总计)$/u.test(squash(row.text.join('')));

// Categories of 基本支出 as printed (parentheses folded to ASCII, spaces squashed), optionally followed by
// 合计 where 004 prints the department-wide total of a category.
const CATEGORY =
  /^(人员支出(\((统发|其他)\))?|公用经费|对个人和家庭的补助(支出)?(\(其他\))?|工资福利支出|商品和服务支出|资本性支出(\(基本建设\))?|债务利息及费用支出|其他支出)(合计)?$/u;

const fold = (s: string) => squash(s).replace(/（/gu, '(').replace(/）/gu, ')');

/** The row's first printed line starts with white space (or an empty first cell): a sub-row. */
function isIndented(ctx: TableContext, row: Row): boolean {
  const line = ctx.doc.lines[row.lines[0] - 1]?.text ?? '';
  return /^[\s\u3000]/u.test(line);
}

export const readBasicByUnit: TableReader = (ctx) => {
  const table = ctx.table.key;
  const units: Unit[] = [];
  const basicByUnit: BasicByUnitRow[] = [];
  const printedTotals: PrintedTotal[] = [];
  let current: { unit: string; unitName: string } | undefined;

  if (ctx.rows.length === 0) {
    ctx.warn(warn.tableEmpty(table, ctx.table.lines));
    return ok({});
  }
  for (const row of ctx.rows) {
    const src = { table, lines: row.lines };
    const total = row.values[0] as Amount; // 总计, the first amount column
    if (isTotalRow(row)) {
      printedTotals.push({ key: 'basic.byUnit.total', amount: total, src });
      continue;
    }
    const coded = /^(\d{6})$/u.exec(row.text[0]?.trim() ?? '');
    const name = squash(row.text.slice(coded ? 1 : 0).join(''));
    const folded = fold(name);
    const category = !coded && (CATEGORY.test(folded) || isIndented(ctx, row));
    if (category && /合计$/u.test(folded) && !current) {
      // 004: 工资福利支出合计 … — the department's total of a category, printed before the units.
      printedTotals.push({ key: `basic.byUnit.category.${name.replace(/合计$/u, '')}`, amount: total, src });
      continue;
    }
    if (category) {
      if (!current) {
        ctx.warn(warn.rowUnread(table, row.lines, `category before any unit: ${row.text.join(' ')}`));
        continue;
      }
      basicByUnit.push({ unit: current.unit, unitName: current.unitName, category: name, amount: total, src });
      continue;
    }
    if (name === '') {
      ctx.warn(warn.rowUnread(table, row.lines, row.text.join(' ')));
      continue;
    }
    // A unit. Its key is the 单位编码 where printed; 002/004 print none, so the name keys it instead.
    const code = coded?.[1] ?? '';
    current = { unit: code || name, unitName: name };
    units.push({ code, name, basic: total, src });
  }
  if (units.length === 0 && printedTotals.length === 0) {
    return fail(`${ctx.table.title}: no 合计 row and no unit (单位) row from line ${ctx.table.lines[0]}`);
  }
  return ok({ units, basicByUnit, printedTotals });
};

/**
 * 非税收入预算表: the documents seen print only "合计 0.00 …". Rows below it (per unit or income item)
 * have no place in the data model yet: they stay in the raw table, with a warning.
 */
export const readNonTaxIncome: TableReader = (ctx) => {
  const table = ctx.table.key;
  const printedTotals: PrintedTotal[] = [];
  if (ctx.rows.length === 0) {
    ctx.warn(warn.tableEmpty(table, ctx.table.lines));
    return ok({});
  }
  for (const row of ctx.rows) {
    if (isTotalRow(row) && printedTotals.length === 0) {
      printedTotals.push({ key: 'nonTax.total', amount: row.values[0] as Amount, src: { table, lines: row.lines } });
      continue;
    }
    ctx.warn(warn.rowUnread(table, row.lines, row.text.join(' ')));
  }
  return ok({ printedTotals });
};
