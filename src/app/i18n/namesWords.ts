/** English names beside the printed Chinese (issue 12): the words around them in each language. Part of zh.ts / en.ts. */
export interface NamesWords {
  /** Show English names (data/names-en.json) where there are some; the printed Chinese stays beside them. */
  englishNames: boolean;
  /** Tooltip of a shown English name: the name as printed. */
  printedAs: (printed: string) => string;
  /** Under "Nothing found": what else to try. */
  searchNoHitsHint: string;
}
