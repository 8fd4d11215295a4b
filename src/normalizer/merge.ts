/**
 * Merge the facts of every table of one document. Lists concatenate in table order; a single figure
 * (收入总计, 支出合计, 三公经费 …) is taken from the first table that prints it — later tables printing
 * the same figure are compared against it by reconcile.ts (TABLES_AGREE), never silently preferred.
 */
import type { Unit } from '../model/types';
import type { Facts } from './facts';

const LISTS = ['income', 'functional', 'functionalByFund', 'economic', 'basicByUnit', 'projects', 'narrative', 'glossary', 'printedTotals'] as const;
const SINGLES = ['incomeTotal', 'expenditure', 'threePublic', 'procurement', 'finalTotals'] as const;

export function mergeFacts(parts: readonly Facts[]): Facts {
  const out: Facts = {};
  for (const part of parts) {
    for (const key of LISTS) {
      const list = part[key];
      if (list && list.length > 0) (out as Record<string, unknown[]>)[key] = [...((out[key] as unknown[] | undefined) ?? []), ...list];
    }
    for (const key of SINGLES) {
      if (part[key] !== undefined && out[key] === undefined) (out as Record<string, unknown>)[key] = part[key];
    }
    if (part.units) out.units = mergeUnits(out.units ?? [], part.units);
  }
  return out;
}

/** The same unit (单位编码) seen in several tables is one unit: fill in what each table adds. */
function mergeUnits(into: Unit[], more: readonly Unit[]): Unit[] {
  const out = [...into];
  for (const u of more) {
    const i = out.findIndex((x) => (u.code !== '' && x.code === u.code) || (u.code === '' && x.name === u.name));
    const existing = i >= 0 ? out[i] : undefined;
    if (existing)
      out[i] = {
        ...u,
        ...existing,
        ...Object.fromEntries(
          Object.entries(u).filter(
            ([k]) => (existing as unknown as Record<string, unknown>)[k] === undefined || (existing as unknown as Record<string, unknown>)[k] === '',
          ),
        ),
      };
    else out.push(u);
  }
  return out;
}
