/**
 * National template, 功能分类 tables: 部门支出预算总表 / 支出决算表 (the department's spending by 类/款/项,
 * 基本支出 and 项目支出), the per-fund tables (一般公共预算 / 政府性基金 / 国有资本经营 …功能分类预算表,
 * …财政拨款支出决算表, …财政拨款收入支出决算表) and 收入预算总表 / 收入决算表 (their 合计 only: income by
 * source comes from the summary table).
 */
import type { Amount, FunctionalRow, IncomeKey, PrintedTotal } from '../../../model/types';
import type { Facts, TableContext, TableReader } from '../../facts';
import { warn } from '../../messages';
import { fail, ok } from '../../../model/result';
import { dec } from '../../../model/decimal';
import type { Split } from '../../grid/solveSplit';
import { segment } from '../../segment';
import { BLANK, src } from '../functional/toFacts';
import type { Field } from './fields';
import { readGrid, type PlacedRow } from './gridTable';

const LEVELS = { 3: 'lei', 5: 'kuan', 7: 'xiang' } as const;
const TOTAL_LABEL = /^(合计|总计)/u;

function toFunctional(ctx: TableContext, p: PlacedRow): FunctionalRow | null {
  const level = LEVELS[p.row.code.length as 3 | 5 | 7];
  if (!level) return null;
  const blank = (['total', 'basic', 'project'] as const).filter((k) => p.cells[k] === undefined);
  return {
    code: p.row.code,
    name: p.row.label,
    level,
    total: p.cells.total ?? BLANK,
    basic: p.cells.basic ?? BLANK,
    project: p.cells.project ?? BLANK,
    ...(blank.length > 0 ? { blank } : {}),
    src: src(ctx, p.row.lines),
  };
}

function totalsOf(ctx: TableContext, p: PlacedRow, prefix: string): PrintedTotal[] {
  return (Object.entries(p.cells) as [Field, Amount][]).map(([field, amount]) => ({ key: `${prefix}.${field}`, amount, src: src(ctx, p.row.lines) }));
}

interface Read {
  rows: FunctionalRow[];
  total: PlacedRow | undefined;
}

/** The department's 支出预算总表 / 支出决算表 as read, by code: what a fund table's same lines are compared with. */
function expenditureRows(ctx: TableContext): Map<string, PlacedRow> {
  const rows = new Map<string, PlacedRow>();
  const table = segment(ctx.doc).find((t) => t.kind === 'expenditure' && t.national);
  if (!table) return rows;
  for (const p of readGrid({ ...ctx, table }, /^2/u).rows) if (!p.undecided && p.row.code !== '') rows.set(p.row.code, p);
  return rows;
}

/**
 * Lines the department's table prints with one split column only (all 基本支出 or all 项目支出): a fund
 * table's same line, printed with one figure for two columns, is in that column.
 */
function hintsFrom(department: ReadonlyMap<string, PlacedRow>): Map<string, Split> {
  const hints = new Map<string, Split>();
  for (const [code, p] of department) {
    const basic = p.cells.basic !== undefined && !dec(p.cells.basic).isZero();
    const project = p.cells.project !== undefined && !dec(p.cells.project).isZero();
    if (basic !== project) hints.set(code, basic ? 'basic' : 'project');
  }
  return hints;
}

/**
 * A fund table whose figures the extraction moved against their rows (wenlvju's 一般公共预算财政拨款支出
 * 决算表: from 20709 on, each row carries the figures of the row two lines below): three or more rows
 * whose 合计 is not the department table's for their code but is exactly that of a row 1–3 lines further
 * down. Returns the first such row, or null. Such a table is a source issue, never a set of contradictions.
 */
function shiftedFrom(rows: readonly PlacedRow[], department: ReadonlyMap<string, PlacedRow>): PlacedRow | null {
  const coded = rows.filter((p) => p.row.code !== '' && p.cells.total !== undefined);
  const shifted: PlacedRow[] = [];
  coded.forEach((p, i) => {
    const own = department.get(p.row.code)?.cells.total;
    if (own === undefined || dec(own).eq(p.cells.total as string)) return;
    for (let k = 1; k <= 3; k++) {
      const below = coded[i + k];
      const theirs = below ? department.get(below.row.code)?.cells.total : undefined;
      if (theirs !== undefined && dec(theirs).eq(p.cells.total as string)) {
        shifted.push(p);
        return;
      }
    }
  });
  return shifted.length >= 3 ? (shifted[0] ?? null) : null;
}

