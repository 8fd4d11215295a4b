import { describe, expect, it } from 'vitest';
import { budgetColour, cellColour, OKABE_ITO, UNITEMISED } from '../../src/charts/palette';

/** WCAG 2 relative luminance and contrast ratio, computed here from the hex strings. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

describe('palette', () => {
  it('gives every treemap cell a text colour readable on its fill (4.5:1)', () => {
    for (let rank = 0; rank < 7; rank++) expect(contrast(cellColour(rank).fill, cellColour(rank).text)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(UNITEMISED.fill, UNITEMISED.text)).toBeGreaterThanOrEqual(4.5);
  });

  it('repeats the cell colours in order, negative ranks included', () => {
    expect(cellColour(7)).toEqual(cellColour(0));
    expect(cellColour(-1)).toEqual(cellColour(6));
  });

  it('colours six compared budgets apart, in the order of the treemap cells, without the yellow', () => {
    const six = [0, 1, 2, 3, 4, 5].map(budgetColour);
    expect(new Set(six).size).toBe(6);
    expect(six).toEqual([0, 1, 2, 3, 4, 5].map((i) => cellColour(i).fill));
    expect(six).not.toContain(OKABE_ITO.yellow);
  });
});
