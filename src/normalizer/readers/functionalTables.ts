/**
 * Readers of the 功能分类 tables: 支出总体情况表 / 支出预算总表 (all funds) and the same classification
 * restricted to one fund — 一般公共预算, 政府性基金, 国有资本经营.
 *
 * Two layout families, told apart by the header: codes in one cell ("2060199", "[206]", "206 科学技术
 * 支出") with every figure printed, or (2017, 003) codes in three columns 类 款 项 with 单位编码,
 * per-unit rows and blank cells. See functional/ for each.
 */
import type { FunctionalRow, IncomeKey, Unit } from '../../model/types';
import type { Facts, PrintedTotal, TableContext, TableReader } from '../facts';
import { warn } from '../messages';
import { fail, ok, type Result } from '../../model/result';
import { amountColumns, headerText, isPerUnitLayout, type ColumnKey } from './functional/columns';
import { readLineRows } from './functional/lineRows';
import type { ParsedRow } from './functional/parsedRow';
import { readPerUnitRows } from './functional/perUnitRows';
import { BLANK, functionalRow, rowTotals, src, unitOf } from './functional/toFacts';

/** Extra columns of 支出总体情况表, recorded only where the total row prints a non-zero figure. */
const EXPENDITURE_EXTRAS: ColumnKey[] = ['operating', 'subsidiaryGrants', 'remitToSuperior', 'carryForward'];

function readRows(ctx: TableContext): Result<ParsedRow[]> {
  const header = headerText(ctx.table);
  const columns = amountColumns(header);
  if (!columns) {
    return fail(`${ctx.table.key} (line ${ctx.table.lines[0]}): the header does not name the columns 合计/总计, 基本支出, 项目支出`);
  }
  return ok(isPerUnitLayout(header) ? readPerUnitRows(ctx, header, columns) : readLineRows(ctx, header, columns));
}

interface Sorted {
  total?: ParsedRow;
  functional: FunctionalRow[];
  groups: ParsedRow[];
  units: { row: ParsedRow; kind?: string }[];
}

/** Split rows by kind; a unit row takes the 单位类别 of the group row printed above it. */
function sort(ctx: TableContext, rows: ParsedRow[]): Sorted {
  const out: Sorted = { functional: [], groups: [], units: [] };
  let kind: string | undefined;
  for (const row of rows) {
    if (row.kind === 'total') {
      if (out.total) ctx.warn(warn.rowUnread(ctx.table.key, row.lines, `second ${row.name} row`));
      else out.total = row;
    } else if (row.kind === 'group') {
      kind = row.name;
      out.groups.push(row);
    } else if (row.kind === 'unit') {
      out.units.push({ row, ...(kind !== undefined ? { kind } : {}) });
    } else {
      const f = functionalRow(ctx, row);
      if (f) out.functional.push(f);
      else ctx.warn(warn.rowUnread(ctx.table.key, row.lines, `${row.code ?? ''} ${row.name}`));
    }
  }
  return out;
}

/**
 * 支出总体情况表 / 支出预算总表 → functional[] (department-wide rows, and per-unit rows with `unit`
 * where the table is per unit), expenditure from the 合计 row, units[] from the per-unit table.
 */
export const readExpenditure: TableReader = (ctx) => {
  const rows = readRows(ctx);
  if (!rows.ok) return rows;
  if (rows.value.length === 0 && ctx.rows.length === 0) {
    ctx.warn(warn.tableEmpty(ctx.table.key, ctx.table.lines));
    return ok({});
  }
  const s = sort(ctx, rows.value);
  if (!s.total) return fail(`${ctx.table.key} (line ${ctx.table.lines[0]}): no 合计/总计 row could be read`);
  const total = s.total;
  const printedTotals: PrintedTotal[] = [
    ...rowTotals(ctx, total, 'expenditure', EXPENDITURE_EXTRAS).filter(
      (p) => !['expenditure.total', 'expenditure.basic', 'expenditure.project'].includes(p.key),
    ),
    ...s.groups.flatMap((g) => rowTotals(ctx, g, `expenditure.unitKind.${g.name}`)),
    ...s.units.flatMap((u) => rowTotals(ctx, u.row, `expenditure.unit.${u.row.unit ?? u.row.name}`)),
  ];
  const units: Unit[] = s.units.map((u) => unitOf(ctx, u.row, u.kind, true));
  const facts: Facts = {
    expenditure: {
      total: total.cells.total ?? BLANK,
      basic: total.cells.basic ?? BLANK,
      project: total.cells.project ?? BLANK,
      src: src(ctx, total.lines),
    },
    functional: s.functional,
    ...(units.length > 0 ? { units } : {}),
    ...(printedTotals.length > 0 ? { printedTotals } : {}),
  };
  return ok(facts);
};

/** A fund's 功能分类 table → functionalByFund entry and its printed totals (`generalPublic.total` …). */
function byFund(fund: IncomeKey): TableReader {
  return (ctx) => {
    const rows = readRows(ctx);
    if (!rows.ok) return rows;
    if (rows.value.length === 0) {
      // 003 表八 prints its header and "备注：2017年本部门没有政府性基金支出预算安排" only.
      if (ctx.rows.length === 0) ctx.warn(warn.tableEmpty(ctx.table.key, ctx.table.lines));
      return ok({});
    }
    const s = sort(ctx, rows.value);
    const printedTotals: PrintedTotal[] = [
      ...(s.total ? rowTotals(ctx, s.total, fund) : []),
      ...s.groups.flatMap((g) => rowTotals(ctx, g, `${fund}.unitKind.${g.name}`)),
      ...s.units.flatMap((u) => rowTotals(ctx, u.row, `${fund}.unit.${u.row.unit ?? u.row.name}`)),
    ];
    // Units seen here carry this fund's figures only: name and 单位类别, not the unit's totals.
    const units = s.units.map((u) => unitOf(ctx, u.row, u.kind, false));
    const facts: Facts = {
      ...(s.functional.length > 0 ? { functionalByFund: [{ fund, rows: s.functional, src: src(ctx, ctx.table.lines) }] } : {}),
      ...(units.length > 0 ? { units } : {}),
      ...(printedTotals.length > 0 ? { printedTotals } : {}),
    };
    return ok(facts);
  };
}

export const readGeneralByFunction: TableReader = byFund('generalPublic');
export const readFundByFunction: TableReader = byFund('govFund');
export const readStateCapitalByFunction: TableReader = byFund('stateCapital');
