/**
 * Compare budgets side by side (对比): lines aligned by code — 功能分类 类/款/项, 经济分类 by
 * 基本支出/项目支出, income by source (收入来源), and the totals — with each budget's figure, its
 * share of that budget's total, and the exact difference between consecutive budgets. Pure; decimal.js
 * for every sum, difference and share; nothing is rounded here (round only for display, format.ts).
 *
 * Domain rules:
 * - A figure is shown as printed where the budget prints one row for the line. Where it prints several
 *   (003's 功能分类 only per unit, 项 by 项; 001's 301 once for 机关 and once for 事业单位; 003's 经济分类
 *   per unit) the cell is their exact sum and says so (CellBasis, rows, src of every row). Where a
 *   budget prints no row for a 类/款 above its 项 (003), the cell is the exact sum of its children.
 * - A line a budget does not print is `null`, never "0.00": "not printed" and "budgeted at zero" differ.
 * - Names are compared after folding (crosswalk.ts nameKey: punctuation width, spaces, list ordinals),
 *   so only real differences are flagged 'renamed'; data/crosswalk.json gives the reason.
 * - Budgets print in 元 or 万元 (Budget.unit; a table may print another). Where the compared budgets
 *   differ, every figure is converted exactly to 万元 (units.ts: 1 万元 = 10,000 元, a decimal shift),
 *   each converted cell keeps the printed figure and unit beside it, and Comparison.unit says the unit.
 * - The same department is the same `departmentId` (index.json / Budget), never the same printed name:
 *   names change (001 → 002) and two cities may print the same one.
 * - 000 (网格化服务管理中心) is unit 550004 of 001 (海珠区政务服务数据管理局): its money is inside 001's.
 *   Comparing them is allowed (how big is the unit within the bureau?), adding them never is: the
 *   comparison carries a CONTAINMENT warning and `combine.offered` is false.
 */
import type { Amount, Budget, MoneyUnit, Spending } from '../types';
import { commonUnit, convertAmount, srcUnit } from '../units';
import { sum, toAmount, type Dec } from '../decimal';
import type { Measure } from '../tree';
import { EMPTY_CROSSWALK } from '../crosswalk';
import type { Result } from '../result';
import { economicCells, functionalCells, incomeCells, totalCells, type RawCell } from './cells';
import { sameDepartment } from './departments';
import { buildLines } from './lines';
import { markMoves } from './moves';
import type { CombineBlock, CompareOptions, CompareWarning, Comparison } from './types';

// ---------------------------------------------------------------------------------------------------
// Public API.

function warningsOf(budgets: readonly Budget[]): CompareWarning[] {
  const out: CompareWarning[] = [];
  const ids = budgets.map((b) => b.id);
  for (const [i, id] of ids.entries()) {
    if (ids.indexOf(id) !== i && !out.some((w) => w.code === 'DUPLICATE_BUDGET' && w.budget === id)) {
      out.push({ code: 'DUPLICATE_BUDGET', budget: id, message: `预算 ${id} 被选了两次：同一份预算只能出现一次。` });
    }
  }
  for (const part of budgets) {
    const whole = part.partOf ? budgets.find((b) => b.id === part.partOf?.budget) : undefined;
    if (!part.partOf || !whole || out.some((w) => w.code === 'CONTAINMENT' && w.part === part.id)) continue;
    out.push({
      code: 'CONTAINMENT',
      part: part.id,
      whole: whole.id,
      unitCode: part.partOf.unitCode,
      message: `${part.department}（${part.year}年）是${whole.department}的下属单位（单位编码 ${part.partOf.unitCode}），其预算已包含在后者的部门预算中：两者可以对照，不能相加。`,
    });
  }
  return out;
}

function combineBlocks(budgets: readonly Budget[], warnings: readonly CompareWarning[]): CombineBlock[] {
  const blocks: CombineBlock[] = warnings.map((w) =>
    w.code === 'CONTAINMENT' ? { code: w.code, budgets: [w.part, w.whole], message: w.message } : { code: w.code, budgets: [w.budget], message: w.message },
  );
  for (const [i, a] of budgets.entries()) {
    for (const b of budgets.slice(i + 1)) {
      if (a.id === b.id || !sameDepartment(a, b)) continue;
      blocks.push({ code: 'SAME_DEPARTMENT', budgets: [a.id, b.id], message: `${a.id} 与 ${b.id} 是同一部门不同年份的预算：可以对照，相加没有意义。` });
    }
  }
  return blocks;
}

/**
 * Align the budgets' lines by code. Budgets are compared in the order given (steps go from each to
 * the next): sort them by year first for a change over time.
 */
