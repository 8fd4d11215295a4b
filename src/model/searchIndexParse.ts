import type { Result } from './result';
import { SEARCH_KINDS, SEARCH_TOKENIZER, type SearchIndex } from './searchTypes';

/**
 * Shape check for a search.json read over the network (a static host may serve a truncated file or
 * an old version). Checks what search() relies on: equal column lengths, valid references, postings
 * of non-negative integers.
 */
export function parseSearchIndex(json: unknown): Result<SearchIndex> {
  const bad = (reason: string): Result<SearchIndex> => ({ ok: false, reason: `search index: ${reason}` });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return bad('expected an object');
  const o = json as Record<string, unknown>;
  if (o.schemaVersion !== 1) return bad(`expected schemaVersion 1, got ${JSON.stringify(o.schemaVersion)}`);
  if (o.tokenizer !== SEARCH_TOKENIZER) return bad(`built with tokenizer ${JSON.stringify(o.tokenizer)}, expected ${SEARCH_TOKENIZER}`);
  const budgets = o.budgets;
  if (!Array.isArray(budgets) || !budgets.every((b) => typeof (b as { id?: unknown } | null)?.id === 'string')) {
    return bad('budgets must be a list of { id, department, year }');
  }
  const kinds = o.kinds;
  if (!Array.isArray(kinds) || !kinds.every((k) => (SEARCH_KINDS as readonly unknown[]).includes(k))) {
    return bad('kinds must list known kinds');
  }
  const docs = o.docs as Record<string, unknown> | null;
  if (typeof docs !== 'object' || docs === null) return bad('docs missing');
  const cols = ['budget', 'kind', 'key', 'label', 'labelEn', 'amount', 'snippet'] as const;
  const n = Array.isArray(docs.label) ? docs.label.length : -1;
  for (const c of cols) {
    const col = docs[c];
    if (!Array.isArray(col) || col.length !== n) return bad(`docs.${c} must be a list as long as docs.label`);
  }
  const isRef =
    (max: number) =>
    (v: unknown): boolean =>
      Number.isInteger(v) && (v as number) >= 0 && (v as number) < max;
  if (!(docs.budget as unknown[]).every(isRef(budgets.length))) return bad('docs.budget refers to a missing budget');
  if (!(docs.kind as unknown[]).every(isRef(kinds.length))) return bad('docs.kind refers to a missing kind');
  for (const c of ['key', 'label', 'labelEn', 'amount', 'snippet'] as const) {
    if (!(docs[c] as unknown[]).every((v) => typeof v === 'string')) return bad(`docs.${c} must hold strings`);
  }
  const grams = o.grams;
  if (typeof grams !== 'object' || grams === null || Array.isArray(grams)) return bad('grams missing');
  for (const [g, list] of Object.entries(grams)) {
    if (!Array.isArray(list)) return bad(`postings of ${JSON.stringify(g)} must be a list`);
    let acc = 0;
    for (const [i, d] of list.entries()) {
      // The first number is a document number, the rest are gaps ≥ 1 (postings are strictly increasing).
      if (!Number.isInteger(d) || (d as number) < (i === 0 ? 0 : 1)) return bad(`postings of ${JSON.stringify(g)} are not increasing document numbers`);
      acc += d as number;
    }
    if (acc >= n) return bad(`postings of ${JSON.stringify(g)} point past the last document`);
  }
  return { ok: true, value: json as SearchIndex };
}
