/**
 * Parsed rows → facts: FunctionalRow, Unit and the printed totals the cross-table checks compare.
 */
import type { Amount, FunctionalLevel, FunctionalPart, FunctionalRow, SourceRef, Unit } from '../../../model/types';
import { dec } from '../../../model/decimal';
import type { PrintedTotal, TableContext } from '../../facts';
import type { ColumnKey } from './columns';
import type { ParsedRow } from './parsedRow';

/**
 * A blank cell (空白单元格) of the 2017 layout means nothing was budgeted there. FunctionalRow needs
 * an amount, so it is written "0" — without decimals, so that it stays distinguishable from a
 * printed "0.00".
 */
export const BLANK = '0' as Amount;

const LEVELS: Record<number, FunctionalLevel> = { 3: 'lei', 5: 'kuan', 7: 'xiang' };

/** The printed columns beside 合计/基本支出/项目支出, carried in FunctionalRow.parts. */
const PARTS: readonly FunctionalPart[] = [
  'basic.wages',
  'basic.goodsServices',
  'basic.householdSubsidy',
  'project.recurring',
  'project.oneOff',
  'project.department',
  'project.special',
  'specialFunds',
  'operating',
  'subsidiaryGrants',
  'remitToSuperior',
  'carryForward',
] satisfies readonly ColumnKey[];

export function src(ctx: TableContext, lines: [number, number]): SourceRef {
  return { table: ctx.table.key, lines };
}

export function functionalRow(ctx: TableContext, row: ParsedRow): FunctionalRow | null {
  const level = row.code !== undefined ? LEVELS[row.code.length] : undefined;
  if (row.code === undefined || level === undefined) return null;
  const blank = (['total', 'basic', 'project'] as const).filter((k) => row.cells[k] === undefined);
  const parts: NonNullable<FunctionalRow['parts']> = {};
  for (const key of PARTS) {
    const a = row.cells[key];
    if (a !== undefined) parts[key] = a;
  }
  const prior: NonNullable<FunctionalRow['prior']> = {};
  if (row.cells['prior.budget'] !== undefined) prior.budget = row.cells['prior.budget'];
  if (row.cells['prior.adjusted'] !== undefined) prior.adjusted = row.cells['prior.adjusted'];
  if (row.cells['prior.executed'] !== undefined) prior.executed = row.cells['prior.executed'];
  if (row.cells['prior.rate'] !== undefined) prior.rate = row.cells['prior.rate'];
  return {
    code: row.code,
    name: row.name,
    level,
    total: row.cells.total ?? BLANK,
    basic: row.cells.basic ?? BLANK,
    project: row.cells.project ?? BLANK,
    ...(row.unit !== undefined ? { unit: row.unit } : {}),
    ...(Object.keys(prior).length > 0 ? { prior } : {}),
    ...(blank.length > 0 ? { blank } : {}),
    ...(Object.keys(parts).length > 0 ? { parts } : {}),
    src: src(ctx, row.lines),
  };
}

/**
 * Every printed figure of a row as `${prefix}.${column}` (blank cells have none). `skipZero` drops
 * the columns listed whose figure is zero (the 支出总体情况表 extras, printed 0.00 in most budgets).
 */
export function rowTotals(ctx: TableContext, row: ParsedRow, prefix: string, skipZero: readonly ColumnKey[] = []): PrintedTotal[] {
  const out: PrintedTotal[] = [];
  for (const [key, amount] of Object.entries(row.cells) as [ColumnKey, Amount][]) {
    if (skipZero.includes(key) && dec(amount).isZero()) continue;
    out.push({ key: `${prefix}.${key}`, amount, src: src(ctx, row.lines) });
  }
  return out;
}

export function unitOf(ctx: TableContext, row: ParsedRow, kind: string | undefined, withTotals: boolean): Unit {
  return {
    code: row.unit ?? '',
    name: row.name,
    ...(kind !== undefined ? { kind } : {}),
    ...(withTotals ? { total: row.cells.total ?? BLANK, basic: row.cells.basic ?? BLANK, project: row.cells.project ?? BLANK } : {}),
    src: src(ctx, row.lines),
  };
}
