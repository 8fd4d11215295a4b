/**
 * Tables words added for issue 12 (English): the unit table's computed figures, "not printed", the CSV of the
 * whole table and the sideways-scroll hint. Spread into tablesEn (enCharts.ts).
 */
import type { TableWordsMore } from '../../tables/words';

export const tablesMoreEn: TableWordsMore = {
  levelColumn: 'Level',
  filteredTotals: (n) => `Total (sum of the ${n} filtered row${n === 1 ? '' : 's'})`,
  filteredNote: (n, context) =>
    `Computed: the exact sum of the ${n} row${n === 1 ? '' : 's'} in this file that match the filter${context > 0 ? `; ${context} more row${context === 1 ? ' is' : 's are'} listed only to show where they sit and not counted` : ''}. The share is of the whole table’s total.`,
  projectsShort: 'computed: sum of the unit’s projects',
  partsShort: 'computed: basic + project spending',
  projectsNote:
    'The document prints no project spending for this unit: this is the exact sum of its projects in the project table (as in the treemap by unit and project).',
  partsNote: 'The document prints no total for this unit: this is the exact sum of its basic and project spending.',
  notPrinted: 'not printed',
  notPrintedNote: 'The document does not print this figure and it cannot be computed from what it prints; it is not taken as 0.',
  scrollHint: 'Wide table: swipe sideways for more columns',
};
