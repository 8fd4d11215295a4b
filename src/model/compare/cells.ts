/**
 * One budget's cells, by line key ("functional:2060101", "economic:basic:30101", "income:carryover",
 * "total:basic"), before alignment. 功能分类 cells follow functionalTree's rules (department rows, else the
 * units' rows added by code; 类/款 not printed above printed 项 are the exact sums of their children);
 * 经济分类 cells are the economic tree's one figure per code (economicTree.ts).
 */
import type { Amount, Budget, SourceRef, Spending } from '../types';
import { dec, sum, toAmount } from '../decimal';
import type { Measure } from '../tree';
import { LEVEL_BY_LENGTH, nameElsewhere, parentCode } from '../functionalTree';
import { buildEconomicTree, SPENDINGS, type EconomicNode } from '../economicTree';
import { stripOrdinal } from '../searchText';
import type { CellBasis, ComparedBudget, CompareSection } from './types';

export interface Meta {
  section: CompareSection;
  code: string;
  level?: 'lei' | 'kuan' | 'xiang';
  spending?: Spending;
  parent?: string;
}

export interface RawCell extends Meta {
  amount: Amount;
  name: string;
  basis: CellBasis;
  rows: number;
  src: SourceRef[];
}

const fkey = (code: string): string => `functional:${code}`;

export function functionalCells(b: Budget, measure: Measure): { cells: Map<string, RawCell>; basis: ComparedBudget['functionalBasis'] } {
  const cells = new Map<string, RawCell>();
  const meta = (code: string): Meta => {
    const p = parentCode(code);
    return { section: 'functional', code, level: LEVEL_BY_LENGTH[code.length] ?? 'xiang', ...(p !== null ? { parent: fkey(p) } : {}) };
  };
  let rows = b.functional.filter((r) => r.unit === undefined);
  let basis: ComparedBudget['functionalBasis'] = 'department';
  if (rows.length === 0) {
    rows = b.functional.filter((r) => r.unit !== undefined);
    basis = rows.length > 0 ? 'unitsAdded' : 'none';
  }
  const byCode = new Map<string, typeof rows>();
  for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  for (const [code, rs] of byCode) {
    const first = rs[0];
    if (!first) continue;
    if (basis === 'department') {
      // A code printed twice department-wide is a conflict reported by functionalTree; keep the first.
      cells.set(fkey(code), { ...meta(code), amount: first[measure], name: stripOrdinal(first.name), basis: 'printed', rows: 1, src: [first.src] });
    } else {
      // 各单位同一科目相加: the department figure is the exact sum of the units' rows.
      cells.set(fkey(code), {
        ...meta(code),
        amount: toAmount(sum(rs.map((r) => r[measure]))),
        name: stripOrdinal(first.name),
        basis: 'sumOfUnitRows',
        rows: rs.length,
        src: rs.map((r) => r.src),
      });
    }
  }
  // 类/款 not printed above printed 项: exact sums of their children, deepest first.
  const derived = new Set<string>();
  for (const c of [...cells.values()]) {
    let p = parentCode(c.code);
    while (p !== null && !cells.has(fkey(p)) && !derived.has(p)) {
      derived.add(p);
      p = parentCode(p);
    }
  }
  for (const p of [...derived].sort((x, y) => y.length - x.length)) {
    const children = [...cells.values()].filter((c) => parentCode(c.code) === p);
    cells.set(fkey(p), {
      ...meta(p),
      amount: toAmount(sum(children.map((c) => c.amount))),
      name: stripOrdinal(nameElsewhere(b, p)),
      basis: 'sumOfChildren',
      rows: children.reduce((n, c) => n + c.rows, 0),
      src: children.flatMap((c) => c.src),
    });
  }
  return { cells, basis };
}

const ekey = (s: Spending, code: string): string => `economic:${s}:${code}`;

function economicCell(n: EconomicNode, parent?: string): RawCell {
  return {
    section: 'economic',
    code: n.code,
    spending: n.spending,
    level: n.level,
    ...(parent === undefined ? {} : { parent }),
    amount: n.amount,
    name: n.name,
    basis: n.derived,
    rows: n.src.length,
    src: n.src,
  };
}

/** 经济分类 by 基本/项目支出: one line per 类 and 款 code (a 款's parent is its 类 under the same spending). */
export function economicCells(b: Budget): Map<string, RawCell> {
  const tree = buildEconomicTree(b);
  const cells = new Map<string, RawCell>();
  for (const s of SPENDINGS) {
    for (const c of tree.bySpending[s]) {
      cells.set(ekey(s, c.code), economicCell(c));
      for (const k of c.children) cells.set(ekey(s, k.code), economicCell(k, ekey(s, c.code)));
    }
  }
  return cells;
}

export function incomeCells(b: Budget): Map<string, RawCell> {
  const cells = new Map<string, RawCell>();
  for (const l of b.income) {
    const k = `income:${l.key}`;
    const prev = cells.get(k);
    if (prev) {
      cells.set(k, { ...prev, amount: toAmount(dec(prev.amount).plus(dec(l.amount))), basis: 'sumOfRows', rows: prev.rows + 1, src: [...prev.src, l.src] });
    } else {
      cells.set(k, { section: 'income', code: l.key, amount: l.amount, name: l.name, basis: 'printed', rows: 1, src: [l.src] });
    }
  }
  return cells;
}

const TOTAL_NAMES: Record<Measure, string> = { total: '支出总计', basic: '基本支出', project: '项目支出' };

export function totalCells(b: Budget): Map<string, RawCell> {
  const cells = new Map<string, RawCell>();
  for (const m of ['total', 'basic', 'project'] as const) {
    cells.set(`total:${m}`, { section: 'total', code: m, amount: b.expenditure[m], name: TOTAL_NAMES[m], basis: 'printed', rows: 1, src: [b.expenditure.src] });
  }
  return cells;
}
