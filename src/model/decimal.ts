/**
 * Exact arithmetic on printed amounts (in the unit the budget prints, 元 or 万元; see units.ts). decimal.js everywhere a figure is added, subtracted or
 * divided; `number` is for pixel geometry only (see toGeometry).
 */
import Decimal from 'decimal.js';
import type { Amount } from './types';

// 40 significant digits: far beyond any budget figure, so sums of printed two-decimal amounts are exact.
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof D>;

const AMOUNT = /^-?\d+(\.\d+)?$/;

/** True for a normalised amount string ("1309.71", "0.00", "-3.5"). */
export function isAmount(s: string): s is Amount {
  return AMOUNT.test(s);
}

/** Brand a string that is known to be a normalised amount; throws on anything else (a programming error). */
export function asAmount(s: string): Amount {
  if (!isAmount(s)) throw new Error(`not an amount: ${JSON.stringify(s)}`);
  return s;
}

export function dec(a: Amount | string): Dec {
  return new D(a);
}

export function sum(amounts: readonly (Amount | string)[]): Dec {
  return amounts.reduce<Dec>((acc, a) => acc.plus(new D(a)), new D(0));
}

/** An exact decimal result as an amount string with at least two decimals ("1309.7" → "1309.70"). */
export function toAmount(d: Dec): Amount {
  const places = Math.max(2, d.decimalPlaces());
  return d.toFixed(places) as Amount;
}

export function amountEquals(a: Amount | string, b: Amount | string): boolean {
  return new D(a).equals(new D(b));
}

/** Share of part in whole as a percentage Decimal; null where whole is zero. */
export function share(part: Amount | string, whole: Amount | string): Dec | null {
  const w = new D(whole);
  if (w.isZero()) return null;
  return new D(part).div(w).times(100);
}

/** For pixel geometry only: never add these back up. */
export function toGeometry(a: Amount | string): number {
  return new D(a).toNumber();
}

export { D as Decimal };
