/**
 * Fetch and validate public/data/index.json and budgets/<id>.json. Relative URLs only, so the site
 * works from any sub-folder. Failures come back as values with a kind the UI can translate; the
 * detail (in English, technical) is shown underneath for whoever hosts the site.
 */
import type { Budget, BudgetIndex, BudgetIndexEntry } from './types';
import type { CatalogHead } from './catalogHead';
import { validateBudget, validateCatalogHead, validateDepartmentFile, validateIndex } from './validate';
import type { DepartmentFile } from './departmentFile';
import { departmentFile } from './departmentFileName';
import { parseCrosswalk } from './crosswalk';
import type { Crosswalk } from './crosswalkTypes';
import type { Result } from './result';

export type LoadErrorKind =
  /** The request itself failed (offline, blocked). */
  | 'network'
  /** The server answered 404. */
  | 'notFound'
  /** Any other HTTP error. */
  | 'http'
  /** The body is not JSON (truncated file, an HTML error page). */
  | 'json'
  /** JSON, but not the shape the app reads. */
  | 'shape'
  /** The URL names a budget the index does not list. */
  | 'unknownBudget';

export interface LoadError {
  kind: LoadErrorKind;
  /** The file concerned, relative to the site. */
  url: string;
  detail: string;
}

/** A file as loaded: its value, or why not (a LoadError the interface words by its kind). */
export type Loaded<T> = Result<T, LoadError>;

export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export const DATA_BASE = 'data/';
export const INDEX_URL = `${DATA_BASE}index.json`;

/** Budget ids are short slugs ("001"); anything else in a URL is refused before it reaches fetch. */
export const BUDGET_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A file path from the index must stay inside data/: no scheme, no leading slash, no "..". */
export function isSafeDataPath(file: string): boolean {
  return /^[A-Za-z0-9_\-./]+$/.test(file) && !file.startsWith('/') && !file.split('/').includes('..');
}

export async function fetchJson(url: string, fetchFn: FetchLike): Promise<Loaded<unknown>> {
  let res: Awaited<ReturnType<FetchLike>>;
  try {
    res = await fetchFn(url);
  } catch (e) {
    return { ok: false, reason: { kind: 'network', url, detail: e instanceof Error ? e.message : String(e) } };
  }
  if (!res.ok) {
    return { ok: false, reason: { kind: res.status === 404 ? 'notFound' : 'http', url, detail: `HTTP ${res.status}` } };
  }
  let text: string;
  try {
    text = await res.text();
  } catch (e) {
    return { ok: false, reason: { kind: 'network', url, detail: e instanceof Error ? e.message : String(e) } };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, reason: { kind: 'json', url, detail: e instanceof Error ? e.message : String(e) } };
  }
}

/** Fetch a data file and check its shape; a wrong shape names the file. */
async function loadChecked<T>(url: string, check: (json: unknown) => Result<T>, fetchFn: FetchLike): Promise<Loaded<T>> {
  const got = await fetchJson(url, fetchFn);
  if (!got.ok) return got;
  const parsed = check(got.value);
  if (!parsed.ok) return { ok: false, reason: { kind: 'shape', url, detail: parsed.reason } };
  return { ok: true, value: parsed.value };
}

export function loadIndex(fetchFn: FetchLike = defaultFetch): Promise<Loaded<BudgetIndex>> {
  return loadChecked(INDEX_URL, validateIndex, fetchFn);
}

/** data/catalog-head.json: the catalog's first page (model/catalogHead.ts), loaded before index.json. */
export const CATALOG_HEAD_URL = `${DATA_BASE}catalog-head.json`;

export function loadCatalogHead(fetchFn: FetchLike = defaultFetch): Promise<Loaded<CatalogHead>> {
  return loadChecked(CATALOG_HEAD_URL, validateCatalogHead, fetchFn);
}

/** data/departments/<id>.json: the department page's one file (model/departmentFile.ts). */
export function loadDepartmentFile(departmentId: string, fetchFn: FetchLike = defaultFetch): Promise<Loaded<DepartmentFile>> {
  const url = `${DATA_BASE}${departmentFile(departmentId)}`;
  // The id comes from the address: never let it name another path.
  if (!BUDGET_ID.test(departmentId)) return Promise.resolve({ ok: false, reason: { kind: 'notFound', url, detail: 'not a department id' } });
  return loadChecked(url, (json) => validateDepartmentFile(json, departmentId), fetchFn);
}

/** data/crosswalk.json: the code crosswalk (names across years, misprints), without the whole index. */
export const CROSSWALK_URL = `${DATA_BASE}crosswalk.json`;

export function loadCrosswalk(fetchFn: FetchLike = defaultFetch): Promise<Loaded<Crosswalk>> {
  return loadChecked(CROSSWALK_URL, parseCrosswalk, fetchFn);
}

export function findEntry(index: BudgetIndex, id: string): BudgetIndexEntry | null {
  return index.budgets.find((b) => b.id === id) ?? null;
}

