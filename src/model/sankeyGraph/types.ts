/**
 * The Sankey graph's data: nodes and links with exact decimal amounts, how each is known, and the issues the
 * source's own figures raise. Node ids are used in data-testid="sankey-node-<id>" and link ids
 * `${source}-${target}`: no '-' in them.
 */
import type { Amount, IncomeKey, SourceRef, Spending } from '../types';

export type SankeyNodeKind =
  | 'income' // 收入来源
  | 'pool' // 全部收入（来源未细分）: income whose split between basic and project is not printed
  | 'spending' // 基本支出 / 项目支出
  | 'economicClass' // 经济分类 类 (301 …)
  | 'economicItem' // 经济分类 款 (30101 …)
  | 'unitemised' // 来源未细分: the source prints a total but not its breakdown
  | 'gap'; // 差额: the source's own figures do not add up

/** What a 'unitemised' or 'gap' node stands for; the view words it (strings.ts). */
export type SankeyNoteKind =
  | 'incomeSplitUnknown' // pool: several sources, split to basic/project not printed
  | 'economicNotItemised' // spending not broken down by economic class
  | 'kuanNotItemised' // class amount not broken down into 款
  | 'incomeExceedsSpending' // income lines > basic + project
  | 'spendingExceedsIncome' // basic + project > income lines
  | 'economicExceedsSpending' // economic classes add up to more than the spending total
  | 'kuanExceedsClass'; // 款 add up to more than their 类

/** How a link's amount is known (shown in the tooltip so that readers can trace it). */
export type SankeyDerivation =
  | 'printed' // one printed figure
  | 'sum' // exact sum of printed figures (e.g. one 类 code printed in several blocks)
  | 'balance' // fixed by the budget identity income = basic + project (single source; or all other sources used up)
  | 'remainder'; // printed total minus its printed parts: goes to a 来源未细分 or 差额 node

export interface SankeyGraphNode {
  id: string;
  kind: SankeyNodeKind;
  /** 0-based column, contiguous. */
  column: number;
  /** Order within the column (top to bottom). */
  order: number;
  /** Name as printed (Chinese); '' where the app names the node (pool, gap, unitemised, spending). */
  name: string;
  /** English name beside the printed one (data/names-en.json), where there is one. */
  nameEn?: string;
  code?: string;
  incomeKey?: IncomeKey;
  spending?: Spending;
  note?: SankeyNoteKind;
  /** The figure the node stands for: printed where there is one, otherwise the exact sum of its flows. */
  amount: Amount;
  derivation: SankeyDerivation;
  refs: SourceRef[];
}

export interface SankeyGraphLink {
  /** `${source}-${target}` (ids contain no '-'). */
  id: string;
  source: string;
  target: string;
  amount: Amount;
  derivation: SankeyDerivation;
  refs: SourceRef[];
}

/** How income reaches basic/project spending in this graph (see incomeSplit below). */
export type IncomeSplitRule = 'single' | 'fundTables' | 'projectFunding' | 'pool' | 'none';

export type SankeyIssueCode =
  | 'INCOME_LINES_NOT_TOTAL' // Σ income lines ≠ printed 收入总计
  | 'SPENDING_PARTS_NOT_TOTAL' // basic + project ≠ printed 支出总计
  | 'INCOME_NOT_SPENDING' // Σ income lines ≠ basic + project (gap node)
  | 'ECONOMIC_EXCEEDS_SPENDING'
  | 'KUAN_EXCEEDS_CLASS'
  | 'NEGATIVE_AMOUNT'; // a negative printed figure cannot be drawn as a flow; left out and reported

export interface SankeyIssue {
  code: SankeyIssueCode;
  subject?: string;
  expected: Amount;
  actual: Amount;
  difference: Amount;
  refs: SourceRef[];
}

/**
 * A gap within the printing precision (舍入差异, src/model/rounding.ts: the rule the checks use): not drawn as a
 * 差额 or 来源未细分 node — a 0.01 node would be invisible yet take a whole labelled slot — but said in text under
 * the chart. `node` is where inflow and outflow then differ by exactly `difference` (the layout accepts it).
 */
export interface SankeyRounding {
  /** What was compared: a spending total and its 类, a 类 and its 款, income and basic + project. */
  kind: 'economic' | 'kuan' | 'income';
  node: string;
  /** The spending (basic/project) or the 类 code. */
  subject?: string;
  /** The printed whole and Σ of its printed parts; difference = expected − actual. */
  expected: Amount;
  actual: Amount;
  difference: Amount;
  refs: SourceRef[];
}

export interface SankeyGraph {
  nodes: SankeyGraphNode[];
  links: SankeyGraphLink[];
  incomeRule: IncomeSplitRule;
  issues: SankeyIssue[];
  roundings: SankeyRounding[];
}

export interface SankeyGraphOptions {
  /** Add the 款 column (经济分类款级科目). */
  kuan?: boolean;
  /** Leave out the income and pool columns: the second half of the chart on a phone (fewer columns). */
  fromSpending?: boolean;
  /** Stop at 基本支出/项目支出: the first half of the chart on a phone. */
  toSpending?: boolean;
}

export const NODE_IDS = {
  income: (key: IncomeKey) => `income_${key}`,
  pool: 'pool_income',
  spending: (s: Spending) => `spending_${s}`,
  economic: (code: string) => `econ_${code}`,
  unitemisedEconomic: 'unitemised_econ',
  /** 款 not itemised under one 类: one node per 类, right under its 款, so that no flow crosses the column. */
  unitemisedKuan: (code: string) => `unitemised_kuan_${code}`,
  gapIncomeSurplus: 'gap_income_surplus',
  gapIncomeShortfall: 'gap_income_shortfall',
  gapEconomic: (s: Spending) => `gap_econ_${s}`,
  gapKuan: (code: string) => `gap_kuan_${code}`,
} as const;

export function linkId(source: string, target: string): string {
  return `${source}-${target}`;
}
