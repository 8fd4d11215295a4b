/**
 * 数据核对 by status: contradictions ('fail') apart from rounding notes ('rounding', a difference within
 * the printing precision of the parts added up), each largest first, and what a check's two figures are.
 * Pure; decimal comparison.
 */
import { Decimal } from './decimal';
import type { Check, CheckCode } from './types';

export interface CheckCounts {
  passed: number;
  /** Contradictions only. */
  failed: number;
  /** Differences within the printing precision: shown apart, never as contradictions. */
  rounding: number;
}

/** The same counts index.json carries for each budget (BudgetIndexEntry.checks). */
export function countChecks(checks: readonly Check[]): CheckCounts {
  const counts: CheckCounts = { passed: 0, failed: 0, rounding: 0 };
  for (const c of checks) {
    if (c.status === 'fail') counts.failed++;
    else if (c.status === 'rounding') counts.rounding++;
    else counts.passed++;
  }
  return counts;
}

/** Largest absolute difference first (a procurement 6 times the budget before a 0.01 gap); stable for ties. */
export function largestFirst(checks: readonly Check[]): Check[] {
  return checks
    .map((c, i) => ({ c, i, size: new Decimal(c.difference).abs() }))
    .sort((a, b) => b.size.comparedTo(a.size) || a.i - b.i)
    .map((x) => x.c);
}

export interface GroupedChecks {
  /** status 'fail', largest first. */
  contradictions: Check[];
  /** status 'rounding', largest first. */
  rounding: Check[];
  passed: number;
  total: number;
}

export function groupChecks(checks: readonly Check[]): GroupedChecks {
  const counts = countChecks(checks);
  return {
    contradictions: largestFirst(checks.filter((c) => c.status === 'fail')),
    rounding: largestFirst(checks.filter((c) => c.status === 'rounding')),
    passed: counts.passed,
    total: checks.length,
  };
}

/**
 * What a check's two figures (Check.expected, Check.actual) are, so that they are worded as what they are:
 * - 'sum': a printed total (expected) and what its printed parts add up to (actual);
 * - 'limit': a printed limit (the budget, expected) and a printed figure that must not exceed it (actual);
 * - 'narrative': the table's figure (expected) and the same figure printed in the text (actual);
 * - 'tables': one table's figure (expected) and another table's printing of it (actual);
 * - 'classes': a 功能分类 line's 基本支出 (expected) and the 经济分类 line of the same spending (actual);
 * - 'pair': two printed figures that must agree (支出 and 收入 of a fund, 收入总计 and 支出总计).
 */
export type CheckFigureKind = 'sum' | 'limit' | 'narrative' | 'tables' | 'classes' | 'pair';

export const CHECK_FIGURE_KIND: Readonly<Record<CheckCode, CheckFigureKind>> = {
  INCOME_EQUALS_EXPENDITURE: 'pair',
  BASIC_PLUS_PROJECT: 'sum',
  ROW_BASIC_PLUS_PROJECT: 'sum',
  FUNCTIONAL_CHILDREN_SUM: 'sum',
  FUNCTIONAL_TOTAL: 'sum',
  ECONOMIC_SUM_BASIC: 'sum',
  ECONOMIC_SUM_PROJECT: 'sum',
  ECONOMIC_CHILDREN_SUM: 'sum',
  PROJECTS_SUM: 'sum',
  UNITS_SUM: 'sum',
  INCOME_LINES_SUM: 'sum',
  THREE_PUBLIC_PARTS: 'sum',
  PROCUREMENT_PARTS: 'sum',
  PROCUREMENT_WITHIN_BUDGET: 'limit',
  FUND_MATCHES_INCOME: 'pair',
  NARRATIVE_MATCHES_TABLE: 'narrative',
  TABLES_AGREE: 'tables',
  FUNCTIONAL_MATCHES_ECONOMIC: 'classes',
  ECONOMIC_MATCHES_BASIC: 'sum',
  FINAL_TOTALS: 'sum',
};

/** A code the app does not know yet (newer data) is worded as a sum: its figures are still shown. */
export function figureKindOf(code: string): CheckFigureKind {
  return (CHECK_FIGURE_KIND as Readonly<Record<string, CheckFigureKind>>)[code] ?? 'sum';
}

/**
 * Where each of a two-figure check's figures is printed: the normalizer lists the whole's line first and
 * the part's after it (checkBuild.ts uniqueRefs), so a check of two printed figures on two different
 * lines names each. A sum has many parts (and a whole and its parts on one line share one ref): none.
 */
export function figureSources(check: Check): { expected: Check['refs'][number]; actual: Check['refs'][number] } | null {
  const [expected, actual] = check.refs;
  if (figureKindOf(check.code) === 'sum' || check.refs.length !== 2 || !expected || !actual) return null;
  return { expected, actual };
}
