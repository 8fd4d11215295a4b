/**
 * How much of 基本支出 / 项目支出 each compared budget's 经济分类 lines cover. Documents print economic tables
 * for part of the money only (一般公共预算; 003 prints 商品和服务支出 per unit), so a reader must be told where
 * the lines do not add up to the spending they break down.
 */
import type { Amount, Spending } from '../types';
import { dec } from '../decimal';
import type { ComparedBudget, Comparison } from './types';

export interface EconomicCoverage {
  budget: ComparedBudget;
  /** Σ of the budget's 类 lines for this spending (Comparison.unit); null where it prints none. */
  covered: Amount | null;
  /** The budget's printed 基本支出 / 项目支出 (Comparison.unit). */
  spending: Amount | null;
  /** True where the 类 lines add up exactly to the printed spending. */
  complete: boolean;
}

export function economicCoverage(c: Comparison, spending: Spending): EconomicCoverage[] {
  const line = c.totals.find((l) => l.code === spending);
  return c.budgets.map((b, i) => {
    const covered = b.economicCovered[spending];
    const total = line?.cells[i]?.amount ?? null;
    return { budget: b, covered, spending: total, complete: covered !== null && total !== null && dec(total).equals(dec(covered)) };
  });
}
