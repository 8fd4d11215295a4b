/**
 * Colours of the Sankey: the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies.
 * Colour is never the only cue: every node is labelled, and 来源未细分 / 差额 nodes are hatched as well.
 */
import type { SankeyGraphNode } from '../../model/sankeyGraph';
import type { IncomeKey } from '../../model/types';

export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  grey: '#777777',
} as const;

const INCOME: Partial<Record<IncomeKey, string>> = {
  generalPublic: OKABE_ITO.blue,
  govFund: OKABE_ITO.green,
  carryover: OKABE_ITO.purple,
  stateCapital: OKABE_ITO.vermillion,
  fiscalSpecial: OKABE_ITO.skyBlue,
  business: OKABE_ITO.orange,
};

const CLASS: Record<string, string> = {
  '301': OKABE_ITO.green,
  '302': OKABE_ITO.vermillion,
  '303': OKABE_ITO.purple,
  '310': OKABE_ITO.blue,
  '309': OKABE_ITO.skyBlue,
  '312': OKABE_ITO.orange,
};

export function nodeColor(n: SankeyGraphNode): string {
  switch (n.kind) {
    case 'income':
      return (n.incomeKey && INCOME[n.incomeKey]) ?? OKABE_ITO.grey;
    case 'spending':
      return n.spending === 'project' ? OKABE_ITO.orange : OKABE_ITO.skyBlue;
    case 'economicClass':
      return (n.code && CLASS[n.code]) ?? OKABE_ITO.grey;
    case 'economicItem':
      return (n.code && CLASS[n.code.slice(0, 3)]) ?? OKABE_ITO.grey;
    case 'pool':
      return '#5f5f5f';
    case 'unitemised':
      return OKABE_ITO.grey;
    case 'gap':
      return OKABE_ITO.vermillion;
  }
}

/** Hatched nodes: the source does not itemise (grey) or does not balance (vermillion). */
export function isHatched(n: SankeyGraphNode): boolean {
  return n.kind === 'unitemised' || n.kind === 'gap';
}
