/**
 * The crosswalk's misprints (model/misprints.ts) for the page: a lookup from a printed name to the name it
 * should have been, null where it is no misprint. The crosswalk comes from index.json where the page has
 * loaded it, else from data/crosswalk.json (a budget page does not load the whole index); where neither
 * could be read, nothing is marked.
 */
import { use, useCallback } from 'react';
import { intendedName } from '../model/misprints';
import type { CrosswalkScheme } from '../model/crosswalkTypes';
import { crosswalkResource, settledIndex } from '../state/dataCache';

export type MisprintLookup = (scheme: CrosswalkScheme, code: string, printed: string) => string | null;

export function useMisprint(): MisprintLookup {
  const index = settledIndex();
  // use() may be called conditionally (unlike hooks): the small file only where the index is not at hand.
  const loaded = index?.ok ? null : use(crosswalkResource());
  const crosswalk = index?.ok ? index.value.crosswalk : loaded?.ok ? loaded.value : undefined;
  return useCallback((scheme: CrosswalkScheme, code: string, printed: string) => intendedName(crosswalk, scheme, code, printed), [crosswalk]);
}
