/** Suspending reads of the cached data (see state/dataCache.ts); errors come back as values. */
import { use } from 'react';
import { budgetResource, indexResource, manifestResource, sourceResource } from '../state/dataCache';
import type { DownloadsManifest } from '../model/dataFiles/manifest';
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

/** The data page's list of downloads. */
export function useDownloads(): Loaded<DownloadsManifest> {
  return use(manifestResource());
}
