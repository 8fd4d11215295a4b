/** The Sankey's words for rounding gaps, a dropped pass-through column and a scrolling chart, in English. Part of enCharts.ts. */
import type { SankeyReadWords } from '../../charts/Sankey/readWords';

const WHAT = { economic: 'its economic classes add up to', kuan: 'its sub-classes (款) add up to', income: 'basic plus project spending is' } as const;

export const sankeyReadEn: SankeyReadWords = {
  rounding: (kind, label, expected, actual, difference, unit) =>
    `${kind === 'income' ? 'Income sources total' : `“${label}” is`} ${expected} ${unit}; ${WHAT[kind] ?? ''} ${actual} ${unit}: a difference of ${difference} ${unit}, which is rounding, so it is not drawn.`,
  roundingCheck: 'See the check',
  folded: (label, sources) =>
    `The income sources (${sources}) all flow into “${label}”, so they have no column of their own: they are drawn as segments of it.`,
  foldedSep: ', ',
  scrollHint: 'The chart is tall: scroll inside its frame.',
};
