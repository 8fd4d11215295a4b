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

/**
 * One English word in its singular form, so that "salary" finds "Basic salaries" and "grids" finds
 * "Grid": -ies → -y, -sses/-shes/-ches/-xes → drop -es, -s → drop (not -ss, -us, -is). Short words
 * (under four letters) and words in capitals (acronyms such as GPS) are left alone.
 */
function singular(word: string): string {
  if (word.length < 4 || word === word.toUpperCase()) return word;
  const w = word.toLowerCase();
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/u.test(w)) return w.slice(0, -2);
  if (/[^sui]s$/u.test(w)) return w.slice(0, -1);
  return w;
}

/**
 * The folded form of English text (names in data/names-en.json, and every query): each Latin word in
 * its singular, then foldText. Chinese is left as foldText leaves it, so a Chinese query folds the same
 * both ways.
 */
export function foldEnglish(s: string): string {
  return foldText(s.normalize('NFKC').replace(/[A-Za-z]+/gu, singular));
}
