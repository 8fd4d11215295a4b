/**
 * The `amounts` query of a budget route: `printed` (元 / 万元 as the document prints them) or `million`
 * (百万元, million yuan). Absent means the language's default (src/model/displayAmount.ts); anything else is
 * a route problem and the default is shown.
 */
import { AMOUNT_MODES, type AmountMode } from '../model/displayAmount';
import type { RouteProblem } from './route';

export function parseAmounts(raw: string | undefined, problems: RouteProblem[]): { amounts?: AmountMode } {
  if (raw === undefined) return {};
  if ((AMOUNT_MODES as readonly string[]).includes(raw)) return { amounts: raw as AmountMode };
  problems.push('badAmounts');
  return {};
}