function readFunctional(ctx: TableContext): Read | string {
  const department = ctx.table.kind === 'expenditure' ? new Map<string, PlacedRow>() : expenditureRows(ctx);
  const grid = readGrid(ctx, /^2/u, hintsFrom(department));
  const shifted = shiftedFrom(grid.rows, department);
  if (shifted) {
    ctx.warn(warn.rowsShifted(ctx.table.key, shifted.row.lines, `${shifted.row.code} ${shifted.row.label}`));
    return { rows: [], total: undefined };
  }
  if (!grid.fields.includes('total')) return `no 合计 column named in the header of ${ctx.table.title}`;
  const rows: FunctionalRow[] = [];
  let total: PlacedRow | undefined;
  for (const p of grid.rows) {
    if (p.undecided) {
      ctx.warn(warn.columnsUndecided(ctx.table.key, p.row.lines, `${p.row.code} ${p.row.label}`.trim()));
      continue;
    }
    if (p.row.code === '' && TOTAL_LABEL.test(p.row.label)) {
      total ??= p;
      continue;
    }
    const f = toFunctional(ctx, p);
    if (f) rows.push(f);
    else if (p.row.nums.length > 0) ctx.warn(warn.rowUnread(ctx.table.key, p.row.lines, `${p.row.code} ${p.row.label}`));
  }
  return { rows, total };
}

/** 支出预算总表 / 支出决算表 → functional[] and expenditure (its 合计 row). */
export const readNationalExpenditure: TableReader = (ctx) => {
  const read = readFunctional(ctx);
  if (typeof read === 'string') return fail(read);
  const t = read.total;
  if (!t) return fail(`${ctx.table.title} (line ${ctx.table.lines[0]}): no 合计 row could be read`);
  const facts: Facts = {
    expenditure: { total: t.cells.total ?? BLANK, basic: t.cells.basic ?? BLANK, project: t.cells.project ?? BLANK, src: src(ctx, t.row.lines) },
    functional: read.rows,
    printedTotals: totalsOf(ctx, t, 'expenditure').filter((p) => !['expenditure.total', 'expenditure.basic', 'expenditure.project'].includes(p.key)),
  };
  return ok(facts);
};

function byFund(fund: IncomeKey): TableReader {
  return (ctx) => {
    const read = readFunctional(ctx);
    if (typeof read === 'string') return fail(read);
    if (read.rows.length === 0 && !read.total) {
      ctx.warn(warn.tableEmpty(ctx.table.key, ctx.table.lines));
      return ok({});
    }
    return ok({
      ...(read.rows.length > 0 ? { functionalByFund: [{ fund, rows: read.rows, src: src(ctx, ctx.table.lines) }] } : {}),
      ...(read.total ? { printedTotals: totalsOf(ctx, read.total, fund) } : {}),
    });
  };
}

export const readNationalGeneralByFunction = byFund('generalPublic');
export const readNationalFundByFunction = byFund('govFund');
export const readNationalStateCapitalByFunction = byFund('stateCapital');

/**
 * 收入预算总表 / 收入决算表: the 合计 row's columns, under the keys of the summary table's same figures
 * (收入总计 in a 预算, 本年收入合计 in a 决算; 财政拨款收入), so that the two tables are compared.
 */
export const readNationalIncomeTable: TableReader = (ctx) => {
  const grid = readGrid(ctx, /^2/u);
  const row = grid.rows.find((p) => p.row.code === '' && TOTAL_LABEL.test(p.row.label));
  if (!row) return ok({});
  // 合计 is the first column: it stays certain where the blank source columns after it were dropped.
  const first = row.row.nums[0];
  const total: PlacedRow = row.undecided && first ? { row: row.row, cells: { total: first.value } } : row;
  const keys: Partial<Record<Field, string>> = { total: ctx.profile?.kind === 'final' ? 'income.thisYear' : 'income.total', fiscal: 'income.fiscal' };
  const printedTotals = totalsOf(ctx, total, 'incomeTable').map((p) => {
    const field = p.key.slice('incomeTable.'.length) as Field;
    return { ...p, key: keys[field] ?? p.key };
  });
  return ok({ printedTotals });
};
