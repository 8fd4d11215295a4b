/**
 * Colour-blind-safe cell colours: the Okabe–Ito palette (distinguishable with protanopia, deuteranopia
 * and tritanopia), minus black, which we keep for text. Each fill comes with the text colour that
 * contrasts with it at 4.5:1 or better.
 */
export interface CellColour {
  fill: string;
  text: string;
}

const OKABE_ITO: readonly CellColour[] = [
  { fill: '#0072B2', text: '#ffffff' }, // blue
  { fill: '#E69F00', text: '#000000' }, // orange
  { fill: '#009E73', text: '#000000' }, // bluish green
  { fill: '#CC79A7', text: '#000000' }, // reddish purple
  { fill: '#56B4E9', text: '#000000' }, // sky blue
  { fill: '#D55E00', text: '#000000' }, // vermillion
  { fill: '#F0E442', text: '#000000' }, // yellow
];

export const GAP_COLOUR: CellColour = { fill: '#d9d9d9', text: '#000000' };

/** Colour by position among siblings (largest first), so neighbours differ at every level. */
export function cellColour(rank: number): CellColour {
  const c = OKABE_ITO[((rank % OKABE_ITO.length) + OKABE_ITO.length) % OKABE_ITO.length];
  return c ?? { fill: '#0072B2', text: '#ffffff' };
}