export function compareBudgets(budgets: readonly Budget[], options: CompareOptions = {}): Comparison<MoneyUnit> {
  const measure = options.measure ?? 'total';
  const crosswalk = options.crosswalk ?? EMPTY_CROSSWALK;
  const unit = commonUnit(budgets.map((b) => b.unit));
  // Totals and denominators in the comparison's unit, from the unit of the table they were read from.
  const expenditureIn = (b: Budget, m: Measure): Amount => convertAmount(b.expenditure[m], srcUnit(b, b.expenditure.src), unit);
  const incomeTotalIn = (b: Budget): Amount => convertAmount(b.incomeTotal, b.unit, unit);

  const functional = budgets.map((b) => functionalCells(b, measure));
  const economic = budgets.map(economicCells);
  const economicCovered = (b: Budget, cells: Map<string, RawCell>, s: Spending): Amount | null => {
    const lei = [...cells.values()].filter((c) => c.spending === s && c.code.length === 3);
    return lei.length > 0 ? toAmount(sum(lei.map((c) => convertAmount(c.amount, c.src[0] ? srcUnit(b, c.src[0]) : b.unit, unit)))) : null;
  };

  const lines = {
    totals: buildLines(
      'total',
      budgets,
      budgets.map(totalCells),
      budgets.map((b) => expenditureIn(b, 'total')),
      crosswalk,
      unit,
    ),
    functional: buildLines(
      'functional',
      budgets,
      functional.map((f) => f.cells),
      budgets.map((b) => expenditureIn(b, measure)),
      crosswalk,
      unit,
    ),
    economic: buildLines(
      'economic',
      budgets,
      economic,
      budgets.map((b) => expenditureIn(b, 'total')),
      crosswalk,
      unit,
    ),
    income: buildLines('income', budgets, budgets.map(incomeCells), budgets.map(incomeTotalIn), crosswalk, unit),
  };
  markMoves('functional', lines.functional, crosswalk);
  markMoves('economic', lines.economic, crosswalk);

  const warnings = warningsOf(budgets);
  const blockedBy = combineBlocks(budgets, warnings);
  return {
    unit,
    converted: budgets.some((b) => b.unit !== unit),
    budgets: budgets.map((b, i) => ({
      id: b.id,
      departmentId: b.departmentId,
      kind: b.kind,
      unit: b.unit,
      department: b.department,
      ...(b.departmentEn === undefined ? {} : { departmentEn: b.departmentEn }),
      region: b.region,
      year: b.year,
      ...(b.partOf ? { partOf: b.partOf } : {}),
      total: expenditureIn(b, 'total'),
      incomeTotal: incomeTotalIn(b),
      functionalBasis: functional[i]?.basis ?? 'none',
      economicCovered: { basic: economicCovered(b, economic[i] ?? new Map(), 'basic'), project: economicCovered(b, economic[i] ?? new Map(), 'project') },
    })),
    measure,
    ...lines,
    warnings,
    combine: { offered: blockedBy.length === 0 && budgets.length > 1, blockedBy },
  };
}

export interface CombinedCell {
  /** Exact sum over the budgets that print the line. */
  amount: Amount;
  /** Budgets whose figure is in the sum. */
  budgets: string[];
  /** Budgets that print no such line (not counted as zero: they may simply not print it). */
  missingIn: string[];
}

/**
 * Add the compared budgets up, line by line (e.g. several districts' bureaus in one year). Refused —
 * with the reasons — where a budget is part of another (000 in 001), a budget is listed twice, or two
 * budgets are the same department in different years. Keyed by line key.
 */
export function combineBudgets(comparison: Comparison): Result<Record<string, CombinedCell>> {
  if (!comparison.combine.offered) {
    const why = comparison.combine.blockedBy.map((b) => b.message).join(' ');
    return { ok: false, reason: why === '' ? '至少需要两份预算才能相加。' : why };
  }
  const out: Record<string, CombinedCell> = {};
  const ids = comparison.budgets.map((b) => b.id);
  for (const l of [...comparison.totals, ...comparison.functional, ...comparison.economic, ...comparison.income]) {
    const present = l.cells.flatMap((c, i) => (c ? [{ c, id: ids[i] ?? '' }] : []));
    const total: Dec = sum(present.map((p) => p.c.amount));
    out[l.key] = {
      amount: toAmount(total),
      budgets: present.map((p) => p.id),
      missingIn: ids.filter((_, i) => l.cells[i] === null),
    };
  }
  return { ok: true, value: out };
}
