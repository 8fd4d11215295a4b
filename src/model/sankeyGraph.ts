/**
 * Budget → Sankey graph (nodes and links with exact decimal amounts). Pure: no React, no DOM, no geometry.
 *
 * Columns, left to right:
 *   收入来源 income sources (Budget.income, non-zero lines only)
 *   [全部收入 pool, only where the split of income between basic and project spending is not known]
 *   基本支出 / 项目支出 (Budget.expenditure)
 *   经济分类 类 (Budget.economic, 3-digit codes, summed per spending)
 *   [经济分类 款 (5-digit codes), on demand]
 *
 * Nothing is estimated. Where the source does not break a flow down, the flow goes to a node that says so
 * (来源未细分 "not itemised in the source"); where the source does not balance, the difference is an explicit
 * gap node (差额). Every middle node therefore balances by construction, and layoutSankey checks it again.
 */
import type { Amount, Budget, EconomicRow, FunctionalRow, IncomeKey, SourceRef, Spending } from './types';
import { dec, sum, toAmount, type Dec } from './decimal';

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

export interface SankeyGraph {
  nodes: SankeyGraphNode[];
  links: SankeyGraphLink[];
  incomeRule: IncomeSplitRule;
  issues: SankeyIssue[];
}

export interface SankeyGraphOptions {
  /** Add the 款 column (经济分类款级科目). */
  kuan?: boolean;
  /** Leave out the income and pool columns: the second half of the chart on a phone (fewer columns). */
  fromSpending?: boolean;
  /** Stop at 基本支出/项目支出: the first half of the chart on a phone. */
  toSpending?: boolean;
}

// Node ids are used in data-testid="sankey-node-<id>" and link ids `${source}-${target}`: no '-' in them.
export const NODE_IDS = {
  income: (key: IncomeKey) => `income_${key}`,
  pool: 'pool_income',
  spending: (s: Spending) => `spending_${s}`,
  economic: (code: string) => `econ_${code}`,
  unitemisedEconomic: 'unitemised_econ',
  unitemisedKuan: 'unitemised_kuan',
  gapIncomeSurplus: 'gap_income_surplus',
  gapIncomeShortfall: 'gap_income_shortfall',
  gapEconomic: (s: Spending) => `gap_econ_${s}`,
  gapKuan: (code: string) => `gap_kuan_${code}`,
} as const;

export function linkId(source: string, target: string): string {
  return `${source}-${target}`;
}

const SPENDINGS: readonly Spending[] = ['basic', 'project'];

interface Builder {
  nodes: Map<string, SankeyGraphNode>;
  links: SankeyGraphLink[];
  issues: SankeyIssue[];
}

function addNode(b: Builder, node: Omit<SankeyGraphNode, 'order'>): SankeyGraphNode {
  const existing = b.nodes.get(node.id);
  if (existing) return existing;
  const order = [...b.nodes.values()].filter((n) => n.column === node.column).length;
  const full = { ...node, order };
  b.nodes.set(node.id, full);
  return full;
}

function addLink(b: Builder, source: string, target: string, amount: Dec, derivation: SankeyDerivation, refs: SourceRef[]): void {
  // Zero flows are not drawn: a zero line carries no money (the tables still list it).
  if (amount.isZero()) return;
  b.links.push({ id: linkId(source, target), source, target, amount: toAmount(amount), derivation, refs });
}

function issue(code: SankeyIssueCode, expected: Dec, actual: Dec, refs: SourceRef[], subject?: string): SankeyIssue {
  return {
    code,
    expected: toAmount(expected),
    actual: toAmount(actual),
    difference: toAmount(expected.minus(actual)),
    refs,
    ...(subject === undefined ? {} : { subject }),
  };
}

/** Economic rows summed by code for one spending kind (or both). Same code in several blocks (e.g. 301 under
 * 政府经济分类 501 and again under 505, or once per unit) is added up: they are disjoint printed parts. */
interface CodeSum {
  code: string;
  name: string;
  amount: Dec;
  refs: SourceRef[];
  count: number;
}

