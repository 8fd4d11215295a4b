/** The compare bars' scale and the catalog's compare dock in English. Part of en.ts. */
import type { CompareScaleWords } from './compareScaleWords';

export const compareScaleEn: CompareScaleWords = {
  shared: (sections, step, unit) => `One scale shared by ${sections} (bar lengths compare across them): each grid step = ${step} ${unit}`,
  own: (step, unit) =>
    `This section’s own scale (its figures are far smaller than the other sections’; do not compare its bars with theirs): each grid step = ${step} ${unit}`,
  chartNote: (unit) => `The ruler above each section’s bars names its scale; after each bar, the amount (${unit}) and share.`,
  dockLabel: 'Compare the selected budgets',
  dockCount: (n) => `${n} selected`,
  dockClear: 'Clear selection',
};
