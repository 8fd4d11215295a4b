/**
 * Budget JSON lives here, outside the store: loaded once per session, immutable, shared by every view.
 * Promises are cached so that React's use() sees the same promise on every render.
 */
import { loadBudget, loadIndex, type FetchLike, type Loaded } from '../model/loadBudget';
import type { Budget, BudgetIndex } from '../model/types';

let indexPromise: Promise<Loaded<BudgetIndex>> | null = null;
const budgets = new Map<string, Promise<Loaded<Budget>>>();
let fetchImpl: FetchLike | undefined;

/** For tests: use another fetch and forget what was loaded. */
export function resetDataCache(fetchFn?: FetchLike): void {
  indexPromise = null;
  budgets.clear();
  fetchImpl = fetchFn;
}

export function indexResource(): Promise<Loaded<BudgetIndex>> {
  indexPromise ??= loadIndex(fetchImpl);
  return indexPromise;
}

export function budgetResource(id: string): Promise<Loaded<Budget>> {
  let p = budgets.get(id);
  if (!p) {
    p = indexResource().then((idx) => (idx.ok ? loadBudget(idx.value, id, fetchImpl) : idx));
    budgets.set(id, p);
  }
  return p;
}
