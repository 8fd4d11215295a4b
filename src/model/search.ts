/**
 * Full-text search over every budget (部门、功能分类、经济分类、项目、名词解释) on one in-memory index
 * (src/normalizer/searchIndex.ts). This is the reference: the site publishes the index in shards and
 * searches them with ./searchShards/shardedSearch.ts, which is tested to give exactly these hits in this
 * order (tests/model/searchShards/equivalence.test.ts); tests and benchmarks use this one. Pure; no DOM.
 *
 * Why character bigrams and not Intl.Segmenter: Chinese is written without spaces, and readers type
 * fragments of names ("琶洲", "洲政务", "12345热线"), not dictionary words. A word segmenter cuts
 * "琶洲政务分中心" into words, so a fragment across a word boundary ("洲政") finds nothing, and the
 * ICU dictionaries differ between Node (where the index is built) and each browser (where the query
 * is cut), so the two sides may not agree. Bigrams are deterministic, find any substring of two or
 * more characters, and on a corpus this small cost little. One-character queries use the bigrams
 * that contain the character (no separate unigram postings, which would add a third to the index).
 *
 * Ranking (SearchMatch): exact name (or code) → name prefix (or code prefix) → name contains the
 * query → every bigram of the query in the name → the rest (the bigrams occur in a project's
 * description or a glossary definition); ties by document number (budget order, then printed order).
 */
import type { Amount } from './types';
import { SEARCH_MATCH_ORDER, type SearchHit, type SearchIndex, type SearchKind, type SearchMatch } from './searchTypes';
import { foldEnglish, foldText, textGrams } from './searchText';
import { intersect } from './searchShards/sortedSets';

// The text folding lives apart (searchText.ts); the normalizer and the app import it from here too.
export { foldEnglish, foldText, stripOrdinal, textGrams } from './searchText';

export interface SearchOptions {
  /** Most hits to return (default 20). */
  limit?: number;
  /** Only these budgets (ids). */
  budgets?: readonly string[];
  /** Only these kinds. */
  kinds?: readonly SearchKind[];
}

/** Load-time structures derived from a SearchIndex, built once per index object. */
interface Prepared {
  folded: string[];
  /** English labels folded with foldEnglish ("" where none). */
  foldedEn: string[];
  /** Documents whose key is a code (功能/经济分类, 单位编码), sorted by key, for code-prefix search. */
  codes: { key: string; doc: number }[];
  postings: Map<string, Int32Array>;
  /** Character → the index terms containing it (for one-character queries), built on first use. */
  byChar: Map<string, string[]> | null;
  /**
   * Scratch: best tier per document during one search, UNRANKED elsewhere (reset after each search).
   * Reused so that a broad query allocates nothing per document (no GC pauses on a big corpus).
   */
  rank: Uint8Array;
}

const prepared = new WeakMap<SearchIndex, Prepared>();
/** Rank of a document not (yet) matched. */
const UNRANKED = 255;
const CODE = /^\d+$/;

function prepare(index: SearchIndex): Prepared {
  const hit = prepared.get(index);
  if (hit) return hit;
  const { docs } = index;
  const folded = docs.label.map(foldText);
  const codes: Prepared['codes'] = [];
  docs.key.forEach((key, doc) => {
    if (CODE.test(key)) codes.push({ key, doc });
  });
  codes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.doc - b.doc));
  const foldedEn = (docs.labelEn ?? []).map(foldEnglish);
  const p: Prepared = { folded, foldedEn, codes, postings: new Map(), byChar: null, rank: new Uint8Array(folded.length).fill(UNRANKED) };
  prepared.set(index, p);
  return p;
}

/** Sorted document numbers of a term (decoded from deltas once, then cached). */
function postingsOf(index: SearchIndex, p: Prepared, gram: string): Int32Array {
  const cached = p.postings.get(gram);
  if (cached) return cached;
  const deltas = Object.hasOwn(index.grams, gram) ? index.grams[gram] : undefined;
  const out = new Int32Array(deltas?.length ?? 0);
  let acc = 0;
  deltas?.forEach((d, i) => {
    acc += d;
    out[i] = acc;
  });
  p.postings.set(gram, out);
  return out;
}

/** Documents containing every term (AND), smallest posting list first. */
function allOf(index: SearchIndex, p: Prepared, grams: readonly string[]): Int32Array {
  const lists = grams.map((g) => postingsOf(index, p, g)).sort((x, y) => x.length - y.length);
  let acc = lists[0] ?? new Int32Array(0);
  for (let i = 1; i < lists.length && acc.length > 0; i++) acc = intersect(acc, lists[i] as Int32Array);
  return acc;
}

/** The index terms containing a character (one-character queries). */
function gramsWithChar(index: SearchIndex, p: Prepared, ch: string): readonly string[] {
  if (p.byChar === null) {
    const byChar = new Map<string, string[]>();
    for (const g of Object.keys(index.grams)) {
      for (const c of new Set(Array.from(g))) {
        const list = byChar.get(c);
        if (list) list.push(g);
        else byChar.set(c, [g]);
      }
    }
    p.byChar = byChar;
  }
  return p.byChar.get(ch) ?? [];
}

