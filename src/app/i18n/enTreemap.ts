/** The treemap's legend, small-items list, misprint mark and sum notes in English. Part of en.ts. */
import type { TreemapMoreWords } from '../../charts/Treemap/moreWords';

export const treemapEn: TreemapMoreWords = {
  legendTitle: 'Colour: functional class (类)',
  noLei: 'Not of one class (a unit with projects in several classes, or none printed)',
  smallTitle: (n) => `${n} ${n === 1 ? 'item' : 'items'} too small to label in the chart`,
  smallHelp: 'These cells are too small for their name and amount; each item opens like its cell.',
  sic: ' [sic]',
  sicTitle: (intended) => `Printed so in the document; a misprint of “${intended}” (data/crosswalk.json)`,
  basisNote: (b) => {
    switch (b.basis) {
      case 'sumOfUnitRows':
        return `No department figure is printed: this is the sum of the same code over ${b.count} sub-units (printed per unit).`;
      case 'sumOfRows':
        return `The sum of ${b.count} rows printed under the same code.`;
      case 'sumOfChildren':
        return `No row printed: the sum of the ${b.count} items below.`;
      case 'printed':
        return '';
    }
  },
};
