/** Suspending reads of the cached data (see state/dataCache.ts); errors come back as values. */
import { use } from 'react';
import { budgetResource, indexResource, sourceResource } from '../state/dataCache';
import type { Loaded } from '../model/loadBudget';
import type { Budget, BudgetIndex } from '../model/types';

export function useIndex(): Loaded<BudgetIndex> {
  return use(indexResource());
}

export function useBudget(id: string): Loaded<Budget> {
  return use(budgetResource(id));
}

/** The source document of a budget, as text (for the source view). */
export function useSourceText(file: string): Loaded<string> {
  return use(sourceResource(file));
}