/** First position in the sorted code list whose key is ≥ q. */
function lowerBound(codes: Prepared['codes'], q: string): number {
  let lo = 0;
  let hi = codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((codes[mid] as Prepared['codes'][number]).key < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const tier = (m: SearchMatch): number => SEARCH_MATCH_ORDER.indexOf(m);
const [EXACT, PREFIX, SUBSTRING, ALL_GRAMS, DESCRIPTION] = (['exact', 'prefix', 'substring', 'allGrams', 'description'] as const).map(tier) as [
  number,
  number,
  number,
  number,
  number,
];

/** Name tier of a folded label for the query, or null where the name does not match. */
function nameRank(label: string, q: string, grams: readonly string[]): number | null {
  if (label === q) return EXACT;
  if (label.startsWith(q)) return PREFIX;
  if (label.includes(q)) return SUBSTRING;
  if (grams.length > 1 && grams.every((g) => label.includes(g))) return ALL_GRAMS;
  return null;
}

/**
 * Ranked hits for a query; [] for a query with no letters or digits. Case-insensitive for Latin,
 * fullwidth and halfwidth alike (see foldText). A query of digits also matches codes by prefix
 * ("206" finds 206 科学技术支出 and every 206xx code).
 *
 * Cost: one pass over the (AND-ed) postings of the query's bigrams; a one-character query scans the
 * folded labels (one `includes` per document) and reads description postings only when the names
 * give fewer hits than the limit — description hits rank last, so they could not show otherwise.
 */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? 20;
  const q = foldText(query);
  if (q === '' || limit <= 0) return [];
  const p = prepare(index);
  const { docs } = index;
  const n = docs.label.length;

  const budgetFilter = options.budgets ? new Set(options.budgets) : null;
  const kindFilter = options.kinds ? new Set(options.kinds) : null;
  const allowed = (doc: number): boolean => {
    if (budgetFilter && !budgetFilter.has(index.budgets[docs.budget[doc] ?? -1]?.id ?? '')) return false;
    if (kindFilter) {
      const k = index.kinds[docs.kind[doc] ?? -1];
      if (!k || !kindFilter.has(k)) return false;
    }
    return true;
  };

  const { rank } = p;
  const touched: number[] = [];
  const mark = (doc: number, r: number): void => {
    const prev = rank[doc] ?? UNRANKED;
    if (r >= prev) return;
    if (prev === UNRANKED) {
      if (!allowed(doc)) return;
      touched.push(doc);
    }
    rank[doc] = r;
  };

  const grams = textGrams(q);
  // English names are matched in the singular ("salary" finds "Basic salaries"); for a Chinese query qEn is q.
  const qEn = foldEnglish(query);
  const gramsEn = qEn === q ? grams : textGrams(qEn);
  const rankOf = (doc: number): number =>
    Math.min(nameRank(p.folded[doc] ?? '', q, grams) ?? DESCRIPTION, nameRank(p.foldedEn[doc] ?? '', qEn, gramsEn) ?? DESCRIPTION);
  if (Array.from(q).length === 1) {
    const { folded, foldedEn } = p;
    for (let doc = 0; doc < n; doc++) {
      const label = folded[doc] as string;
      if (label.includes(q)) mark(doc, label === q ? EXACT : label.startsWith(q) ? PREFIX : SUBSTRING);
      const en = foldedEn[doc] ?? '';
      if (en.includes(q)) mark(doc, en === q ? EXACT : en.startsWith(q) ? PREFIX : SUBSTRING);
    }
    if (touched.length < limit) {
      for (const g of gramsWithChar(index, p, q)) for (const doc of postingsOf(index, p, g)) mark(doc, DESCRIPTION);
    }
  } else {
    for (const doc of allOf(index, p, grams)) mark(doc, rankOf(doc));
    if (qEn !== q && qEn !== '') for (const doc of allOf(index, p, gramsEn)) mark(doc, rankOf(doc));
  }

  if (CODE.test(q)) {
    for (let i = lowerBound(p.codes, q); i < p.codes.length; i++) {
      const c = p.codes[i] as Prepared['codes'][number];
      if (!c.key.startsWith(q)) break;
      mark(c.doc, c.key === q ? EXACT : PREFIX);
    }
  }

  // Bucket by tier, then document number within a tier; stop at the limit.
  const buckets: number[][] = SEARCH_MATCH_ORDER.map(() => []);
  for (const doc of touched) {
    buckets[rank[doc] ?? DESCRIPTION]?.push(doc);
    rank[doc] = UNRANKED;
  }
  const out: SearchHit[] = [];
  for (const [r, bucket] of buckets.entries()) {
    if (out.length >= limit) break;
    const sorted = Int32Array.from(bucket).sort();
    for (const doc of sorted.subarray(0, limit - out.length)) out.push(hitOf(index, doc, SEARCH_MATCH_ORDER[r] ?? 'description'));
  }
  return out;
}

function hitOf(index: SearchIndex, doc: number, match: SearchMatch): SearchHit {
  const { docs } = index;
  const amount = docs.amount[doc];
  const snippet = docs.snippet[doc];
  const labelEn = docs.labelEn?.[doc];
  return {
    doc,
    budget: index.budgets[docs.budget[doc] ?? -1]?.id ?? '',
    kind: index.kinds[docs.kind[doc] ?? -1] ?? 'department',
    key: docs.key[doc] ?? '',
    label: docs.label[doc] ?? '',
    ...(labelEn ? { labelEn } : {}),
    ...(amount ? { amount: amount as Amount } : {}),
    ...(snippet ? { snippet } : {}),
    match,
  };
}
