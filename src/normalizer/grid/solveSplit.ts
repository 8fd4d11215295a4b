/**
 * Grid phase, 基本支出 / 项目支出 columns of flowing text: where a 功能分类 row prints two numbers for three
 * columns (合计 and one of 基本支出 / 项目支出, the other cell blank and dropped by the extraction), the
 * table's own sums say which: a parent's 项目支出 is the sum of its children's. Nothing is estimated: a
 * number is only given the column in which the printed parent totals require it, and a row no printed
 * total decides stays undecided (the reader keeps it raw and says so).
 *
 * Rules, applied until nothing changes:
 * - a parent whose 项目支出 (or 基本支出) is blank or zero puts every undecided child in the other column;
 * - an undecided row with a decided child takes that child's column (it has one non-blank split cell);
 * - a decided parent's undecided children: the one subset whose 合计 add up to the parent's 项目支出 (less
 *   its decided children's) goes to 项目支出, the rest to 基本支出 — exact first; within the printing
 *   precision of the parts only where no exact subset exists (a rounding gap such as 20701's 0.01).
 */
import Decimal from 'decimal.js';

export type Split = 'basic' | 'project';

export interface SplitNode {
  key: string;
  parent: string | null;
  /** The row's 合计. */
  total: string;
  /** Printed split where both or neither are known; undefined where undecided. */
  basic?: string | null;
  project?: string | null;
  /** For an undecided row: the one split number printed (equal to or less than the total). */
  single?: string;
}

const MAX_SUBSET = 18;

function subsets(values: readonly Decimal[], target: Decimal, tolerance: Decimal): number[] {
  const found: number[] = [];
  const n = values.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    let sum = new Decimal(0);
    for (let i = 0; i < n; i++) if (mask & (1 << i)) sum = sum.plus(values[i] ?? 0);
    if (sum.minus(target).abs().lte(tolerance)) {
      found.push(mask);
      if (found.length > 1) break;
    }
  }
  return found;
}

/** Decide the undecided rows; returns the decision per key (undecided keys are absent). */
export function solveSplit(nodes: readonly SplitNode[], precision: Decimal): Map<string, Split> {
  const decided = new Map<string, Split>();
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const kids = new Map<string, SplitNode[]>();
  for (const n of nodes) if (n.parent !== null) kids.set(n.parent, [...(kids.get(n.parent) ?? []), n]);
  const undecided = (n: SplitNode) => n.single !== undefined && !decided.has(n.key);
  const splitOf = (n: SplitNode): { basic: Decimal; project: Decimal } | null => {
    if (n.single === undefined) return { basic: new Decimal(n.basic ?? 0), project: new Decimal(n.project ?? 0) };
    const d = decided.get(n.key);
    if (!d) return null;
    return d === 'basic' ? { basic: new Decimal(n.single), project: new Decimal(0) } : { basic: new Decimal(0), project: new Decimal(n.single) };
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const n of nodes) {
      const children = kids.get(n.key) ?? [];
      const open = children.filter(undecided);
      const split = splitOf(n);
      if (undecided(n)) {
        const child = children.map(splitOf).find((s) => s !== null && (!s.basic.isZero() || !s.project.isZero()));
        if (child) {
          decided.set(n.key, child.project.isZero() ? 'basic' : 'project');
          changed = true;
        }
        continue;
      }
      if (!split || open.length === 0) continue;
      if (split.project.isZero() || split.basic.isZero()) {
        for (const c of open) decided.set(c.key, split.project.isZero() ? 'basic' : 'project');
        changed = true;
        continue;
      }
      if (open.length > MAX_SUBSET) continue;
      const values = open.map((c) => new Decimal(c.single ?? 0));
      for (const side of ['project', 'basic'] as const) {
        let residual = split[side];
        for (const c of children) {
          const s = splitOf(c);
          if (s && !undecided(c)) residual = residual.minus(s[side]);
        }
        let found = subsets(values, residual, new Decimal(0));
        if (found.length === 0) found = subsets(values, residual, precision.times(children.length + 1));
        if (found.length !== 1) continue;
        const mask = found[0] ?? 0;
        open.forEach((c, i) => {
          decided.set(c.key, (mask & (1 << i)) !== 0 ? side : side === 'project' ? 'basic' : 'project');
        });
        changed = true;
        break;
      }
    }
  }
  void byKey;
  return decided;
}
