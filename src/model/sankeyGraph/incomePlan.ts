// How income reaches 基本支出/项目支出 (the rule below); incomeFlows.ts draws the plan.
import type { Amount, Budget, FunctionalRow, IncomeKey, SourceRef, Spending } from '../types';
import { dec, sum, type Dec } from '../decimal';
import { SPENDINGS } from '../economicTree';
import type { IncomeSplitRule, SankeyDerivation } from './types';

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

export interface IncomePlan {
  rule: Exclude<IncomeSplitRule, 'none'>;
  lines: Budget['income'];
  /** Rules 1–3: the income → spending links. */
  links: PlannedLink[];
}

const ZERO = (): Dec => dec('0');

export function planIncome(budget: Budget): IncomePlan {
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
