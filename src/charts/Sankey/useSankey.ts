/**
 * Memoised computeSankey (as nivo's packages/sankey/src/hooks.ts pairs computeNodeAndLinks with useSankey):
 * the graph and layout are recomputed only when the budget, the width, the words (language) or the 款 toggle change —
 * not on hover.
 */
import { useMemo } from 'react';
import type { Budget } from '../../model/types';
import { computeSankey, type ComputedSankey } from './computeSankey';
import type { SankeyWords } from './words';

export function useSankey(budget: Budget, width: number, words: SankeyWords, kuan: boolean): ComputedSankey | null {
  return useMemo(() => (width > 0 ? computeSankey(budget, { width, words, kuan }) : null), [budget, width, words, kuan]);
}
