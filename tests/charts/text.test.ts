/**
 * The charts' one text module (src/charts/text.ts). Widths are estimates in em by character class; the
 * expectations below are those classes worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { characters, clipEnd, textWidth, wordsFit, wrapAmount, wrapText } from '../../src/charts/text';

describe('textWidth', () => {
  it('counts CJK and full-width characters as 1em, Latin by class, and errs wide', () => {
    expect(textWidth('科学技术支出', 10)).toBe(60);
    expect(textWidth('（室）', 10)).toBe(30);
    // digits 0.66em; "," and "." 0.38em
    expect(textWidth('1234', 10)).toBeCloseTo(26.4);
    expect(textWidth('5,411.72', 10)).toBeCloseTo(6 * 6.6 + 2 * 3.8);
    // capitals 0.75em, m/w 0.95em, i/l 0.38em
    expect(textWidth('Mail', 10)).toBeCloseTo(9.5 + 6.6 + 3.8 + 3.8);
  });
  it('measures the regular weight narrower than the bold (a bare size is bold), CJK alike', () => {
    const normal = { size: 10, weight: 'normal' } as const;
    expect(textWidth('Mail', normal)).toBeCloseTo(9 + 6 + 3.4 + 3.4);
    expect(textWidth('appropriations', normal)).toBeLessThan(textWidth('appropriations', 10));
    expect(textWidth('科学技术', normal)).toBe(textWidth('科学技术', 10));
  });
  it('measures a character, not its code units: a letter with its combining mark is one letter', () => {
    expect(characters('e\u0301t\u00e9')).toEqual(['e\u0301', 't', '\u00e9']);
    expect(textWidth('e\u0301', 10)).toBeCloseTo(textWidth('\u00e9', 10));
    expect(characters('𠀋a')).toEqual(['𠀋', 'a']);
    expect(textWidth('𠀋', 10)).toBeCloseTo(6.6);
  });
});

describe('wrapText', () => {
  it('breaks Chinese between any two characters', () => {
    expect(wrapText('其他政府办公厅（室）及相关机构事务支出', 100, 10)).toEqual(['其他政府办公厅（室）', '及相关机构事务支出']);
  });
  it('never begins a line with closing punctuation nor ends one with opening punctuation, and never overflows for it', () => {
    // The Sankey's old wrapper let "）" hang past the width (['全部收入（', '来源未细分）'], 72 px in 60);
    // the treemap's could start a line with it. Both now push the character before it down instead.
    const lines = wrapText('全部收入（来源未细分）', 5 * 12, 12);
    expect(lines).toEqual(['全部收入', '（来源未细', '分）']);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(60);
    expect(wrapText('一般公共服务支出、教育支出', 80, 10)).toEqual(['一般公共服务支', '出、教育支出']);
  });
  it('breaks English at spaces', () => {
    expect(wrapText('Social security and employment', 80, 10)).toEqual(['Social', 'security and', 'employment']);
    expect(wrapText('Basic spending', 60, 10)).toEqual(['Basic', 'spending']);
  });
  it('keeps a number whole and Latin punctuation with its word', () => {
    expect(wrapText('total 5,411.72, of which', 60, 10)).toEqual(['total', '5,411.72,', 'of which']);
  });
  it('splits a word only when it alone is wider than a line, with hyphens, nothing lost', () => {
    const lines = wrapText('Supercalifragilistic', 50, 10);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(0, -1).every((l) => l.endsWith('-'))).toBe(true);
    expect(lines.map((l) => l.replace(/-$/, '')).join('')).toBe('Supercalifragilistic');
    for (const l of lines) expect(textWidth(l, 10)).toBeLessThanOrEqual(50);
  });
  it('never returns empty lines', () => {
    expect(wrapText('  a  b  ', 100, 10)).toEqual(['a  b']);
    expect(wrapText('', 100, 10)).toEqual([]);
  });
  it('never returns lines wider than asked (for wrappable text)', () => {
    for (const w of [40, 60, 80, 120]) {
      for (const line of wrapText('对个人和家庭的补助（含退休费） Subsidies to individuals and households', w, 12)) {
        expect(textWidth(line, 12)).toBeLessThanOrEqual(w);
      }
    }
  });
});

describe('wordsFit', () => {
  it('is false only where a Latin word alone is wider than the line', () => {
    expect(wordsFit('employment', 70, 13)).toBe(false);
    expect(wordsFit('Social security', 100, 13)).toBe(true);
    expect(wordsFit('机关事业单位基本养老保险缴费支出', 30, 13)).toBe(true);
  });
});

describe('clipEnd', () => {
  it('returns text that fits as it is', () => {
    expect(clipEnd('教育支出', 40, 10)).toBe('教育支出');
  });
  it('cuts at a whole character and ends with the ellipsis, within the width', () => {
    const out = clipEnd('其他政府办公厅（室）及相关机构事务支出', 52, 11);
    expect(out).toBe('其他政…');
    expect(textWidth(out, 11)).toBeLessThanOrEqual(52);
    // A letter and its combining mark stay together.
    expect(clipEnd('Cafe\u0301 and more', 40, 10)).toBe('Cafe\u0301…');
  });
  it('never ends on opening punctuation before the ellipsis', () => {
    expect(clipEnd('行政运行（含退休', 50, 10)).toBe('行政运行…');
  });
  it('ends a line that is already the start of a longer text with the ellipsis', () => {
    expect(clipEnd('教育支出', 40, 10, true)).toBe('教育支…');
  });
});

describe('wrapAmount', () => {
  it('breaks a long amount only after a thousands separator', () => {
    expect(wrapAmount('3,204,090.00', 50, 10)).toEqual(['3,204,', '090.00']);
    expect(wrapAmount('202.00', 50, 10)).toEqual(['202.00']);
  });
});
