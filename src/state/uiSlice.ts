/**
 * UI slice: transient things that do not belong in the URL — the provenance popover (数据来源) that a
 * click on a figure opens. Budget JSON itself stays outside the store (cached by dataCache.ts, read through app/useData.ts).
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Amount, MoneyUnit, SourceRef } from '../model/types';
import type { AppState } from './store';

export interface ProvenanceTarget {
  /** Stable id of the figure (for focus return and tests), e.g. "headline-total". */
  id: string;
  label: string;
  /** The printed figure; absent where the link names a place in the source, not a figure (a source issue). */
  amount?: Amount;
  /** The figure's unit; where absent, the unit of the table `src` names. */
  unit?: MoneyUnit;
  src: SourceRef;
  /** Viewport rectangle of the clicked figure, for placing the popover next to it. */
  anchor: { left: number; top: number; bottom: number; width: number } | null;
}

export interface UiSlice {
  provenance: ProvenanceTarget | null;
  openProvenance(target: ProvenanceTarget): void;
  closeProvenance(): void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  provenance: null,
  openProvenance: (target) => set({ provenance: target }),
  closeProvenance: () => set({ provenance: null }),
});
