/**
 * Which term file holds a term: FNV-1a (32-bit) over the term's UTF-16 code units, modulo the number of
 * files. The same function runs at data time (Node) and in every browser, so it must not depend on
 * anything but the string: no locale, no engine hash.
 */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function fileOfTerm(term: string, files: number): number {
  return files <= 1 ? 0 : fnv1a(term) % files;
}
