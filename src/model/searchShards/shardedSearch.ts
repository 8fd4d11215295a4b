/**
 * Search over the sharded index (./shardTypes.ts): the same hits, in the same order, as the unsharded
 * search (../search.ts) — ranked by match tier, then document number — while reading only the files a
 * query needs. Pure apart from the loader it is given (fetch in the browser, a Map in tests and
 * benchmarks); no DOM.
 *
 * How a query runs:
 * 1. Read the label term files of the query's terms (./indexTerms.ts) and form candidate groups whose
 *    tier is a lower bound: names equal to the query (exact) → names starting with its first bigram and
 *    holding all its bigrams, and codes starting with its digits (prefix) → names holding all its bigrams
 *    (substring or allGrams). Each entry's own name then decides its tier (./rankEntry.ts).
 * 2. Within a group, read entries in entry order. Entries are numbered by first occurrence, so every
 *    entry not yet read starts after the last one read: once `limit` hits rank before that point, no
 *    unread entry can displace them, and the search stops. A broad query ("费", "支出") reads the first
 *    entry file or two instead of all of them.
 * 3. Only when the names give fewer hits than asked for, read the description term files (项目内容、
 *    名词解释 text) for the last tier.
 * Any file missing, unreadable or malformed fails the query with the file named; nothing partial is shown.
 */
import { fail, ok, type Result } from '../result';
import { SEARCH_MATCH_ORDER, type SearchHit, type SearchKind } from '../searchTypes';
import type { Amount } from '../types';
import { queryTerms, type QueryTerms } from './indexTerms';
import { parseEntryFile, parseGlossaryFile, parseManifest, parseTermFile } from './parseShards';
import { DESCRIPTION, EXACT, PREFIX, rankEntry, SUBSTRING } from './rankEntry';
import { allOf, anyOf, decode, intersect, minus } from './sortedSets';
import { fileOfTerm } from './termHash';
import {
  descriptionFile,
  entryFile,
  GLOSSARY_FILE,
  labelFile,
  MANIFEST_FILE,
  type EntryFile,
  type GlossaryFile,
  type SearchManifest,
  type TermFile,
} from './shardTypes';

/** Reads one file of the index (name relative to data/search/) as parsed JSON; rejects with a reason. */
export type ShardLoader = (file: string) => Promise<unknown>;

export interface ShardedSearchOptions {
  /** Most hits (default 20; at most the manifest's occurrencesKept). */
  limit?: number;
  /** Only these kinds. */
  kinds?: readonly SearchKind[];
}

export interface ShardedSearch {
  manifest: SearchManifest;
  search(query: string, options?: ShardedSearchOptions): Promise<Result<SearchHit[]>>;
  /** Budget numbers (into manifest.budgets) whose 名词解释 prints a term (folded). */
  glossaryBudgets(foldedTerm: string): Promise<Result<number[]>>;
}

class ShardError extends Error {}

interface Hit {
  tier: number;
  doc: number;
  entry: number;
  at: number;
}

const byRank = (a: { tier: number; doc: number }, b: { tier: number; doc: number }): number => a.tier - b.tier || a.doc - b.doc;

