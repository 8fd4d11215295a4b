/**
 * The text both the search index (built at data time) and the query are reduced to, and the index terms
 * (character bigrams) — see search.ts for why bigrams.
 */

/**
 * The form both the index and the query are reduced to: NFKC (fullwidth "ＡＢＣ１２（室）" → "ABC12(室)"),
 * lower case for Latin, and only letters and digits kept, so "政府办公厅(室)" and "政府办公厅（室）"
 * are the same text and punctuation never has to be typed.
 */
export function foldText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** "一、一般公共服务支出" → "一般公共服务支出": the list ordinal some tables print is not part of the name. */
export function stripOrdinal(name: string): string {
  return name.replace(/^\s*[一二三四五六七八九十]+、\s*/u, '').trim();
}

/** The index terms of a folded text: its character bigrams; a one-character text is its own term. */
export function textGrams(folded: string): string[] {
  const chars = Array.from(folded);
  if (chars.length === 0) return [];
  if (chars.length === 1) return [chars[0] as string];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i] as string}${chars[i + 1] as string}`);
  return [...out];
}
