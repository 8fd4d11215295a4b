/**
 * Budget → Sankey graph (nodes and links with exact decimal amounts). Pure: no React, no DOM, no geometry.
 *
 * Columns, left to right:
 *   收入来源 income sources (Budget.income, non-zero lines only)
 *   [全部收入 pool, only where the split of income between basic and project spending is not known]
 *   基本支出 / 项目支出 (Budget.expenditure)
 *   经济分类 类 (the economic tree's one figure per code and spending, economicTree.ts)
 *   [经济分类 款 (5-digit codes), on demand]
 *
 * Nothing is estimated. Where the source does not break a flow down, the flow goes to a node that says so
 * (来源未细分 "not itemised in the source"); where the source does not balance, the difference is an explicit
 * gap node (差额) — unless the difference is within the printing precision (舍入差异, the checks' rule): then it
 * is a rounding, said in text, and the one node where it shows is accepted by layoutSankey as it stands. Every
 * other middle node balances by construction, and layoutSankey checks it again.
 */
import type { Amount, Budget } from '../types';
import { dec, share, sum, toAmount, type Dec } from '../decimal';
import { buildEconomicTree, SPENDINGS } from '../economicTree';
import { addNode, issue, type Builder } from './builder';
import { buildEconomic, economicExceedsSpending } from './economicFlows';
import { buildIncome } from './incomeFlows';
import { planIncome } from './incomePlan';
import { NODE_IDS, type IncomeSplitRule, type SankeyGraph, type SankeyGraphLink, type SankeyGraphOptions } from './types';

export function buildSankeyGraph(budget: Budget, options: SankeyGraphOptions = {}): SankeyGraph {
  const b: Builder = { nodes: new Map(), links: [], issues: [], roundings: [] };

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
  const tree = buildEconomicTree(budget);
  const shift = fromSpending && economicExceedsSpending(budget, tree) ? 1 : 0;
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

  if (!options.toSpending) buildEconomic(b, budget, spendCol, options.kuan === true, tree);

  const nodes = [...b.nodes.values()];
  return { nodes, links: b.links, incomeRule, issues: b.issues, roundings: b.roundings };
}

/** Σ of a node's incoming and outgoing links, exact. */
export function nodeFlows(graph: Pick<SankeyGraph, 'links'>, id: string): { inflow: Amount; outflow: Amount } {
  return {
    inflow: toAmount(sum(graph.links.filter((l) => l.target === id).map((l) => l.amount))),
    outflow: toAmount(sum(graph.links.filter((l) => l.source === id).map((l) => l.amount))),
  };
}

/** A link's share of the node it leaves (percent, exact; null where that node is 0 or not in the graph). */
export function linkShareOfSource(graph: Pick<SankeyGraph, 'nodes'>, link: Pick<SankeyGraphLink, 'source' | 'amount'>): Dec | null {
  const source = graph.nodes.find((n) => n.id === link.source);
  return source ? share(link.amount, source.amount) : null;
}
