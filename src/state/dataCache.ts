/**
 * Budget JSON lives here, outside the store: loaded once per session, immutable, shared by every view.
 * Promises are cached so that React's use() sees the same promise on every render.
 */
import {
  loadBudgetById,
  loadBudgetOf,
  unknownUnlessListed,
  loadCatalogHead,
  loadCrosswalk,
  loadDepartmentFile,
  loadIndex,
  loadSourceText,
  defaultFetch,
  type FetchLike,
  type Loaded,
} from '../model/loadBudget';
import { printingFetch, resetPrints } from './dataPrints';
import type { DepartmentFile } from '../model/departmentFile';
import type { Crosswalk } from '../model/crosswalkTypes';
import type { Route } from './route';
import type { CatalogHead } from '../model/catalogHead';
import type { Budget, BudgetIndex, BudgetIndexEntry } from '../model/types';
import { loadManifest } from '../model/dataFiles/loadManifest';
import type { DownloadsManifest } from '../model/dataFiles/manifest';

let indexPromise: Promise<Loaded<BudgetIndex>> | null = null;
let headPromise: Promise<Loaded<CatalogHead>> | null = null;
const budgets = new Map<string, Promise<Loaded<Budget>>>();
const sources = new Map<string, Promise<Loaded<string>>>();
const departments = new Map<string, Promise<Loaded<DepartmentFile>>>();
let crosswalkPromise: Promise<Loaded<Crosswalk>> | null = null;
// Every file read is fingerprinted (dataPrints.ts): a page written at build time hydrates only with the same data.
let fetchImpl: FetchLike = printingFetch(defaultFetch);

/** For tests: use another fetch and forget what was loaded. */
export function resetDataCache(fetchFn?: FetchLike): void {
  indexPromise = null;
  headPromise = null;
  manifestPromise = null;
  budgets.clear();
  sources.clear();
  departments.clear();
  crosswalkPromise = null;
  fetchImpl = printingFetch(fetchFn ?? defaultFetch);
  resetPrints();
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
    // By id alone (data/budgets/<id>.json), never waiting for index.json; the index only where that failed.
    p = tracked(
      loadBudgetById(id, fetchImpl).then(async (r) =>
        r.ok || (r.reason.kind !== 'notFound' && r.reason.kind !== 'json') ? r : unknownUnlessListed(r, id, await indexResource()),
      ),
    );
    budgets.set(id, p);
  }
  return p;
}

/** A budget named by an entry already at hand (a department's file): no need for the index. */
export function budgetResourceOf(entry: BudgetIndexEntry, listedIn: string): Promise<Loaded<Budget>> {
  let p = budgets.get(entry.id);
  if (!p) {
    p = tracked(loadBudgetOf(entry, listedIn, fetchImpl));
    budgets.set(entry.id, p);
  }
  return p;
}

/** A department's file (data/departments/<id>.json): the department page's documents and trend figures. */
export function departmentResource(departmentId: string): Promise<Loaded<DepartmentFile>> {
  let p = departments.get(departmentId);
  if (!p) {
    p = tracked(loadDepartmentFile(departmentId, fetchImpl));
    departments.set(departmentId, p);
  }
  return p;
}

/** The code crosswalk (data/crosswalk.json), for pages that do not load the whole index. */
export function crosswalkResource(): Promise<Loaded<Crosswalk>> {
  crosswalkPromise ??= tracked(loadCrosswalk(fetchImpl));
  return crosswalkPromise;
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
 * errors are values (Loaded), so this never throws; a slow network only delays up to `maxWaitMs` (Infinity: no limit).
 */
export function preload(route: Route, maxWaitMs: number): Promise<boolean> {
  // The catalog needs only its head (its first page), a department page its own file and the crosswalk, a
  // budget page its budget, then its department's file (relations, other years) and the crosswalk;
  // every other page needs the index.
  const work: Promise<Loaded<unknown>>[] =
    route.page === 'catalog'
      ? [catalogHeadResource()]
      : route.page === 'department'
        ? [departmentResource(route.departmentId), crosswalkResource()]
        : route.page === 'budget'
          ? [
              budgetResource(route.budgetId).then((b): Promise<Loaded<unknown>> | Loaded<unknown> => (b.ok ? departmentResource(b.value.departmentId) : b)),
              crosswalkResource(),
            ]
          : [indexResource()];
  if ('budgetId' in route && route.page !== 'budget') work.push(budgetResource(route.budgetId));
  // Whether all of it loaded: a page rendered at build time had it all; without it, the browser's render
  // differs (it says what is missing), so it cannot hydrate that page (src/main.tsx).
  const all = Promise.all(work).then((loaded) => loaded.every((l) => l.ok));
  // Infinity waits for all of it (a hydration needs the data its page was rendered with); a timer would
  // read Infinity as 0.
  return Number.isFinite(maxWaitMs) ? Promise.race([all, new Promise<boolean>((done) => setTimeout(() => done(false), maxWaitMs))]) : all;
}

let manifestPromise: Promise<Loaded<DownloadsManifest>> | null = null;

/** The data page's list of downloads (data/downloads/manifest.json, written at build time). */
export function manifestResource(): Promise<Loaded<DownloadsManifest>> {
  manifestPromise ??= tracked(loadManifest(fetchImpl));
  return manifestPromise;
}
