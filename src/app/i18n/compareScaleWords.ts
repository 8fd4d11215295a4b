/**
 * Words of the compare bars' scale (比例尺) and of the catalog's compare dock, in each language. Part of
 * zh.ts / en.ts (dict.ts `compareScale`), kept apart from compareWords so their edits do not meet.
 */
export interface CompareScaleWords {
  /** Ruler caption of sections drawn to one scale: which sections share it, and the tick step. */
  shared: (sections: string, step: string, unit: string) => string;
  /** Ruler caption of a section drawn to its own scale (its figures are tiny against the others'). */
  own: (step: string, unit: string) => string;
  /** The note above the sections: how to read the rulers (replaces the claim of one scale for all). */
  chartNote: (unit: string) => string;
  /** The catalog's dock at the bottom of the screen: its name, the count, the button, clearing. */
  dockLabel: string;
  dockCount: (n: number) => string;
  dockClear: string;
}
