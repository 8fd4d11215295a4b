/**
 * React keys from content, unique even where the data repeats itself (a document can print the same
 * check or line twice): the second "x" becomes "x#2". Keys stay tied to content, not to position.
 */
export function uniqueKeys<T>(items: readonly T[], keyOf: (item: T) => string): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const k = keyOf(item);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}#${n}`;
  });
}
