/** The catalog's filters (筛选): their words in each language. Part of zh.ts / en.ts. */
export interface FacetWords {
  legend: string;
  region: string;
  year: string;
  kind: string;
  unit: string;
  any: string;
  /** An option with the number of budgets it would show. */
  option: (label: string, count: number) => string;
  text: string;
  textPlaceholder: string;
  clear: string;
  shown: (shown: number, all: number) => string;
  none: string;
  more: (n: number) => string;
  /** While the whole list (index.json) loads after the first page: a filter, sort or "more" waits for it. */
  loadingAll: (all: number) => string;
}