export async function openShardedSearch(load: ShardLoader): Promise<Result<ShardedSearch>> {
  const read = async (file: string): Promise<unknown> => {
    try {
      return await load(file);
    } catch (e) {
      throw new ShardError(`search/${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  let manifest: SearchManifest;
  try {
    const m = parseManifest(await read(MANIFEST_FILE));
    if (!m.ok) return fail(`search/${MANIFEST_FILE}: ${m.reason}`);
    manifest = m.value;
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
  const starts = decode(manifest.docStarts);

  // One read per file per page; a failed read is forgotten so a later query may retry it.
  const cache = new Map<string, Promise<unknown>>();
  function cached<T>(file: string, parse: (json: unknown) => Result<T>): Promise<T> {
    let p = cache.get(file) as Promise<T> | undefined;
    if (!p) {
      p = read(file).then((json) => {
        const r = parse(json);
        if (!r.ok) throw new ShardError(`search/${file}: ${r.reason}`);
        return r.value;
      });
      p.catch(() => cache.delete(file));
      cache.set(file, p);
    }
    return p;
  }
  const termFile = (side: 'label' | 'description', n: number): Promise<TermFile> => {
    const files = side === 'label' ? manifest.labelFiles : manifest.descriptionFiles;
    return cached((side === 'label' ? labelFile : descriptionFile)(n), (j) => parseTermFile(j, manifest, n, files));
  };
  const entries = (n: number): Promise<EntryFile> => {
    const i = Math.floor(n / manifest.entriesPerFile);
    return cached(entryFile(i), (j) => parseEntryFile(j, manifest, i * manifest.entriesPerFile));
  };

  /** Postings of terms, from the label (or description) files they hash to. */
  async function postings(terms: readonly string[], side: 'label' | 'description'): Promise<Map<string, Int32Array>> {
    const count = side === 'label' ? manifest.labelFiles : manifest.descriptionFiles;
    const unique = [...new Set(terms)];
    const files = await Promise.all(unique.map((t) => termFile(side, fileOfTerm(t, count))));
    return new Map(unique.map((t, i) => [t, decode(Object.hasOwn((files[i] as TermFile).terms, t) ? (files[i] as TermFile).terms[t] : undefined)]));
  }

  function budgetOf(doc: number): number {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= doc) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  async function run(qt: QueryTerms, limit: number, kinds: ReadonlySet<number> | null): Promise<SearchHit[]> {
    const labelTerms = qt.forms.flatMap((f) => [f.exact, f.prefix, ...f.grams]);
    if (qt.code) labelTerms.push(qt.code.prefix, qt.code.exact);
    const lp = await postings(labelTerms, 'label');
    const get = (t: string): Int32Array => lp.get(t) ?? new Int32Array(0);
    const inName = qt.forms.map((f) => allOf(f.grams.map(get)));
    const exact = anyOf([...qt.forms.map((f) => get(f.exact)), ...(qt.code ? [get(qt.code.exact)] : [])]);
    const prefix = minus(
      anyOf([...qt.forms.map((f, i) => intersect(get(f.prefix), inName[i] as Int32Array)), ...(qt.code ? [get(qt.code.prefix)] : [])]),
      exact,
    );
    const rest = minus(minus(anyOf(inName), exact), prefix);

    const hits: Hit[] = [];
    const files = new Map<number, EntryFile>();
    /** Hits ranked at or before (tier, doc): no entry still unread can come before them. */
    const sure = (tier: number, doc: number): number => hits.filter((h) => h.tier < tier || (h.tier === tier && h.doc <= doc)).length;

    /** Read a group's entries in entry order until the first `limit` hits are sure (see the header). */
    async function take(group: Int32Array, floor: number, fixed: number | null): Promise<void> {
      let lastFirst = -1;
      let i = 0;
      while (i < group.length) {
        if (sure(floor, lastFirst) >= limit) return;
        // Every candidate in the same entry file, read at once.
        const fileIndex = Math.floor((group[i] as number) / manifest.entriesPerFile);
        const file = files.get(fileIndex) ?? (await entries(group[i] as number));
        files.set(fileIndex, file);
        for (; i < group.length && Math.floor((group[i] as number) / manifest.entriesPerFile) === fileIndex; i++) {
          const entry = group[i] as number;
          const at = entry - file.first;
          const docs = decode(file.docs[at]);
          lastFirst = docs[0] ?? lastFirst;
          if (kinds && !kinds.has(file.kind[at] as number)) continue;
          const tier = fixed ?? rankEntry({ key: file.key[at] ?? '', label: file.label[at] ?? '', labelEn: file.labelEn[at] ?? '' }, qt) ?? DESCRIPTION;
          docs.forEach((doc, k) => {
            hits.push({ tier, doc, entry, at: k });
          });
        }
      }
    }

    await take(exact, EXACT, null);
    await take(prefix, PREFIX, null);
    await take(rest, SUBSTRING, null);
    if (sure(DESCRIPTION, -1) < limit) {
      const grams = qt.forms.flatMap((f) => f.grams);
      const dp = await postings(grams, 'description');
      const inText = anyOf(qt.forms.map((f) => allOf(f.grams.map((g) => anyOf([get(g), dp.get(g) ?? new Int32Array(0)])))));
      await take(minus(minus(minus(inText, exact), prefix), rest), DESCRIPTION, DESCRIPTION);
    }

    hits.sort(byRank);
    const out: SearchHit[] = [];
    for (const h of hits.slice(0, limit)) {
      const file = files.get(Math.floor(h.entry / manifest.entriesPerFile)) as EntryFile;
      const at = h.entry - file.first;
      const amount = file.amounts[at]?.[h.at] ?? '';
      const labelEn = file.labelEn[at] ?? '';
      const snippet = file.snippet[at] ?? '';
      out.push({
        doc: h.doc,
        budget: manifest.budgets[budgetOf(h.doc)]?.id ?? '',
        kind: manifest.kinds[file.kind[at] ?? -1] ?? 'department',
        key: file.key[at] ?? '',
        label: file.label[at] ?? '',
        ...(labelEn ? { labelEn } : {}),
        ...(amount ? { amount: amount as Amount } : {}),
        ...(snippet ? { snippet } : {}),
        match: SEARCH_MATCH_ORDER[h.tier] ?? 'description',
      });
    }
    return out;
  }

  const value: ShardedSearch = {
    manifest,
    async search(query, options = {}) {
      const limit = options.limit ?? 20;
      // An entry file keeps only the first occurrencesKept occurrences of each entry: more hits than that
      // cannot be listed in order, so asking for them is an error, not a silently shorter list.
      if (limit > manifest.occurrencesKept)
        return fail(`search/${MANIFEST_FILE}: the index keeps ${manifest.occurrencesKept} occurrences per entry; ${limit} hits were asked for`);
      const qt = queryTerms(query);
      if (qt === null || limit <= 0) return ok([]);
      const kinds = options.kinds ? new Set(options.kinds.map((k) => manifest.kinds.indexOf(k))) : null;
      try {
        return ok(await run(qt, limit, kinds));
      } catch (e) {
        return fail(e instanceof Error ? e.message : String(e));
      }
    },
    async glossaryBudgets(foldedTerm) {
      try {
        const g = await cached<GlossaryFile>(GLOSSARY_FILE, (j) => parseGlossaryFile(j, manifest));
        return ok(Array.from(decode(Object.hasOwn(g.terms, foldedTerm) ? g.terms[foldedTerm] : undefined)));
      } catch (e) {
        return fail(e instanceof Error ? e.message : String(e));
      }
    },
  };
  return ok(value);
}
