/**
 * Every colour the charts give a meaning to, in one place. The categories come from the Okabe–Ito palette,
 * told apart with protanopia, deuteranopia and tritanopia (black is kept for text); colour is never the
 * only cue — every cell, node and bar is labelled or named in text, and what the document does not
 * itemise or does not balance is hatched as well.
 */
import type { SankeyGraphNode } from '../model/sankeyGraph';
import type { IncomeKey } from '../model/types';

export const OKABE_ITO = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  purple: '#CC79A7',
  skyBlue: '#56B4E9',
  vermillion: '#D55E00',
  yellow: '#F0E442',
  grey: '#777777',
} as const;

/** A fill and the text colour that contrasts with it at 4.5:1 or better. */
export interface CellColour {
  fill: string;
  text: string;
}

/** The categorical order: neighbours in it differ most. */
const CATEGORICAL: readonly CellColour[] = [
  { fill: OKABE_ITO.blue, text: '#ffffff' },
  { fill: OKABE_ITO.orange, text: '#000000' },
  { fill: OKABE_ITO.green, text: '#000000' },
  { fill: OKABE_ITO.purple, text: '#000000' },
  { fill: OKABE_ITO.skyBlue, text: '#000000' },
  { fill: OKABE_ITO.vermillion, text: '#000000' },
  { fill: OKABE_ITO.yellow, text: '#000000' },
];

/**
 * 来源未细分 / not itemised (a Sankey flow the document does not break down; in the treemap, what a printed
 * total has beyond the sum of its items): light grey, hatched in grey.
 */
export const UNITEMISED = { fill: '#d9d9d9', text: '#000000', hatchGround: '#e6e6e6', hatchLine: OKABE_ITO.grey } as const;
/** 差额 / does not balance (a Sankey node whose inflow and outflow differ): hatched in vermillion. */
export const IMBALANCE = { hatchGround: '#fbe3d6', hatchLine: OKABE_ITO.vermillion } as const;
/** A compared budget that does not print the line (缺项): a thin grey mark where its bar would be. */
export const MISSING = '#9a9a9a';

/** Treemap cells: by position among siblings (largest first), so that neighbours differ at every level. */
export function cellColour(rank: number): CellColour {
  const n = CATEGORICAL.length;
  return CATEGORICAL[((rank % n) + n) % n] ?? { fill: OKABE_ITO.blue, text: '#ffffff' };
}

/** Compared budgets, in the order compared (at most six: yellow, too light for a bar on white, is left out). */
export function budgetColour(i: number): string {
  return CATEGORICAL[i % 6]?.fill ?? OKABE_ITO.blue;
}

const INCOME: Partial<Record<IncomeKey, string>> = {
  generalPublic: OKABE_ITO.blue,
  govFund: OKABE_ITO.green,
  carryover: OKABE_ITO.purple,
  stateCapital: OKABE_ITO.vermillion,
  fiscalSpecial: OKABE_ITO.skyBlue,
  business: OKABE_ITO.orange,
};

/** 经济分类 类: 301 wages, 302 goods and services, 303 transfers to households, 309/310 capital, 312 subsidies. */
const ECONOMIC_CLASS: Record<string, string> = {
  '301': OKABE_ITO.green,
  '302': OKABE_ITO.vermillion,
  '303': OKABE_ITO.purple,
  '310': OKABE_ITO.blue,
  '309': OKABE_ITO.skyBlue,
  '312': OKABE_ITO.orange,
};

/** Sankey nodes: income by source, spending by 基本/项目, economic lines by their 类. */
export function nodeColor(n: SankeyGraphNode): string {
  switch (n.kind) {
    case 'income':
      return (n.incomeKey && INCOME[n.incomeKey]) ?? OKABE_ITO.grey;
    case 'spending':
      return n.spending === 'project' ? OKABE_ITO.orange : OKABE_ITO.skyBlue;
    case 'economicClass':
      return (n.code && ECONOMIC_CLASS[n.code]) ?? OKABE_ITO.grey;
    case 'economicItem':
      return (n.code && ECONOMIC_CLASS[n.code.slice(0, 3)]) ?? OKABE_ITO.grey;
    case 'pool':
      return '#5f5f5f';
    case 'unitemised':
      return UNITEMISED.hatchLine;
    case 'gap':
      return IMBALANCE.hatchLine;
  }
}

/** Hatched Sankey nodes: the source does not itemise (grey) or does not balance (vermillion). */
export function isHatched(n: SankeyGraphNode): boolean {
  return n.kind === 'unitemised' || n.kind === 'gap';
}
