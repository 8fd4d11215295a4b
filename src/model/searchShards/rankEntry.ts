/**
 * How well an entry's name or code matches a query (SearchMatch tiers, best first), decided from the
 * entry itself once it is read. The term files only say which entries may match (./indexTerms.ts); this
 * is the rule the ranking follows:
 * - exact: the folded name (or English name, or code) is the query;
 * - prefix: it starts with the query (a code: the code starts with the digits typed);
 * - substring: the name contains the query;
 * - allGrams: every bigram of the query is in the name, not together (queries of two characters or more);
 * - null: no name match — the caller knows whether its description matched.
 */
import { SEARCH_MATCH_ORDER, type SearchMatch } from '../searchTypes';
import { foldEnglish, foldText, textGrams } from '../searchText';
import { CODE, type QueryTerms } from './indexTerms';

export const tierOf = (m: SearchMatch): number => SEARCH_MATCH_ORDER.indexOf(m);
export const EXACT = tierOf('exact');
export const PREFIX = tierOf('prefix');
export const SUBSTRING = tierOf('substring');
export const ALL_GRAMS = tierOf('allGrams');
export const DESCRIPTION = tierOf('description');

function nameTier(name: string, q: string, grams: readonly string[], oneChar: boolean): number | null {
  if (name === '') return null;
  if (name === q) return EXACT;
  if (name.startsWith(q)) return PREFIX;
  if (name.includes(q)) return SUBSTRING;
  if (!oneChar && grams.length > 1 && grams.every((g) => name.includes(g))) return ALL_GRAMS;
  return null;
}

const best = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.min(a, b));

export interface RankableEntry {
  key: string;
  label: string;
  labelEn: string;
}

export function rankEntry(e: RankableEntry, qt: QueryTerms): number | null {
  const oneChar = Array.from(qt.q).length === 1;
  const grams = textGrams(qt.q);
  // A one-character query is compared as typed with both names; a longer one in English folding with the English name.
  const qEn = oneChar ? qt.q : qt.qEn;
  const gramsEn = qEn === qt.q ? grams : textGrams(qEn);
  let tier = best(nameTier(foldText(e.label), qt.q, grams, oneChar), nameTier(foldEnglish(e.labelEn), qEn, gramsEn, oneChar));
  if (qt.code && CODE.test(e.key) && e.key.startsWith(qt.q)) tier = best(tier, e.key === qt.q ? EXACT : PREFIX);
  return tier;
}
