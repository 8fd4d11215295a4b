/**
 * Display strings for amounts and shares. Pure.
 *
 * Amounts are shown with every printed decimal (no rounding), only grouped in thousands.
 * Shares are rounded half-up to one decimal; a positive share that would round to 0.0 shows as "<0.1%".
 */
import type { Amount } from './types';
import { dec, type Dec } from './decimal';

/** "5921.56" → "5,921.56"; "-3.5" → "-3.5". Digits are never changed. */
export function formatAmount(a: Amount | string): string {
  const neg = a.startsWith('-');
  const body = neg ? a.slice(1) : a;
  const [int = '', frac] = body.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** A signed exact difference: "+1.00", "-0.50". */
export function formatDifference(a: Amount | string): string {
  const d = dec(a);
  return d.isNegative() ? formatAmount(a) : `+${formatAmount(a)}`;
}

/** Percent share, one decimal by default; "—" where the share is undefined (whole is zero). */
export function formatShare(p: Dec | null, places = 1): string {
  if (p === null) return '—';
  const rounded = p.toFixed(places);
  if (!p.isZero() && dec(rounded).isZero()) {
    const min = dec('1').div(dec('10').pow(places)).toFixed(places);
    return p.isNegative() ? `>-${min}%` : `<${min}%`;
  }
  return `${rounded}%`;
}

/** Compare two amounts exactly (for sorting). */
export function compareAmounts(a: Amount | string, b: Amount | string): number {
  return dec(a).comparedTo(dec(b));
}
