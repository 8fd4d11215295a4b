import { describe, expect, it } from 'vitest';
import { barScale, groupBarScales, niceStep, OWN_SCALE_BELOW } from '../../src/layout/barScale';
import { dec } from '../../src/model/decimal';

describe('groupBarScales', () => {
  // Figures of the issue (#12): totals 5,921.56, income 2,345.80, a 三公-sized section of 10.00.
  const sections = [
    { id: 'totals', max: '5921.56' },
    { id: 'income', max: '2345.80' },
    { id: 'economicProject', max: '10.00' },
    { id: 'empty', max: '0.00' },
  ];

  it('puts comparable sections on one scale topped by the largest figure of all', () => {
    const g = groupBarScales(sections);
    expect(g.get('totals')).toEqual({ kind: 'shared', max: '5921.56', ids: ['totals', 'income'] });
    expect(g.get('income')).toBe(g.get('totals'));
  });

  it(`gives a section below ${OWN_SCALE_BELOW} of the top its own scale, and an empty one none`, () => {
    const g = groupBarScales(sections);
    expect(g.get('economicProject')).toEqual({ kind: 'own', max: '10', ids: ['economicProject'] });
    expect(g.has('empty')).toBe(false);
  });

  it('never calls a scale drawn by one section alone shared', () => {
    const g = groupBarScales([
      { id: 'a', max: '1000' },
      { id: 'b', max: '1' },
    ]);
    expect(g.get('a')?.kind).toBe('own');
    expect(g.get('b')?.kind).toBe('own');
  });
});

describe('barScale', () => {
  it('draws the same figure the same length on the same scale, and the top at full range', () => {
    const s = barScale('5921.56', 600);
    expect(s.px('5921.56')).toBe(600);
    expect(s.px('1900.00')).toBeCloseTo((1900 / 5921.56) * 600, 9);
    expect(s.px('0.00')).toBe(0);
    expect(s.px('-3')).toBe(0);
  });

  it('ticks at a 1-2-5 step, at least the minimum gap apart, from 0 to the top', () => {
    const s = barScale('5921.56', 600, 64);
    // 600 / 64 → 9 slots; 5921.56 / 9 = 657.95 → step 1,000.
    expect(s.step).toBe('1000');
    expect(s.ticks.map((t) => t.label)).toEqual(['0', '1,000', '2,000', '3,000', '4,000', '5,000']);
    for (const [i, t] of s.ticks.entries()) if (i > 0) expect(t.px - (s.ticks[i - 1]?.px ?? 0)).toBeGreaterThanOrEqual(64);
  });

  it('steps below one for small figures', () => {
    expect(barScale('2.40', 300, 64).step).toBe('1');
    expect(niceStep(dec('0.3')).toFixed()).toBe('0.5');
    expect(niceStep(dec('0.07')).toFixed()).toBe('0.1');
    expect(niceStep(dec('20')).toFixed()).toBe('20');
  });
});