function sumByCode(rows: readonly EconomicRow[]): Map<string, CodeSum> {
  const out = new Map<string, CodeSum>();
  for (const r of rows) {
    const cur = out.get(r.code);
    if (cur) {
      cur.amount = cur.amount.plus(dec(r.amount));
      cur.refs.push(r.src);
      cur.count += 1;
    } else {
      out.set(r.code, { code: r.code, name: r.name, amount: dec(r.amount), refs: [r.src], count: 1 });
    }
  }
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * 表三 of the 2017 layout prints basic spending in three columns headed by the class names (工资福利支出,
 * 商品和服务支出, 对个人和家庭的补助支出) without a separate economic table; the normalizer keeps them as printed
 * totals. They fill a class only where no economic row carries that code.
 */
const PRINTED_BASIC_CLASSES: Readonly<Record<string, string>> = {
  'expenditure.basic.wages': '301',
  'expenditure.basic.goodsServices': '302',
  'expenditure.basic.householdSubsidy': '303',
};

function economicRowsFor(budget: Budget, spending: Spending): EconomicRow[] {
  const rows = budget.economic.filter((r) => r.spending === spending);
  if (spending === 'basic') {
    for (const p of budget.printedTotals ?? []) {
      const code = PRINTED_BASIC_CLASSES[p.key];
      if (code && !rows.some((r) => r.code === code)) rows.push({ code, name: '', amount: p.amount, spending, src: p.src });
    }
  }
  return departmentFirst(rows);
}

/**
 * Per code: the department-level rows (no unit) where printed, else the per-unit rows (to be added up). A code
 * printed both for the department and per unit must not be counted twice.
 */
function departmentFirst(rows: readonly EconomicRow[]): EconomicRow[] {
  const deptCodes = new Set(rows.filter((r) => r.unit === undefined).map((r) => r.code));
  return rows.filter((r) => r.unit === undefined || !deptCodes.has(r.code));
}

/** Class sums for one spending: 3-digit rows where printed; otherwise 款 rows added up by their 3-digit prefix. */
function classSums(budget: Budget, spending: Spending): Map<string, CodeSum> {
  const mine = economicRowsFor(budget, spending);
  const classes = mine.filter((r) => r.code.length === 3);
  if (classes.length > 0) return sumByCode(classes);
  const items = mine.filter((r) => r.code.length === 5);
  const byPrefix = sumByCode(items.map((r) => ({ ...r, code: r.code.slice(0, 3), name: '' })));
  for (const v of byPrefix.values()) v.count = Math.max(v.count, 2); // a sum, not one printed figure
  return byPrefix;
}

/**
 * The rule for income → basic/project (基本支出/项目支出). The split is drawn only where the source prints it or
 * the budget identity (Σ income = basic + project) fixes it; checked in this order:
 *  1. 'single': exactly one non-zero income source and Σ income = basic + project: that source pays for both.
 *  2. 'fundTables': per-fund tables (Budget.functionalByFund: 一般公共预算支出表, 政府性基金预算支出表 …) print basic
 *     and project for a source, and each such table adds up to its income line. At most one non-zero source may
 *     lack a table; its basic/project are what the identity leaves (must be ≥ 0). E.g. 003: 一般公共预算 by 表五,
 *     上年结转 = 项目支出 − 一般公共预算项目支出.
 *  3. 'projectFunding': every project prints its funding by source (Project.funding), Σ funding = amount for each,
 *     Σ projects = 项目支出, and after that at most one source has money left: it pays 基本支出 by the identity
 *     (002: 政府性基金 1900.00 all to projects, so 一般公共预算 pays basic).
 *  4. 'pool': otherwise every source flows into one 全部收入（来源未细分）node, which flows to basic/project.
 *     E.g. 001: its 一般公共预算 table (5921.56) includes the 上年结转 10.53 and so does not match the
 *     一般公共预算 income line (5911.03); the project table shows no carry-over although the income table puts
 *     it on 201 — two sources left over, split not printed. Any difference between income and basic + project
 *     is an explicit gap node at the pool; nothing is rebalanced.
 *  'none': no income column (fromSpending option).
 */
interface PlannedLink {
  key: IncomeKey;
  spending: Spending;
  amount: Dec;
  derivation: SankeyDerivation;
  refs: SourceRef[];
}

interface IncomePlan {
  rule: Exclude<IncomeSplitRule, 'none'>;
  lines: Budget['income'];
  /** Rules 1–3: the income → spending links. */
  links: PlannedLink[];
}

const ZERO = (): Dec => dec('0');

function planIncome(budget: Budget): IncomePlan {
  // Negative lines cannot be drawn as flows: buildSankeyGraph reports them (NEGATIVE_AMOUNT).
  const lines = budget.income.filter((l) => dec(l.amount).greaterThan(0));
  const ex = budget.expenditure;
  const spend: Record<Spending, Dec> = { basic: dec(ex.basic), project: dec(ex.project) };
  const balanced = sum(lines.map((l) => l.amount)).equals(spend.basic.plus(spend.project));
  if (!balanced || lines.length === 0) return { rule: 'pool', lines, links: [] };

  if (lines.length === 1) {
    const [only] = lines;
    if (only) {
      const links = SPENDINGS.map((s) => ({ key: only.key, spending: s, amount: spend[s], derivation: 'balance' as const, refs: [only.src, ex.src] }));
      return { rule: 'single', lines, links };
    }
  }

  const byFund = planFromFundTables(budget, lines, spend);
  if (byFund) return { rule: 'fundTables', lines, links: byFund };

  const split = projectFundingSplit(
    budget,
    lines.map((l) => l.key),
    spend.project,
  );
  if (split) {
    const rests = lines.map((l) => ({ line: l, amount: dec(l.amount).minus(split.get(l.key) ?? ZERO()) }));
    const left = rests.filter((r) => !r.amount.isZero());
    if (rests.every((r) => !r.amount.isNegative()) && left.length <= 1) {
      const projectRefs = budget.projects.map((p) => p.src);
      const links: PlannedLink[] = lines.map((l) => ({
        key: l.key,
        spending: 'project' as const,
        amount: split.get(l.key) ?? ZERO(),
        derivation: 'sum' as const,
        refs: projectRefs,
      }));
      const [rest] = left;
      if (rest) links.push({ key: rest.line.key, spending: 'basic', amount: rest.amount, derivation: 'balance', refs: [rest.line.src, ex.src] });
      return { rule: 'projectFunding', lines, links };
    }
  }
  return { rule: 'pool', lines, links: [] };
}

/** Basic/project printed for one fund: Σ of its 类 rows (department-level rows; per-unit rows only if none). */
function fundTotals(rows: readonly FunctionalRow[]): Record<Spending, Dec> | null {
  const dept = rows.filter((r) => r.unit === undefined);
  const chosen = dept.length > 0 ? dept : rows;
  for (const level of ['lei', 'kuan', 'xiang'] as const) {
    const at = chosen.filter((r) => r.level === level);
    if (at.length > 0) return { basic: sum(at.map((r) => r.basic)), project: sum(at.map((r) => r.project)) };
  }
  return null;
}

function planFromFundTables(budget: Budget, lines: Budget['income'], spend: Record<Spending, Dec>): PlannedLink[] | null {
  const tables = budget.functionalByFund ?? [];
  const links: PlannedLink[] = [];
  const uncovered: Budget['income'] = [];
  const covered: Record<Spending, Dec> = { basic: ZERO(), project: ZERO() };
  for (const l of lines) {
    const t = tables.find((x) => x.fund === l.key);
    const totals = t ? fundTotals(t.rows) : null;
    if (!t || !totals) {
      uncovered.push(l);
      continue;
    }
    // The fund table must account for exactly this income line, or it is not a split of it.
    if (!totals.basic.plus(totals.project).equals(dec(l.amount))) return null;
    if (totals.basic.isNegative() || totals.project.isNegative()) return null;
    for (const s of SPENDINGS) {
      covered[s] = covered[s].plus(totals[s]);
      links.push({ key: l.key, spending: s, amount: totals[s], derivation: 'sum', refs: [t.src, ...t.rows.map((r) => r.src)] });
    }
  }
  if (links.length === 0 || uncovered.length > 1) return null;
  const [rest] = uncovered;
  for (const s of SPENDINGS) {
    const left = spend[s].minus(covered[s]);
    if (left.isNegative()) return null;
    if (rest) links.push({ key: rest.key, spending: s, amount: left, derivation: 'balance', refs: [rest.src, budget.expenditure.src] });
    else if (!left.isZero()) return null;
  }
  return links;
}

function buildIncome(b: Builder, budget: Budget, plan: IncomePlan, spendingColumn: number): void {
  const { lines } = plan;
  const ex = budget.expenditure;
  const spendingAmount: Record<Spending, Dec> = { basic: dec(ex.basic), project: dec(ex.project) };
  const incomeCol = plan.rule === 'pool' ? spendingColumn - 2 : spendingColumn - 1;
  for (const l of lines) {
    addNode(b, {
      id: NODE_IDS.income(l.key),
      kind: 'income',
      column: incomeCol,
      name: l.name,
      incomeKey: l.key,
      amount: l.amount,
      derivation: 'printed',
      refs: [l.src],
    });
  }
  if (plan.rule !== 'pool') {
    for (const l of plan.links) addLink(b, NODE_IDS.income(l.key), NODE_IDS.spending(l.spending), l.amount, l.derivation, l.refs);
    return;
  }

  // Rule 4: the pool.
  const incomeSum = sum(lines.map((l) => l.amount));
  const spendTotal = spendingAmount.basic.plus(spendingAmount.project);
  const diff = incomeSum.minus(spendTotal);
  if (lines.length > 0 || !diff.isZero()) {
    addNode(b, {
      id: NODE_IDS.pool,
      kind: 'pool',
      column: spendingColumn - 1,
      name: '',
      note: 'incomeSplitUnknown',
      amount: toAmount(incomeSum),
      derivation: 'sum',
      refs: lines.map((l) => l.src),
    });
  }
  for (const l of lines) addLink(b, NODE_IDS.income(l.key), NODE_IDS.pool, dec(l.amount), 'printed', [l.src]);
  if (!diff.isZero()) {
    const refs = [...lines.map((l) => l.src), ex.src];
    b.issues.push(issue('INCOME_NOT_SPENDING', incomeSum, spendTotal, refs));
    if (diff.greaterThan(0)) {
      addNode(b, {
        id: NODE_IDS.gapIncomeSurplus,
        kind: 'gap',
        column: spendingColumn,
        name: '',
        note: 'incomeExceedsSpending',
        amount: toAmount(diff),
        derivation: 'remainder',
        refs,
      });
      addLink(b, NODE_IDS.pool, NODE_IDS.gapIncomeSurplus, diff, 'remainder', refs);
    } else {
      addNode(b, {
        id: NODE_IDS.gapIncomeShortfall,
        kind: 'gap',
        column: incomeCol,
        name: '',
        note: 'spendingExceedsIncome',
        amount: toAmount(diff.negated()),
        derivation: 'remainder',
        refs,
      });
      addLink(b, NODE_IDS.gapIncomeShortfall, NODE_IDS.pool, diff.negated(), 'remainder', refs);
    }
  }
  for (const s of SPENDINGS) {
    addLink(b, NODE_IDS.pool, NODE_IDS.spending(s), spendingAmount[s], 'printed', [ex.src]);
  }
}

/** Σ printed project funding by source, or null where it is incomplete or does not add up. */
function projectFundingSplit(budget: Budget, keys: readonly IncomeKey[], project: Dec): Map<IncomeKey, Dec> | null {
  if (budget.projects.length === 0) return null;
  const bySource = new Map<IncomeKey, Dec>();
  for (const p of budget.projects) {
    if (!p.funding) return null;
    const parts = Object.entries(p.funding) as [IncomeKey, Amount][];
    if (!sum(parts.map(([, a]) => a)).equals(dec(p.amount))) return null;
    for (const [k, a] of parts) {
      const v = dec(a);
      if (v.isNegative()) return null;
      if (v.isZero()) continue;
      if (!keys.includes(k)) return null; // funded by a source with no income line: inconsistent
      bySource.set(k, (bySource.get(k) ?? dec('0')).plus(v));
    }
  }
  if (!sum(budget.projects.map((p) => p.amount)).equals(project)) return null;
  return bySource;
}

export function buildSankeyGraph(budget: Budget, options: SankeyGraphOptions = {}): SankeyGraph {
  const b: Builder = { nodes: new Map(), links: [], issues: [] };

  const incomeLinesSum = sum(budget.income.map((l) => l.amount));
  if (!incomeLinesSum.equals(dec(budget.incomeTotal))) {
    b.issues.push(
      issue(
        'INCOME_LINES_NOT_TOTAL',
        dec(budget.incomeTotal),
        incomeLinesSum,
        budget.income.map((l) => l.src),
      ),
    );
  }
  const ex = budget.expenditure;
  const parts = dec(ex.basic).plus(dec(ex.project));
  if (!parts.equals(dec(ex.total))) b.issues.push(issue('SPENDING_PARTS_NOT_TOTAL', dec(ex.total), parts, [ex.src]));

  // Columns are decided before nodes are added so that they come out contiguous.
  const fromSpending = options.fromSpending === true;
  const basicDec = dec(ex.basic);
  const projectDec = dec(ex.project);
  const plan = fromSpending ? null : planIncome(budget);
  const spendingColumn = plan === null ? 0 : plan.rule === 'pool' ? 2 : 1;
  for (const l of budget.income) {
    if (dec(l.amount).isNegative()) b.issues.push(issue('NEGATIVE_AMOUNT', dec(l.amount), dec('0'), [l.src], l.key));
  }

  // Economic gap sources sit one column left of spending; with fromSpending there is none, so shift right.
  const econGapNeeded = SPENDINGS.some((s) => {
    const total = sum([...classSums(budget, s).values()].map((c) => toAmount(c.amount)));
    return total.greaterThan(s === 'basic' ? basicDec : projectDec);
  });
  const shift = fromSpending && econGapNeeded ? 1 : 0;
  const spendCol = spendingColumn + shift;

  for (const s of SPENDINGS) {
    const amount = s === 'basic' ? basicDec : projectDec;
    if (amount.isNegative()) {
      b.issues.push(issue('NEGATIVE_AMOUNT', amount, dec('0'), [ex.src], s));
      continue;
    }
    if (amount.isZero()) continue;
    addNode(b, {
      id: NODE_IDS.spending(s),
      kind: 'spending',
      column: spendCol,
      name: '',
      spending: s,
      amount: toAmount(amount),
      derivation: 'printed',
      refs: [ex.src],
    });
  }

  if (plan) buildIncome(b, budget, plan, spendCol);
  const incomeRule: IncomeSplitRule = plan ? plan.rule : 'none';

  if (!options.toSpending) buildEconomic(b, budget, spendCol, options.kuan === true);

  const nodes = [...b.nodes.values()];
  return { nodes, links: b.links, incomeRule, issues: b.issues };
}

/** 基本支出/项目支出 → 经济分类 类 (→ 款). */
function buildEconomic(b: Builder, budget: Budget, spendCol: number, kuan: boolean): void {
  const ex = budget.expenditure;
  const basicDec = dec(ex.basic);
  const projectDec = dec(ex.project);
  // Spending → economic 类. A class node is shared by basic and project (302 receives from both).
  const classCol = spendCol + 1;
  const classTotals = new Map<string, { amount: Dec; name: string; refs: SourceRef[] }>();
  for (const s of SPENDINGS) {
    const spendingAmount = s === 'basic' ? basicDec : projectDec;
    if (!b.nodes.has(NODE_IDS.spending(s))) continue;
    const classes = [...classSums(budget, s).values()].filter((c) => !c.amount.isZero());
    const negative = classes.filter((c) => c.amount.isNegative());
    for (const c of negative) b.issues.push(issue('NEGATIVE_AMOUNT', c.amount, dec('0'), c.refs, c.code));
    const positive = classes.filter((c) => c.amount.greaterThan(0));
    const classSum = positive.reduce((acc, c) => acc.plus(c.amount), dec('0'));
    for (const c of positive) {
      const cur = classTotals.get(c.code);
      if (cur) {
        cur.amount = cur.amount.plus(c.amount);
        cur.refs.push(...c.refs);
        if (!cur.name) cur.name = c.name;
      } else classTotals.set(c.code, { amount: c.amount, name: c.name, refs: [...c.refs] });
      addLink(b, NODE_IDS.spending(s), NODE_IDS.economic(c.code), c.amount, c.count > 1 ? 'sum' : 'printed', c.refs);
    }
    const rest = spendingAmount.minus(classSum);
    if (rest.greaterThan(0)) {
      // 来源未细分: the document prints this spending total but not (all of) its economic classes.
      addLink(b, NODE_IDS.spending(s), NODE_IDS.unitemisedEconomic, rest, 'remainder', [ex.src, ...positive.flatMap((c) => c.refs)]);
    } else if (rest.isNegative()) {
      const refs = [ex.src, ...positive.flatMap((c) => c.refs)];
      b.issues.push(issue('ECONOMIC_EXCEEDS_SPENDING', spendingAmount, classSum, refs, s));
      addNode(b, {
        id: NODE_IDS.gapEconomic(s),
        kind: 'gap',
        column: spendCol - 1,
        name: '',
        note: 'economicExceedsSpending',
        spending: s,
        amount: toAmount(rest.negated()),
        derivation: 'remainder',
        refs,
      });
      addLink(b, NODE_IDS.gapEconomic(s), NODE_IDS.spending(s), rest.negated(), 'remainder', refs);
    }
  }
  const sortedClasses = [...classTotals.entries()].sort(([a], [b2]) => a.localeCompare(b2));
  for (const [code, c] of sortedClasses) {
    addNode(b, {
      id: NODE_IDS.economic(code),
      kind: 'economicClass',
      column: classCol,
      name: c.name,
      code,
      amount: toAmount(c.amount),
      derivation: c.refs.length > 1 ? 'sum' : 'printed',
      refs: c.refs,
    });
  }
  const unitemisedIn = b.links.filter((l) => l.target === NODE_IDS.unitemisedEconomic);
  if (unitemisedIn.length > 0) {
    addNode(b, {
      id: NODE_IDS.unitemisedEconomic,
      kind: 'unitemised',
      column: classCol,
      name: '',
      note: 'economicNotItemised',
      amount: toAmount(sum(unitemisedIn.map((l) => l.amount))),
      derivation: 'remainder',
      refs: [ex.src],
    });
  }

  if (kuan) buildKuan(b, budget, sortedClasses, classCol);
}

/** 类 → 款 (30101 …), summed over basic and project (the class node is shared). */
function buildKuan(b: Builder, budget: Budget, classes: readonly [string, { amount: Dec; refs: SourceRef[] }][], classCol: number): void {
  const kuanCol = classCol + 1;
  // Only 款 rows whose spending reaches a drawn class: a class exists per spending where its 3-digit row is
  // printed (or derived from 款); 款 of a spending with no spending node are not drawn.
  const items = (['basic', 'project'] as const)
    .filter((s) => b.nodes.has(NODE_IDS.spending(s)))
    .flatMap((s) => economicRowsFor(budget, s))
    .filter((r) => r.code.length === 5);
  const bySum = sumByCode(items);
  const kuanNodes: { code: string; name: string; amount: Dec; refs: SourceRef[] }[] = [];
  for (const [classCode, cls] of classes) {
    const kids = [...bySum.values()].filter((k) => k.code.startsWith(classCode) && k.amount.greaterThan(0));
    for (const k of [...bySum.values()].filter((k) => k.code.startsWith(classCode) && k.amount.isNegative())) {
      b.issues.push(issue('NEGATIVE_AMOUNT', k.amount, dec('0'), k.refs, k.code));
    }
    const kidsSum = kids.reduce((acc, k) => acc.plus(k.amount), dec('0'));
    for (const k of kids) {
      kuanNodes.push(k);
      addLink(b, NODE_IDS.economic(classCode), NODE_IDS.economic(k.code), k.amount, k.count > 1 ? 'sum' : 'printed', k.refs);
    }
    const rest = cls.amount.minus(kidsSum);
    if (rest.greaterThan(0)) {
      addLink(b, NODE_IDS.economic(classCode), NODE_IDS.unitemisedKuan, rest, 'remainder', cls.refs);
    } else if (rest.isNegative()) {
      const refs = [...cls.refs, ...kids.flatMap((k) => k.refs)];
      b.issues.push(issue('KUAN_EXCEEDS_CLASS', cls.amount, kidsSum, refs, classCode));
      addNode(b, {
        id: NODE_IDS.gapKuan(classCode),
        kind: 'gap',
        column: classCol - 1,
        name: '',
        code: classCode,
        note: 'kuanExceedsClass',
        amount: toAmount(rest.negated()),
        derivation: 'remainder',
        refs,
      });
      addLink(b, NODE_IDS.gapKuan(classCode), NODE_IDS.economic(classCode), rest.negated(), 'remainder', refs);
    }
  }
  for (const k of kuanNodes.sort((x, y) => x.code.localeCompare(y.code))) {
    addNode(b, {
      id: NODE_IDS.economic(k.code),
      kind: 'economicItem',
      column: kuanCol,
      name: k.name,
      code: k.code,
      amount: toAmount(k.amount),
      derivation: k.refs.length > 1 ? 'sum' : 'printed',
      refs: k.refs,
    });
  }
  const into = b.links.filter((l) => l.target === NODE_IDS.unitemisedKuan);
  if (into.length > 0) {
    addNode(b, {
      id: NODE_IDS.unitemisedKuan,
      kind: 'unitemised',
      column: kuanCol,
      name: '',
      note: 'kuanNotItemised',
      amount: toAmount(sum(into.map((l) => l.amount))),
      derivation: 'remainder',
      refs: [],
    });
  }
}

/** Σ of a node's incoming and outgoing links, exact. */
export function nodeFlows(graph: Pick<SankeyGraph, 'links'>, id: string): { inflow: Amount; outflow: Amount } {
  return {
    inflow: toAmount(sum(graph.links.filter((l) => l.target === id).map((l) => l.amount))),
    outflow: toAmount(sum(graph.links.filter((l) => l.source === id).map((l) => l.amount))),
  };
}
