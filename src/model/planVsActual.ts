/**
 * 预算 against 决算 (plan against outcome) for one department and year: every 功能分类 类 / 款 / 项 and
 * every 经济分类 类 the two documents print, the planned figure (the 部门预算) beside the spent one (the
 * 部门决算), the difference and the 执行率 (execution rate = 决算 ÷ 预算), all exact.
 *
 * Domain rules:
 * - The plan is the published 部门预算 of the same department and year. None of our 决算 prints its own
 *   年初预算 column; where one does, that column is the plan and a disagreement with the published budget
 *   is a check of the normalizer, not a choice made here.
 * - Figures stay as printed with their unit; where the two documents print in different units (元 and 万元)
 *   they meet in 万元, converted exactly.
 * - A line only one document prints has no difference and no rate: it is shown as 未列示 on the other side,
 *   never as 0. A plan of 0 has no rate (division by zero is not a percentage).
 */
import type { Amount, Budget, BudgetIndexEntry, MoneyUnit } from './types';
import { dec, sum, toAmount, type Dec } from './decimal';
import { buildFunctionalTree } from './functionalTree';
import { buildEconomicTree, SPENDINGS } from './economicTree';
import { convertAmount } from './units';
import type { TreeNode } from './tree';

export interface PlanActualFigure {
  /** As printed (or, for a 经济分类 类 printed in both spendings, their exact sum). */
  printed: Amount;
  unit: MoneyUnit;
  /** The same in 万元, exact. */
  wan: Amount;
}

export type PlanActualLevel = 'total' | 'basic' | 'project' | 'lei' | 'kuan' | 'xiang' | 'economic';

export interface PlanActualRow {
  key: string;
  level: PlanActualLevel;
  code?: string;
  /** Names as printed: the budget's, then the final account's where it differs. */
  names: string[];
  plan: PlanActualFigure | null;
  actual: PlanActualFigure | null;
  /** 决算 − 预算 in 万元, exact; null unless both are printed. */
  difference: Amount | null;
  /** 决算 ÷ 预算 as an exact decimal fraction (1 = 100 %); null unless both are printed and the plan is not 0. */
  rate: string | null;
}

export interface PlanActualPair {
  year: number;
  plan: BudgetIndexEntry;
  actual: BudgetIndexEntry;
}

export interface PlanActual {
  pair: PlanActualPair;
  rows: PlanActualRow[];
}

/** Years in which the department has both a 部门预算 and a 部门决算 (a 单位预算 is not the department's plan). */
export function planActualPairs(entries: readonly BudgetIndexEntry[]): PlanActualPair[] {
  const pairs: PlanActualPair[] = [];
  for (const actual of entries) {
    if (actual.kind !== 'final') continue;
    const plan = entries.find((e) => e.kind === 'budget' && e.year === actual.year && e.departmentId === actual.departmentId);
    if (plan) pairs.push({ year: actual.year, plan, actual });
  }
  return pairs.sort((a, b) => a.year - b.year);
}

function figure(printed: Amount | null | undefined, unit: MoneyUnit): PlanActualFigure | null {
  if (printed === null || printed === undefined) return null;
  return { printed, unit, wan: convertAmount(printed, unit, '万元') };
}

/** The exact 执行率 of two figures in 万元; null for a plan of 0. */
export function executionRate(planWan: Amount | string, actualWan: Amount | string): string | null {
  const p = dec(planWan);
  if (p.isZero()) return null;
  return dec(actualWan).dividedBy(p).toString();
}

function row(
  key: string,
  level: PlanActualLevel,
  names: string[],
  plan: PlanActualFigure | null,
  actual: PlanActualFigure | null,
  code?: string,
): PlanActualRow {
  const both = plan && actual;
  return {
    key,
    level,
    ...(code !== undefined ? { code } : {}),
    names: [...new Set(names.filter((n) => n !== ''))],
    plan,
    actual,
    difference: both ? toAmount(dec(actual.wan).minus(dec(plan.wan))) : null,
    rate: both ? executionRate(plan.wan, actual.wan) : null,
  };
}

interface Line {
  code: string;
  level: PlanActualLevel;
  name: string;
  amount: Amount;
}

function functionalLines(budget: Budget): Line[] {
  const out: Line[] = [];
  const walk = (n: TreeNode) => {
    if (n.level === 'lei' || n.level === 'kuan' || n.level === 'xiang') {
      const amount = n.values.total ?? n.childrenSum.total;
      if (amount !== null) out.push({ code: n.code, level: n.level, name: n.name, amount });
    }
    n.children.forEach(walk);
  };
  walk(buildFunctionalTree(budget).root);
  return out;
}

/** 经济分类 类: a class printed under both 基本支出 and 项目支出 is their exact sum (the department's spending on it). */
function economicLines(budget: Budget): Line[] {
  const byCode = new Map<string, { name: string; parts: Amount[] }>();
  const tree = buildEconomicTree(budget);
  for (const spending of SPENDINGS) {
    for (const n of tree.bySpending[spending]) {
      const e = byCode.get(n.code) ?? { name: n.name, parts: [] };
      if (e.name === '') e.name = n.name;
      e.parts.push(n.amount);
      byCode.set(n.code, e);
    }
  }
  return [...byCode].map(([code, e]) => ({ code, level: 'economic' as const, name: e.name, amount: toAmount(sum(e.parts)) }));
}

/** Both documents' lines of one kind, merged by code in code order (functional: 类 → 款 → 项 reads top-down). */
function mergeLines(plan: Line[], actual: Line[], planUnit: MoneyUnit, actualUnit: MoneyUnit, prefix: string): PlanActualRow[] {
  const codes = [...new Set([...plan.map((l) => l.code), ...actual.map((l) => l.code)])].sort();
  return codes.map((code) => {
    const p = plan.find((l) => l.code === code);
    const a = actual.find((l) => l.code === code);
    const level = (p ?? a)?.level ?? 'lei';
    return row(`${prefix}:${code}`, level, [p?.name ?? '', a?.name ?? ''], figure(p?.amount, planUnit), figure(a?.amount, actualUnit), code);
  });
}

export function planVsActual(pair: PlanActualPair, plan: Budget, actual: Budget): PlanActual {
  const headline = (level: 'total' | 'basic' | 'project'): PlanActualRow =>
    row(level, level, [], figure(plan.expenditure[level], plan.unit), figure(actual.expenditure[level], actual.unit));
  return {
    pair,
    rows: [
      headline('total'),
      headline('basic'),
      headline('project'),
      ...mergeLines(functionalLines(plan), functionalLines(actual), plan.unit, actual.unit, 'f'),
      ...mergeLines(economicLines(plan), economicLines(actual), plan.unit, actual.unit, 'e'),
    ],
  };
}

/** A rate as a percentage for reading, rounded half-up to `places` decimals (the exact fraction stays in the row). */
export function formatRate(rate: string, places = 1): string {
  const pct: Dec = dec(rate).times(100);
  return pct.toFixed(places);
}
