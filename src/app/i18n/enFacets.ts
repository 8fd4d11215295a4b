/** The catalog's filters in English. Part of en.ts. */
import type { FacetWords } from './facetWords';

export const facetsEn: FacetWords = {
  legend: 'Filter',
  region: 'Region',
  year: 'Year',
  kind: 'Kind',
  unit: 'Unit',
  any: 'All',
  option: (label, count) => `${label} (${count})`,
  text: 'Name',
  textPlaceholder: 'Department or region',
  clear: 'Clear filters',
  shown: (shown, all) => `Showing ${shown} of ${all}`,
  none: 'No document matches these filters.',
  more: (n) => `Show ${n} more`,
  loadingAll: (all) => `Loading the list of all ${all} documents…`,
};
