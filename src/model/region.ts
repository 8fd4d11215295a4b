/**
 * A region's budgets for one year (地区): every department of a district or city, by kind (部门预算 and
 * 部门决算 are never added together), and what the region's total sums. A budget that is itself a unit
 * of another budget of the same set (000, the grid centre, is unit 550004 inside 001) is never added again:
 * it is listed as left out, with the budget that contains it. Budgets in 元 and 万元 meet in 万元, converted
 * exactly; each keeps its printed figure and unit.
 */
import type { Amount, BudgetIndex, BudgetIndexEntry, DocumentKind } from './types';
import { convertAmount } from './units';
import { dec, sum, toAmount } from './decimal';

export interface RegionYear {
  region: string;
  year: number;
  budgets: number;
}

/** Every region and year the catalog holds, newest year first, then by region. */
export function regionYears(index: BudgetIndex): RegionYear[] {
  const m = new Map<string, RegionYear>();
  for (const e of index.budgets) {
    const key = `${e.region}\u0000${e.year}`;
    const r = m.get(key) ?? { region: e.region, year: e.year, budgets: 0 };
    r.budgets += 1;
    m.set(key, r);
  }
  return [...m.values()].sort((a, b) => b.year - a.year || a.region.localeCompare(b.region, 'zh-CN'));
}

export interface RegionMember {
  entry: BudgetIndexEntry;
  /** The printed total in 万元 (exact), for the region's total and the treemap. */
  totalWan: Amount;
}

export interface RegionGroup {
  kind: DocumentKind;
  /** Budgets the total adds up, largest first. */
  included: RegionMember[];
  /** Budgets left out of the total because another budget of the group contains them. */
  excluded: { member: RegionMember; insideOf: BudgetIndexEntry; unitCode: string }[];
  /** Exact sum of the included totals, in 万元. */
  totalWan: Amount;
}

export interface RegionSummary {
  region: string;
  year: number;
  groups: RegionGroup[];
}

const KIND_ORDER: readonly DocumentKind[] = ['budget', 'unitBudget', 'final'];

export function regionSummary(index: BudgetIndex, region: string, year: number): RegionSummary | null {
  const set = index.budgets.filter((e) => e.region === region && e.year === year);
  if (set.length === 0) return null;
  const groups: RegionGroup[] = [];
  for (const kind of KIND_ORDER) {
    const ofKind = set.filter((e) => e.kind === kind);
    if (ofKind.length === 0) continue;
    const members = ofKind.map((entry) => ({ entry, totalWan: convertAmount(entry.total, entry.unit, '万元') }));
    const byId = new Map(ofKind.map((e) => [e.id, e]));
    const included: RegionMember[] = [];
    const excluded: RegionGroup['excluded'] = [];
    for (const m of members) {
      const parent = m.entry.partOf ? byId.get(m.entry.partOf.budget) : undefined;
      if (parent && m.entry.partOf) excluded.push({ member: m, insideOf: parent, unitCode: m.entry.partOf.unitCode });
      else included.push(m);
    }
    included.sort((a, b) => dec(b.totalWan).comparedTo(dec(a.totalWan)) || a.entry.id.localeCompare(b.entry.id));
    groups.push({ kind, included, excluded, totalWan: toAmount(sum(included.map((m) => m.totalWan))) });
  }
  return { region, year, groups };
}
