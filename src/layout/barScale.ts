/**
 * The scale of the compare bars (对比条形图的比例尺): which sections share one scale, and how an exact
 * amount becomes a bar length in pixels. Pure; decimal in, px out — the division is done in decimal.js
 * and only the resulting length is a `number`.
 *
 * A section whose largest figure is tiny against the others' (a 三公 or a partly printed 经济分类 table
 * of a few 万元 beside a budget of thousands) would be a row of hairlines on the shared scale: it gets
 * its own scale instead, and the page says so, so that no bar claims a scale it is not drawn to.
 */
import { dec, type Dec } from '../model/decimal';
import { formatAmount } from '../model/format';
import type { Amount } from '../model/types';

/** A section whose largest figure is below this share of the shared scale's top gets a scale of its own. */
export const OWN_SCALE_BELOW = '0.1';

export interface ScaleSection {
  id: string;
  /** The section's largest figure (in the comparison's unit); "0.00" where it draws no bar. */
  max: Amount | string;
}

export type ScaleKind = 'shared' | 'own';

export interface SectionScale {
  kind: ScaleKind;
  /** The top of the scale's domain: the largest figure of every section drawn to it. */
  max: string;
  /** The sections drawn to this scale (for the shared one: every section that claims it). */
  ids: string[];
}

/**
 * One scale for every section whose largest figure is at least OWN_SCALE_BELOW of the largest of all;
 * a scale of its own for each other section. A "shared" scale drawn by one section alone is no shared
 * claim: it is reported as that section's own. Sections without a positive figure get no scale.
 */
export function groupBarScales(sections: readonly ScaleSection[], ownBelow: string = OWN_SCALE_BELOW): Map<string, SectionScale> {
  const out = new Map<string, SectionScale>();
  const drawn = sections.filter((s) => dec(s.max).greaterThan(0));
  if (drawn.length === 0) return out;
  const top = drawn.reduce<Dec>((m, s) => (dec(s.max).greaterThan(m) ? dec(s.max) : m), dec('0'));
  const floor = top.times(dec(ownBelow));
  const shared = drawn.filter((s) => dec(s.max).greaterThanOrEqualTo(floor));
  const sharedScale: SectionScale = { kind: shared.length > 1 ? 'shared' : 'own', max: top.toFixed(), ids: shared.map((s) => s.id) };
  for (const s of drawn) {
    out.set(s.id, shared.includes(s) ? sharedScale : { kind: 'own', max: dec(s.max).toFixed(), ids: [s.id] });
  }
  return out;
}

export interface BarTick {
  /** The tick's amount, exact ("2000", "0.5"). */
  value: string;
  /** As written under the tick: digits grouped ("2,000", "0.5"). */
  label: string;
  px: number;
}

export interface BarScale {
  max: string;
  rangePx: number;
  /** Amount → bar length in px (negative amounts draw nothing). */
  px: (amount: Amount | string) => number;
  /** The distance between ticks, exact (1, 2 or 5 × 10ⁿ). */
  step: string;
  ticks: BarTick[];
}

/** The smallest 1, 2 or 5 × 10ⁿ not below `raw` (a tick step a reader can add up). */
export function niceStep(raw: Dec): Dec {
  if (raw.lessThanOrEqualTo(0)) return dec('1');
  // decimal.js keeps the base-10 exponent: 10^e ≤ raw < 10^(e+1).
  const mag = dec('10').pow(raw.e);
  for (const m of [1, 2, 5, 10]) {
    const step = mag.times(m);
    if (step.greaterThanOrEqualTo(raw)) return step;
  }
  return mag.times(10);
}

/**
 * A linear scale from 0…max onto 0…rangePx, with ticks at least `minTickGap` px apart. Lengths are
 * computed as amount ÷ max × range in decimal, so two sections on the same (max, range) draw the
 * same figure the same length to the pixel.
 */
export function barScale(max: Amount | string, rangePx: number, minTickGap = 64): BarScale {
  const top = dec(max);
  const range = Math.max(0, rangePx);
  const px = (amount: Amount | string): number => {
    const a = dec(amount);
    if (top.lessThanOrEqualTo(0) || a.lessThanOrEqualTo(0)) return 0;
    return a.div(top).times(range).toNumber();
  };
  const slots = Math.max(1, Math.floor(range / Math.max(1, minTickGap)));
  const step = niceStep(top.div(slots));
  const ticks: BarTick[] = [];
  if (top.greaterThan(0)) {
    for (let v = dec('0'); v.lessThanOrEqualTo(top); v = v.plus(step))
      ticks.push({ value: v.toFixed(), label: formatAmount(v.toFixed()), px: px(v.toFixed()) });
  }
  return { max: top.toFixed(), rangePx: range, px, step: step.toFixed(), ticks };
}