/** Path of a budget's file under data/: the normalizer writes every budget there (index entries say so too). */
export const budgetFile = (id: string): string => `budgets/${id}.json`;

/**
 * Load a budget by its id alone, without index.json (at 2,000 budgets the index is 61 KB gzip that a
 * budget page would wait for before it could ask for its own file). An id that is no slug is refused
 * before fetch; every other failure is the file's (state/dataCache.ts asks the index, only then, whether
 * the id is one it lists at all).
 */
export async function loadBudgetById(id: string, fetchFn: FetchLike = defaultFetch): Promise<Loaded<Budget>> {
  if (!BUDGET_ID.test(id))
    return { ok: false, reason: { kind: 'unknownBudget', url: `${DATA_BASE}budgets/`, detail: `not a budget id: ${JSON.stringify(id)}` } };
  const url = `${DATA_BASE}${budgetFile(id)}`;
  const got = await fetchJson(url, fetchFn);
  if (!got.ok) return got;
  const parsed = validateBudget(got.value, id);
  if (!parsed.ok) return { ok: false, reason: { kind: 'shape', url, detail: parsed.reason } };
  return { ok: true, value: parsed.value };
}

/**
 * After loadBudgetById failed to find or read a file: an id the index does not list is an unknown budget
 * (a wrong or old link; many static hosts answer a missing file with their HTML page, not a 404); an id it
 * lists keeps the file's own failure (the host lost or damaged it). Without an index, the file's failure.
 */
export function unknownUnlessListed(failed: Loaded<Budget>, id: string, index: Loaded<BudgetIndex>): Loaded<Budget> {
  if (failed.ok || (failed.reason.kind !== 'notFound' && failed.reason.kind !== 'json') || !index.ok || findEntry(index.value, id)) return failed;
  return { ok: false, reason: { kind: 'unknownBudget', url: INDEX_URL, detail: `no budget ${JSON.stringify(id)} in the index` } };
}

/** Load one budget named by the index. */
export async function loadBudget(index: BudgetIndex, id: string, fetchFn: FetchLike = defaultFetch): Promise<Loaded<Budget>> {
  const entry = BUDGET_ID.test(id) ? findEntry(index, id) : null;
  if (!entry) return { ok: false, reason: { kind: 'unknownBudget', url: INDEX_URL, detail: `no budget ${JSON.stringify(id)} in the index` } };
  return loadBudgetOf(entry, INDEX_URL, fetchFn);
}

/** Load the budget a catalog entry names (from index.json, or a department's file: `listedIn`). */
export async function loadBudgetOf(entry: BudgetIndexEntry, listedIn: string, fetchFn: FetchLike = defaultFetch): Promise<Loaded<Budget>> {
  if (!BUDGET_ID.test(entry.id) || !isSafeDataPath(entry.file)) {
    return { ok: false, reason: { kind: 'shape', url: listedIn, detail: `unsafe budget id or file path ${JSON.stringify(entry.file)}` } };
  }
  const url = `${DATA_BASE}${entry.file}`;
  const got = await fetchJson(url, fetchFn);
  if (!got.ok) return got;
  const parsed = validateBudget(got.value, entry.id);
  if (!parsed.ok) return { ok: false, reason: { kind: 'shape', url, detail: parsed.reason } };
  return { ok: true, value: parsed.value };
}

/** Where a budget's source text is published (npm run data copies data/sources/<file> there). */
export function sourceUrl(file: string): string {
  return `${DATA_BASE}sources/${encodeURIComponent(file)}`;
}

/**
 * Load a budget's source document (Budget.source) as text, for the source view. A name that is not a
 * plain file name is refused before it reaches fetch; an HTML page where the text should be (a host
 * answering every path with its index page) is reported, not shown as the document.
 */
export async function loadSourceText(file: string, fetchFn: FetchLike = defaultFetch): Promise<Loaded<string>> {
  const url = sourceUrl(file);
  if (!isSafeDataPath(file) || file.includes('/'))
    return { ok: false, reason: { kind: 'shape', url, detail: `unsafe source file name ${JSON.stringify(file)}` } };
  let res: Awaited<ReturnType<FetchLike>>;
  try {
    res = await fetchFn(url);
  } catch (e) {
    return { ok: false, reason: { kind: 'network', url, detail: e instanceof Error ? e.message : String(e) } };
  }
  if (!res.ok) return { ok: false, reason: { kind: res.status === 404 ? 'notFound' : 'http', url, detail: `HTTP ${res.status}` } };
  let text: string;
  try {
    text = await res.text();
  } catch (e) {
    return { ok: false, reason: { kind: 'network', url, detail: e instanceof Error ? e.message : String(e) } };
  }
  if (/^\s*<(!doctype|html)/iu.test(text)) return { ok: false, reason: { kind: 'shape', url, detail: 'an HTML page, not the source text' } };
  return { ok: true, value: text };
}

export function defaultFetch(url: string): ReturnType<FetchLike> {
  // Relative to the page, so dist/ works from a sub-folder; no cache-busting needed for static data.
  return fetch(url);
}
