import { describe, expect, it } from 'vitest';
import { leiCellColour, leiFill, mix, NO_LEI_FILL, textOn } from '../../src/charts/leiPalette';
import { OKABE_ITO } from '../../src/charts/palette';
import { LEI_NAMES_ZH } from '../../src/model/leiNames';
import { buildFunctionalTree } from '../../src/model/functionalTree';
import { budgets } from '../../e2e/support/realData';

/** WCAG 2 contrast, computed here from the hex strings. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

describe('one colour per 类', () => {
  const codes = Object.keys(LEI_NAMES_ZH);

  it('is a function of the code alone (the same in every budget and view)', () => {
    for (const c of codes) expect(leiFill(c)).toBe(leiFill(c));
    expect(leiFill('201')).toBe(OKABE_ITO.blue.toLowerCase());
    expect(leiCellColour('201', 0, false).fill).toBe(leiFill('201'));
    // Below the 类, rank 0 keeps the 类's colour; other ranks are shades of it.
    expect(leiCellColour('201', 0, true).fill).toBe(leiFill('201'));
    expect(leiCellColour('201', 1, true).fill).not.toBe(leiFill('201'));
  });

  it('gives the 类 printed together in any one budget different colours', () => {
    for (const b of budgets()) {
      const leis = buildFunctionalTree(b).root.children.map((n) => n.code);
      const fills = leis.map(leiFill);
      expect(new Set(fills).size, `${b.id}: ${leis.join(',')}`).toBe(leis.length);
    }
  });

  it('keeps text readable (4.5:1) on every 类 colour, shade and the grey of no single 类', () => {
    for (const c of [...codes, '299']) {
      for (let rank = 0; rank < 6; rank++) {
        for (const below of [false, true]) {
          const { fill, text } = leiCellColour(c, rank, below);
          expect(contrast(fill, text), `${c} rank ${rank}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
    for (let rank = 0; rank < 6; rank++)
      expect(contrast(leiCellColour(null, rank, true).fill, leiCellColour(null, rank, true).text)).toBeGreaterThanOrEqual(4.5);
    expect(leiCellColour(null, 0, false).fill).toBe(NO_LEI_FILL);
  });

  it('mixes towards white and black; picks black or white text by contrast', () => {
    expect(mix('#000000', 1)).toBe('#ffffff');
    expect(mix('#ffffff', -1)).toBe('#000000');
    expect(mix('#0072b2', 0)).toBe('#0072b2');
    expect(textOn('#000000')).toBe('#ffffff');
    expect(textOn('#ffffff')).toBe('#000000');
  });
});
