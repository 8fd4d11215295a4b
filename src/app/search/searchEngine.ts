/**
 * The search code and index, loaded on demand: this module is imported dynamically the first time the
 * reader focuses or types in the search box (SearchBox.tsx), so neither the search functions nor the
 * index weigh on the first page. The index is sharded (model/searchShards): the manifest is read once,
 * then each query reads only the term and entry files it needs, each once per page, with relative URLs
 * (the site may live in a sub-folder), each checked before use — a static host may serve a truncated or
 * outdated file, and the message names it.
 */
import { openShardedSearch, type ShardedSearch } from '../../model/searchShards/shardedSearch';
import { SHARDS_DIR } from '../../model/searchShards/shardTypes';
import { BOX_KINDS } from '../../model/searchShards/boxKinds';
import type { SearchHit } from '../../model/searchTypes';
import type { Result } from '../../model/result';

export { BOX_KINDS };

/** The folder of the index, relative to the page. */
export const SEARCH_BASE = `data/${SHARDS_DIR}/`;

/** A loader over fetch: one file of the index as parsed JSON, or an error saying what went wrong. */
export function fetchLoader(fetchFn: typeof fetch) {
  return async (file: string): Promise<unknown> => {
    const res = await fetchFn(`${SEARCH_BASE}${file}`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    try {
      return await res.json();
    } catch {
      throw new Error('not valid JSON (cut off, or not the index)');
    }
  };
}

let pending: Promise<Result<ShardedSearch>> | null = null;

/** The opened index (its manifest read; one per page load; a failed open may be retried). */
export function loadSearch(fetchFn: typeof fetch = (...a) => fetch(...a)): Promise<Result<ShardedSearch>> {
  pending ??= openShardedSearch(fetchLoader(fetchFn)).then((r) => {
    if (!r.ok) pending = null;
    return r;
  });
  return pending;
}

export function runSearch(index: ShardedSearch, query: string, limit = 20): Promise<Result<SearchHit[]>> {
  return index.search(query, { limit, kinds: BOX_KINDS });
}
