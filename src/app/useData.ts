/** Suspending reads of the cached data (see state/dataCache.ts); errors come back as values. */
import { use, useEffect, useState } from 'react';
import { budgetResource, catalogHeadResource, indexResource, manifestResource, settledIndex, sourceResource } from '../state/dataCache';
import type { CatalogHead } from '../model/catalogHead';
import type { DownloadsManifest } from '../model/dataFiles/manifest';
import type { Loaded } from '../model/loadBudget';
import type { Budget, BudgetIndex } from '../model/types';

export function useIndex(): Loaded<BudgetIndex> {
  return use(indexResource());
}

/** The catalog's first page (data/catalog-head.json). */
export function useCatalogHead(): Loaded<CatalogHead> {
  return use(catalogHeadResource());
}

/**
 * index.json without suspending: null until it has arrived. Asked for when the browser is idle after the
 * first paint (so a reader who filters or pages finds it there), at once when `urgent`; never when `skip`.
 * Not suspending keeps the page (and the focus in the catalog's text filter) in place while it loads.
 */
export function useIndexLater(urgent: boolean, skip: boolean): Loaded<BudgetIndex> | null {
  const [loaded, setLoaded] = useState(settledIndex);
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (skip || asked || urgent) return;
    // Safari has no requestIdleCallback: a second after the first paint instead.
    if (typeof requestIdleCallback !== 'function') {
      const timer = window.setTimeout(() => setAsked(true), 1000);
      return () => window.clearTimeout(timer);
    }
    const handle = requestIdleCallback(() => setAsked(true), { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }, [skip, asked, urgent]);
  useEffect(() => {
    if (skip || loaded || !(asked || urgent)) return;
    let live = true;
    void indexResource().then((r) => {
      if (live) setLoaded(r);
    });
    return () => {
      live = false;
    };
  }, [skip, loaded, asked, urgent]);
  return loaded;
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
