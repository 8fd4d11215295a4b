/**
 * The crosswalk's misprints (model/misprints.ts) for the page: a lookup from a printed name to the name it
 * should have been, null where it is no misprint. The crosswalk is published in index.json, which every
 * page has loaded; before it has (or where it failed), nothing is marked.
 */
import { useCallback } from 'react';
import { intendedName } from '../model/misprints';
import type { CrosswalkScheme } from '../model/crosswalkTypes';
import { useIndex } from './useData';

export type MisprintLookup = (scheme: CrosswalkScheme, code: string, printed: string) => string | null;

export function useMisprint(): MisprintLookup {
  const index = useIndex();
  const crosswalk = index.ok ? index.value.crosswalk : undefined;
  return useCallback((scheme: CrosswalkScheme, code: string, printed: string) => intendedName(crosswalk, scheme, code, printed), [crosswalk]);
}
