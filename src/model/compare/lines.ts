/**
 * Lines aligned across budgets: each budget's cell (converted exactly to the comparison's unit), the
 * step between consecutive budgets, the display name and the 名称不同 / 缺项 flags.
 */
import { englishByPrinted, nameEnField } from '../englishName';
import { stripOrdinal } from '../searchText';
import { INCOME_ORDER } from '../incomeNames';
import type { Amount, Budget, IncomeKey, MoneyUnit } from '../types';
import { convertAmount, srcUnit } from '../units';
import { dec, share, toAmount } from '../decimal';
import { crosswalkEntry, nameKey, type Crosswalk, type CrosswalkScheme } from '../crosswalk';
import { isMisprint as misprintOf } from '../misprints';
import type { Meta, RawCell } from './cells';
import { sameDepartment } from './departments';
import type { BudgetRelation, CompareCell, CompareLine, CompareSection, CompareStep, LineFlag, LineRename } from './types';

function lineOrder(section: CompareSection, a: Meta, b: Meta): number {
  if (section === 'income') {
    const ia = INCOME_ORDER.indexOf(a.code as IncomeKey);
    const ib = INCOME_ORDER.indexOf(b.code as IncomeKey);
    const ra = ia < 0 ? INCOME_ORDER.length : ia;
    const rb = ib < 0 ? INCOME_ORDER.length : ib;
    if (ra !== rb) return ra - rb;
  }
  if (section === 'total') return ['total', 'basic', 'project'].indexOf(a.code) - ['total', 'basic', 'project'].indexOf(b.code);
  if (section === 'economic' && a.spending !== b.spending) return a.spending === 'basic' ? -1 : 1;
  // Codes as strings sort in printed tree order (201 < 20101 < 2010101 < 20102 …).
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function relationOf(a: Budget, b: Budget): BudgetRelation {
  if (a.id === b.id) return 'sameBudget';
  if (a.partOf?.budget === b.id || b.partOf?.budget === a.id) return 'partOf';
  return sameDepartment(a, b) ? 'sameDepartment' : 'otherDepartment';
}

function step(a: Budget, b: Budget, ca: CompareCell | null, cb: CompareCell | null): CompareStep {
  const relation = relationOf(a, b);
  if (ca && cb) {
    const d = dec(cb.amount).minus(dec(ca.amount));
    const from = dec(ca.amount);
    return { from: a.id, to: b.id, status: 'both', difference: toAmount(d), change: from.isZero() ? null : d.div(from).times(100), relation };
  }
  const status = ca ? 'removed' : cb ? 'added' : 'neither';
  return { from: a.id, to: b.id, status, difference: null, change: null, relation };
}

export const SCHEME: Record<CompareSection, CrosswalkScheme | null> = { total: null, functional: 'functional', economic: 'economic', income: 'income' };

function isMisprint(crosswalk: Crosswalk, section: CompareSection, code: string, name: string): boolean {
  const scheme = SCHEME[section];
  return scheme ? misprintOf(crosswalk, scheme, code, name) : false;
}

export function buildLines(
  section: CompareSection,
  budgets: readonly Budget[],
  perBudget: readonly Map<string, RawCell>[],
  denominators: readonly Amount[],
  crosswalk: Crosswalk,
  unit: MoneyUnit,
): CompareLine[] {
  const metas = new Map<string, Meta>();
  for (const cells of perBudget) for (const [k, c] of cells) if (!metas.has(k)) metas.set(k, c);
  const keys = [...metas.keys()].sort((x, y) => lineOrder(section, metas.get(x) as Meta, metas.get(y) as Meta) || (x < y ? -1 : x > y ? 1 : 0));
  const scheme = SCHEME[section];
  // English of a printed name (data/names-en.json, nameEn beside it in each budget), list ordinals dropped as in the cells.
  const english = englishByPrinted(
    budgets.flatMap((b) => [...b.functional, ...b.functionalByFund.flatMap((f) => f.rows), ...b.economic]).map((r) => ({ ...r, name: stripOrdinal(r.name) })),
  );

  return keys.map((key) => {
    const m = metas.get(key) as Meta;
    const cells: (CompareCell | null)[] = perBudget.map((pb, i) => {
      const c = pb.get(key);
      const b = budgets[i];
      if (!c || !b) return null;
      // The figure's unit is its table's (src); converted exactly where the comparison is in another unit.
      const from = c.src[0] ? srcUnit(b, c.src[0]) : b.unit;
      const amount = convertAmount(c.amount, from, unit);
      return {
        amount,
        name: c.name,
        basis: c.basis,
        rows: c.rows,
        share: share(amount, denominators[i] ?? '0'),
        src: c.src,
        ...(from !== unit ? { printed: { amount: c.amount, unit: from } } : {}),
      };
    });
    const steps = budgets.slice(1).map((b, i) => step(budgets[i] as Budget, b, cells[i] ?? null, cells[i + 1] ?? null));

    const named = cells
      .map((c, i) => ({ c, b: budgets[i] as Budget }))
      .filter((x): x is { c: CompareCell; b: Budget } => x.c !== null && x.c.name !== '')
      .map((x) => ({ budget: x.b.id, year: x.b.year, name: x.c.name, misprint: isMisprint(crosswalk, section, m.code, x.c.name) }));
    // Latest year first; a misprint only where nothing else is printed.
    const display = [...named].sort((x, y) => Number(x.misprint) - Number(y.misprint) || y.year - x.year)[0]?.name ?? '';

    const flags: LineFlag[] = [];
    let rename: LineRename | undefined;
    if (new Set(named.map((n) => nameKey(n.name))).size > 1) {
      flags.push('renamed');
      const entry = scheme ? crosswalkEntry(crosswalk, scheme, m.code) : null;
      rename = { names: named, reason: entry?.reason ?? null, ...(entry?.reasonZh ? { reasonZh: entry.reasonZh } : {}) };
    }
    if (cells.some((c) => c === null)) flags.push('missing');

    return {
      key,
      section,
      code: m.code,
      ...(m.level ? { level: m.level } : {}),
      ...(m.spending ? { spending: m.spending } : {}),
      ...(m.parent ? { parent: m.parent } : {}),
      name: display,
      ...nameEnField(english.get(display)),
      cells,
      steps,
      flags,
      ...(rename ? { rename } : {}),
    };
  });
}
