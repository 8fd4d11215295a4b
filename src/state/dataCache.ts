/**
 * Budget JSON lives here, outside the store: loaded once per session, immutable, shared by every view.
 * Promises are cached so that React's use() sees the same promise on every render.
 */
import { loadBudget, loadCatalogHead, loadIndex, loadSourceText, type FetchLike, type Loaded } from '../model/loadBudget';
import type { CatalogHead } from '../model/catalogHead';
import type { Budget, BudgetIndex } from '../model/types';
import { loadManifest } from '../model/dataFiles/loadManifest';
import type { DownloadsManifest } from '../model/dataFiles/manifest';

let indexPromise: Promise<Loaded<BudgetIndex>> | null = null;
let headPromise: Promise<Loaded<CatalogHead>> | null = null;
const budgets = new Map<string, Promise<Loaded<Budget>>>();
const sources = new Map<string, Promise<Loaded<string>>>();
let fetchImpl: FetchLike | undefined;

/** For tests: use another fetch and forget what was loaded. */
export function resetDataCache(fetchFn?: FetchLike): void {
  indexPromise = null;
  headPromise = null;
  manifestPromise = null;
  budgets.clear();
  sources.clear();
  fetchImpl = fetchFn;
}

/**
 * Mark a promise as settled the way React's use() reads it (status/value on the thenable), so that a
 * render after the data arrived reads it at once instead of suspending and showing the fallback again
 * (React holds a revealed Suspense boundary back for at least 300 ms after its fallback appeared).
 */
function tracked<T>(p: Promise<T>): Promise<T> {
  const t = p as Promise<T> & { status?: 'pending' | 'fulfilled'; value?: T };
  t.status = 'pending';
  void p.then((value) => {
    t.status = 'fulfilled';
    t.value = value;
  });
  return p;
}

export function indexResource(): Promise<Loaded<BudgetIndex>> {
  indexPromise ??= tracked(loadIndex(fetchImpl));
  return indexPromise;
}

/** The catalog's first page (data/catalog-head.json): what the catalog shows before index.json arrives. */
export function catalogHeadResource(): Promise<Loaded<CatalogHead>> {
  headPromise ??= tracked(loadCatalogHead(fetchImpl));
  return headPromise;
}

/** index.json as loaded (or failed), or null while it has not been asked for or is on its way. */
export function settledIndex(): Loaded<BudgetIndex> | null {
  const p = indexPromise as { status?: string; value?: Loaded<BudgetIndex> } | null;
  return p?.status === 'fulfilled' && p.value ? p.value : null;
}

export function budgetResource(id: string): Promise<Loaded<Budget>> {
  let p = budgets.get(id);
  if (!p) {
    p = tracked(indexResource().then((idx) => (idx.ok ? loadBudget(idx.value, id, fetchImpl) : idx)));
    budgets.set(id, p);
  }
  return p;
}

/** A budget's source text (Budget.source, published under data/sources/), loaded when the source view opens. */
export function sourceResource(file: string): Promise<Loaded<string>> {
  let p = sources.get(file);
  if (!p) {
    p = tracked(loadSourceText(file, fetchImpl));
    sources.set(file, p);
  }
  return p;
}

/**
 * Start loading what the first screen needs before React's first render, and wait for it briefly, so
 * that the first render has its data and paints the chart without a loading placeholder. Loading
 * errors are values (Loaded), so this never throws; a slow network only delays up to `maxWaitMs`.
 */
export function preload(budgetId: string | null, maxWaitMs: number, catalog = false): Promise<void> {
  // The catalog needs only its head (its first page); every other page needs the index (a budget page
  // to find the budget's file).
  const work: Promise<unknown>[] = [catalog ? catalogHeadResource() : indexResource()];
  if (budgetId) work.push(budgetResource(budgetId));
  return Promise.race([Promise.all(work).then(() => undefined), new Promise<void>((done) => setTimeout(done, maxWaitMs))]);
}

let manifestPromise: Promise<Loaded<DownloadsManifest>> | null = null;

/** The data page's list of downloads (data/downloads/manifest.json, written at build time). */
export function manifestResource(): Promise<Loaded<DownloadsManifest>> {
  manifestPromise ??= tracked(loadManifest(fetchImpl));
  return manifestPromise;
}
