/**
 * Money units (单位：元 / 单位：万元) and exact conversion between them. Pure; decimal.js only.
 *
 * Every budget prints its figures in one unit (Budget.unit), a table may print another (BudgetTable.unit:
 * the 三公 table of a 元 document is often in 万元), so a figure's unit is the unit of the table it was
 * read from. Where budgets of different units meet (catalog sorted by total, compare), amounts are
 * converted exactly: 1 万元 = 10,000 元 — a shift of the decimal point, never a float.
 */
import type { Amount, Budget, Check, MoneyUnit, SourceRef } from './types';
import { dec, toAmount, type Dec } from './decimal';

export const MONEY_UNITS: readonly MoneyUnit[] = ['元', '万元'];

/** How many 元 one unit is. */
const YUAN_PER: Record<MoneyUnit, string> = { 元: '1', 万元: '10000' };

/** The amount in 元, exact. */
export function toYuan(a: Amount | string, unit: MoneyUnit): Dec {
  return dec(a).times(dec(YUAN_PER[unit]));
}

/**
 * The amount in another unit, exact, as an amount string. The same unit returns the string untouched (as
 * printed); a conversion keeps every digit ("3286618082.20" 元 → "328661.80822" 万元; "26538.47" 万元 →
 * "265384700.00" 元), with at least two decimals.
 */
export function convertAmount(a: Amount, from: MoneyUnit, to: MoneyUnit): Amount {
  if (from === to) return a;
  const yuan = toYuan(a, from);
  return toAmount(yuan.div(dec(YUAN_PER[to])));
}

/** Compare two amounts of possibly different units exactly (for sorting). */
export function compareAcrossUnits(a: Amount | string, ua: MoneyUnit, b: Amount | string, ub: MoneyUnit): number {
  return toYuan(a, ua).comparedTo(toYuan(b, ub));
}

/** The unit budgets of these units are shown in together: their own where all agree, else 万元. */
export function commonUnit(units: readonly MoneyUnit[]): MoneyUnit {
  const first = units[0];
  return first !== undefined && units.every((u) => u === first) ? first : '万元';
}

/** The unit a table of the budget prints (BudgetTable.unit), the budget's unit where unknown. */
export function tableUnit(budget: Pick<Budget, 'unit' | 'tables'>, tableKey: string): MoneyUnit {
  return budget.tables.find((t) => t.key === tableKey)?.unit ?? budget.unit;
}

/** The unit of a figure read from `src`: its table's unit. */
export function srcUnit(budget: Pick<Budget, 'unit' | 'tables'>, src: SourceRef): MoneyUnit {
  return tableUnit(budget, src.table);
}

/** The unit of the 三公经费 figures: ThreePublic.unit where the table prints another unit. */
export function threePublicUnit(budget: Pick<Budget, 'unit' | 'threePublic'>): MoneyUnit {
  return budget.threePublic?.unit ?? budget.unit;
}

/**
 * The unit of a check's figures: the unit of the tables it refers to where they all agree (a 三公 check
 * in a 元 document is in 万元), else the budget's unit.
 */
export function checkUnit(budget: Pick<Budget, 'unit' | 'tables'>, check: Pick<Check, 'refs'>): MoneyUnit {
  const units = [...new Set(check.refs.map((r) => srcUnit(budget, r)))];
  return units.length === 1 && units[0] !== undefined ? units[0] : budget.unit;
}
