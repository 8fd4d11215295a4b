/**
 * The search code and index, loaded on demand: this module is imported dynamically the first time the
 * reader focuses or types in the search box (SearchBox.tsx), so neither the search functions nor
 * data/search.json (~47 KB gzip, every budget) weigh on the first page. The index is fetched once, with a
 * relative URL (the site may live in a sub-folder), and checked before use: a static host may serve a
 * truncated or outdated file.
 */
import { parseSearchIndex, search } from '../../model/search';
import type { SearchHit, SearchIndex, SearchKind } from '../../model/searchTypes';
import type { Result } from '../../model/result';

export const SEARCH_URL = 'data/search.json';

let pending: Promise<Result<SearchIndex>> | null = null;

/** The parsed index (one request per page load; a failed load may be retried). */
export function loadSearchIndex(fetchFn: typeof fetch = fetch): Promise<Result<SearchIndex>> {
  pending ??= fetchFn(SEARCH_URL)
    .then(async (res): Promise<Result<SearchIndex>> => {
      if (!res.ok) return { ok: false, reason: `HTTP ${res.status}` };
      return parseSearchIndex(await res.json());
    })
    .catch((e: unknown): Result<SearchIndex> => ({ ok: false, reason: e instanceof Error ? e.message : String(e) }))
    .then((r) => {
      if (!r.ok) pending = null;
      return r;
    });
  return pending;
}

/** What the header search box looks for: lines and projects, not glossary entries (those have their own buttons). */
export const BOX_KINDS: readonly SearchKind[] = ['department', 'functional', 'economic', 'project'];

export function runSearch(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  return search(index, query, { limit, kinds: BOX_KINDS });
}
