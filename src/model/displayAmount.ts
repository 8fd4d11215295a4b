/**
 * How amounts are shown: as printed (in the document's unit, 元 or 万元) or in million yuan (百万元), the
 * unit English-language readers and newsrooms count public money in. Pure; decimal.js only.
 *
 * The conversion is a shift of the decimal point (1 百万元 = 100 万元 = 1,000,000 元) and keeps every printed
 * digit: "4417.50" 万元 → "44.1750" 百万元, "3286618082.20" 元 → "3286.61808220" 百万元. Nothing is rounded
 * away, so the printed figure can always be read back from the shown one (and the 数字出处 popover shows
 * it as printed anyway). Files (CSV, JSON) always keep the printed figures with their unit.
 */
import type { Amount, MoneyUnit } from './types';
import type { Lang } from './lang';
import { dec } from './decimal';
import { formatAmount } from './format';

/** `printed`: the document's own unit; `million`: 百万元 (million yuan). */
export type AmountMode = 'printed' | 'million';
export const AMOUNT_MODES: readonly AmountMode[] = ['printed', 'million'];

/** The unit a shown figure is in: a printed unit, or 百万元. */
export type ShownUnit = MoneyUnit | '百万元';

/** How many places the decimal point moves from each printed unit to 百万元 (10^6 元, 10^2 万元). */
const PLACES_TO_MILLION: Record<MoneyUnit, number> = { 元: 6, 万元: 2 };

/**
 * English readers get million yuan unless they ask for the printed unit; Chinese readers get the printed
 * unit (万元 and 元 are how Chinese budgets are read) unless they ask for 百万元.
 */
export function defaultAmountMode(lang: Lang): AmountMode {
  return lang === 'en' ? 'million' : 'printed';
}

/** The mode a page shows: the one in the URL, else the language's default. */
export function effectiveAmountMode(lang: Lang, chosen: AmountMode | undefined): AmountMode {
  return chosen ?? defaultAmountMode(lang);
}

/** Digits after the decimal point as printed ("4417.50" → 2, "12" → 0). */
function printedPlaces(a: string): number {
  const dot = a.indexOf('.');
  return dot < 0 ? 0 : a.length - dot - 1;
}

/**
 * The amount in 百万元, exact, with every printed digit kept: the printed places plus the places the point
 * moves ("4417.50" 万元 → "44.1750"; "-3.5" 万元 → "-0.035"; "0.00" 元 → "0.00000000"). A zero has no sign.
 */
export function toMillionYuan(a: Amount | string, unit: MoneyUnit): Amount {
  const places = printedPlaces(a) + PLACES_TO_MILLION[unit];
  const d = dec(a).div(dec('10').pow(PLACES_TO_MILLION[unit]));
  return (d.isZero() ? d.abs() : d).toFixed(places) as Amount;
}

/** The amount as shown in a mode: its digits (ungrouped) and its unit. Printed mode returns it untouched. */
export function shownAmount(a: Amount | string, unit: MoneyUnit, mode: AmountMode): { amount: string; unit: ShownUnit } {
  return mode === 'million' ? { amount: toMillionYuan(a, unit), unit: '百万元' } : { amount: a, unit };
}

/** The shown unit of figures printed in `unit`. */
export function shownUnit(unit: MoneyUnit, mode: AmountMode): ShownUnit {
  return mode === 'million' ? '百万元' : unit;
}

/** The shown figure, grouped in thousands ("44.1750", "4,417.50"): formatAmount of shownAmount. */
export function formatShown(a: Amount | string, unit: MoneyUnit, mode: AmountMode): string {
  return formatAmount(shownAmount(a, unit, mode).amount);
}

/** A signed difference as shown: "+0.0001", "-1.50" (the sign added to what `format` writes). */
export function withSign(a: string, format: (a: string) => string): string {
  const text = format(a);
  return a.startsWith('-') || text.startsWith('+') ? text : `+${text}`;
}

/** A formatter bound to one printed unit and mode: what the page gives charts and tables as a prop. */
export function shownFormatter(unit: MoneyUnit, mode: AmountMode): (a: Amount | string) => string {
  return (a) => formatShown(a, unit, mode);
}
