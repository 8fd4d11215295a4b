/**
 * One colour per compared budget (in the order compared), from the Okabe–Ito palette: told apart by
 * readers with colour-vision deficiencies, and never the only cue — every bar carries its figure and
 * the legend names each budget in text.
 */
export const BUDGET_COLOURS: readonly string[] = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];

export function budgetColour(i: number): string {
  return BUDGET_COLOURS[i % BUDGET_COLOURS.length] ?? '#0072B2';
}
