/**
 * 收入来源 → 基本支出/项目支出, as planned (incomePlan.ts); rule 4, the pool 全部收入（来源未细分）, with an explicit
 * gap node (差额) where income and basic + project differ. Nothing is rebalanced.
 */
import type { Budget, Spending } from '../types';
import { dec, sum, toAmount, type Dec } from '../decimal';
import { SPENDINGS } from '../economicTree';
import { addLink, addNode, isRoundingGap, issue, rounding, type Builder } from './builder';
import type { IncomePlan } from './incomePlan';
import { NODE_IDS } from './types';

export function buildIncome(b: Builder, budget: Budget, plan: IncomePlan, spendingColumn: number): void {
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
  const refs = [...lines.map((l) => l.src), ex.src];
  // Within the printing precision (舍入差异): said under the chart, not drawn as a 差额 node.
  const roundingOnly = !diff.isZero() && isRoundingGap(incomeSum, [spendingAmount.basic, spendingAmount.project]);
  if (roundingOnly) b.roundings.push(rounding('income', NODE_IDS.pool, incomeSum, spendTotal, refs));
  else if (!diff.isZero()) {
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
