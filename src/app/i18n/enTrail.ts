/** The source trail and printing in English. Part of en.ts. */
import type { TrailWords } from './trailWords';

export const trailEn: TrailWords = {
  noteLink: 'View in the document',
  csvColumn: 'Source link',
  exportCredit: (url) => `Source lines: ${url}`,
  exportData: (urls) => `Data: ${urls}`,
  embedLink: 'Source document',
  pageMarker: (page) => `page ${page}`,
  citedPage: (first, last) => (first === last ? `page ${first} of the document` : `pages ${first}–${last} of the document`),
  officialPublication: 'Official publication',
  officialPage: (page) => ` (page ${page})`,
  printSources: 'Sources',
  printSourceDoc: (file) => `Source document ${file}`,
  printPageAddress: 'This page',
};
