/**
 * What a comparison holds: budgets side by side, lines aligned by code, each budget's cell, the steps
 * between consecutive budgets, flags (名称不同, 缺项, 科目变动) and warnings.
 */
import type { Amount, DocumentKind, MoneyUnit, SourceRef, Spending } from '../types';
import type { Dec } from '../decimal';
import type { Measure } from '../tree';
import type { Crosswalk } from '../crosswalk';
import type { ShownUnit } from '../displayAmount';

export type CompareSection = 'total' | 'functional' | 'economic' | 'income';

/**
 * Where a cell's figure comes from:
 * - printed: one row of the budget, as printed;
 * - sumOfUnitRows: the exact sum of `rows` per-unit rows (单位) printed for this code (rows = 1: one
 *   unit's row, the only one printed for the code);
 * - sumOfRows: the exact sum of `rows` rows printed under the same code (e.g. 301 printed once under
 *   政府经济分类 501 机关工资福利支出 and once under 505 对事业单位经常性补助);
 * - sumOfChildren: no row is printed for this 类/款; the exact sum of its children's cells.
 */
export type CellBasis = 'printed' | 'sumOfUnitRows' | 'sumOfRows' | 'sumOfChildren';

export interface CompareCell {
  amount: Amount;
  /** The name this budget prints for the line; "" where it prints none (a derived 类/款). */
  name: string;
  basis: CellBasis;
  /** Printed rows behind the figure. */
  rows: number;
  /**
   * Percentage of the budget's total: 支出总计 (expenditure.total; for 功能分类 lines with measure
   * basic/project, 基本支出/项目支出) or, for income lines, 收入总计. Exact; null where the total is 0.
   */
  share: Dec | null;
  /** Every printed row behind the figure. */
  src: SourceRef[];
  /**
   * Where the figure was converted to the comparison's unit (budgets of different units): the figure
   * as the document prints it (or as the exact sum of its printed rows) and that unit.
   */
  printed?: { amount: Amount; unit: MoneyUnit };
}

/** How two budgets relate, for reading their difference. */
export type BudgetRelation =
  /** The same department in two years (a change over time). */
  | 'sameDepartment'
  /** One is a unit inside the other: the difference is "the rest of the whole", not a change. */
  | 'partOf'
  | 'otherDepartment'
  | 'sameBudget';

export interface CompareStep {
  from: string;
  to: string;
  /** both: both print the line; added: only `to`; removed: only `from`; neither: both lack it. */
  status: 'both' | 'added' | 'removed' | 'neither';
  /** to − from, exact; null unless both print the line. */
  difference: Amount | null;
  /** difference ÷ from × 100, exact; null where from is 0 or either is missing. */
  change: Dec | null;
  relation: BudgetRelation;
}

export type LineFlag = 'renamed' | 'missing' | 'moved';

export interface LineRename {
  /** The printed name in each budget that prints one. */
  names: { budget: string; year: number; name: string; misprint: boolean }[];
  /** From data/crosswalk.json; null where the crosswalk has no entry (then the UI says so). */
  reason: string | null;
  /** The same reason in Chinese, where the crosswalk gives it. */
  reasonZh?: string;
}

export interface LineMove {
  /** The line the same name is printed under in other budgets. */
  key: string;
  code: string;
  /** From data/crosswalk.json where recorded. */
  reason: string | null;
  /** The same reason in Chinese, where the crosswalk gives it. */
  reasonZh?: string;
}

export interface CompareLine {
  /** Stable key: "total:basic", "functional:2060101", "economic:basic:30101", "income:carryover". */
  key: string;
  section: CompareSection;
  /** 功能分类/经济分类 code, income key, or total/basic/project. */
  code: string;
  level?: 'lei' | 'kuan' | 'xiang';
  spending?: Spending;
  /** Key of the parent line (款 → 类, 项 → 款). */
  parent?: string;
  /** Display name: the latest budget's printed name (a misprint never chosen where another exists). */
  name: string;
  /** The display name's English (data/names-en.json), where there is one. */
  nameEn?: string;
  /** One per budget, in the order the budgets were given; null where the budget prints no such line. */
  cells: (CompareCell | null)[];
  /** Between budgets i and i+1. */
  steps: CompareStep[];
  flags: LineFlag[];
  rename?: LineRename;
  moves?: LineMove[];
}

export type CompareWarning =
  | { code: 'CONTAINMENT'; part: string; whole: string; unitCode: string; message: string }
  | { code: 'DUPLICATE_BUDGET'; budget: string; message: string };

export interface CombineBlock {
  code: 'CONTAINMENT' | 'DUPLICATE_BUDGET' | 'SAME_DEPARTMENT';
  budgets: string[];
  message: string;
}

export interface ComparedBudget {
  id: string;
  departmentId: string;
  kind: DocumentKind;
  /** The unit the budget prints (its figures here are in Comparison.unit). */
  unit: MoneyUnit;
  department: string;
  /** English name beside the printed one (data/names-en.json), where there is one. */
  departmentEn?: string;
  region: string;
  year: number;
  partOf?: { budget: string; unitCode: string };
  /** In Comparison.unit. */
  total: Amount;
  incomeTotal: Amount;
  /** department: department-wide 功能分类 rows; unitsAdded: only per-unit rows, added by code. */
  functionalBasis: 'department' | 'unitsAdded' | 'none';
  /**
   * Sum of the printed 经济分类 类 rows by spending, null where none are printed. Documents print
   * economic tables for part of the money only (一般公共预算; 003 only 商品和服务支出), so a line
   * absent here is "not printed", and this says how much of 基本/项目支出 the lines cover.
   */
  economicCovered: { basic: Amount | null; project: Amount | null };
}

/** `U`: the unit of its figures — a printed unit from compareBudgets, 百万元 once shown in million yuan. */
export interface Comparison<U extends ShownUnit = ShownUnit> {
  budgets: ComparedBudget[];
  /**
   * The unit of every figure of the comparison: the budgets' own where all agree, else 万元; 百万元 only
   * once shown in million yuan (inMillionYuan.ts: a display of the same figures, never read back).
   */
  unit: U;
  /** True where some budget prints another unit and its figures were converted exactly (1 万元 = 10,000 元). */
  converted: boolean;
  /** Which figure of the 功能分类 rows is compared. */
  measure: Measure;
  totals: CompareLine[];
  functional: CompareLine[];
  economic: CompareLine[];
  income: CompareLine[];
  warnings: CompareWarning[];
  /** Whether adding the budgets up (combineBudgets) makes sense, and if not, why. */
  combine: { offered: boolean; blockedBy: CombineBlock[] };
}

export interface CompareOptions {
  /** 功能分类 figure to compare (default 'total'). */
  measure?: Measure;
  /** index.json's crosswalk (data/crosswalk.json as published); without it names are compared as printed. */
  crosswalk?: Crosswalk;
}
