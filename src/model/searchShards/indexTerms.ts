/**
 * The terms of the sharded index (./shardTypes.ts), for an entry at data time and for a query in the
 * browser. Both sides must cut text the same way, so both live here.
 *
 * Label terms (names and codes), in one namespace told apart by length and a leading mark:
 * - the character bigrams of the folded name and of the folded English name (see ../searchText.ts);
 * - every single character of both, for one-character queries ("云", "费");
 * - `^` + the first character and `^` + the first bigram: names that start with the query;
 * - `=` + the whole folded name: names that are the query;
 * - for a numeric key (功能分类/经济分类 code, 单位编码): `#` + every prefix of the code and `=#` + the code.
 * A query's term list says which entries *may* match at a tier (a superset); the entry's own name then
 * decides (./rankEntry.ts), exactly as the unsharded search did.
 *
 * Description terms: the bigrams and characters of 项目内容/绩效目标/绩效指标 or a 名词解释 definition that
 * are not already label terms of the entry (a description match ranks after every name match).
 */
import { foldEnglish, foldText, textGrams } from '../searchText';

export const CODE = /^\d+$/;

const chars = (s: string): string[] => Array.from(s);

function textTerms(folded: string, out: Set<string>): void {
  if (folded === '') return;
  for (const g of textGrams(folded)) out.add(g);
  for (const c of chars(folded)) out.add(c);
}

/** The label terms of an entry: name, English name, code. */
export function labelTerms(label: string, labelEn: string, key: string): Set<string> {
  const out = new Set<string>();
  for (const folded of [foldText(label), foldEnglish(labelEn)]) {
    if (folded === '') continue;
    textTerms(folded, out);
    const cs = chars(folded);
    out.add(`^${cs[0] as string}`);
    if (cs.length > 1) out.add(`^${cs[0] as string}${cs[1] as string}`);
    out.add(`=${folded}`);
  }
  if (CODE.test(key)) {
    for (let i = 1; i <= key.length; i++) out.add(`#${key.slice(0, i)}`);
    out.add(`=#${key}`);
  }
  return out;
}

/** The description terms of an entry that are not among its label terms. */
export function descriptionTerms(description: string, label: ReadonlySet<string>): Set<string> {
  const all = new Set<string>();
  textTerms(foldText(description), all);
  for (const t of label) all.delete(t);
  return all;
}

/** One way of reading the query: as folded (Chinese, codes) or as folded English (singular words). */
export interface QueryForm {
  folded: string;
  /** The terms every matching name must hold: its bigrams, or the character itself. */
  grams: string[];
  /** The term of names starting with it. */
  prefix: string;
  /** The term of names equal to it. */
  exact: string;
}

function formOf(folded: string): QueryForm {
  const cs = chars(folded);
  const grams = cs.length === 1 ? [folded] : textGrams(folded);
  return { folded, grams, prefix: cs.length === 1 ? `^${folded}` : `^${cs[0] as string}${cs[1] as string}`, exact: `=${folded}` };
}

export interface QueryTerms {
  /** foldText(query) — compared with the printed name. */
  q: string;
  /** foldEnglish(query) — compared with the English name. */
  qEn: string;
  /** The distinct forms (one for a Chinese query, two where English folding changes it). */
  forms: QueryForm[];
  /** The code terms, where the query is all digits. */
  code: { prefix: string; exact: string } | null;
}

/** null for a query with no letters or digits. */
export function queryTerms(query: string): QueryTerms | null {
  const q = foldText(query);
  if (q === '') return null;
  const qEn = foldEnglish(query);
  const forms = [formOf(q)];
  if (qEn !== q && qEn !== '') forms.push(formOf(qEn));
  return { q, qEn, forms, code: CODE.test(q) ? { prefix: `#${q}`, exact: `=#${q}` } : null };
}
