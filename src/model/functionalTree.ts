/**
 * The 功能分类 (functional classification) tree of one budget: 类 (3-digit code) → 款 (5) → 项 (7),
 * built from Budget.functional. Pure; decimal sums only.
 *
 * Domain rules:
 * - Codes are strings; a 款's parent is the 类 with its first 3 digits, a 项's parent the 款 with its
 *   first 5 digits.
 * - A printed row keeps its printed figures. Where a parent's printed figure differs from the exact sum
 *   of its children, the node carries the difference (TreeNode.difference); nothing is adjusted.
 * - Where a document prints only 项 rows (per-unit tables such as 003 表三), the missing 款/类 are
 *   added with `printed: false` and exact sums of their children, so that the reader can still drill.
 * - The root's figures are the budget's printed 支出总计 (Budget.expenditure); the 类 rows may not
 *   add up to it (e.g. a table covering only 一般公共预算), and then the root carries the difference.
 */
import type { Amount, Budget, FunctionalLevel, FunctionalRow } from './types';
import { englishByPrinted, nameEnField } from './englishName';
import { dec, sum } from './decimal';
import { differences, NO_VALUES, sumChildren, toExact, type MeasureValues, type NodeLevel, type TreeNode } from './tree';

export interface FunctionalTreeOptions {
  /**
   * Build from the rows of this sub-unit (单位编码) only. By default the department-level rows
   * (no `unit`) are used; where the budget prints only per-unit rows, they are added up by code.
   */
  unit?: string;
}

export interface FunctionalTree {
  root: TreeNode;
  /** Which rows the tree was built from. */
  basis: 'department' | 'unitsAdded' | 'unit' | 'none';
  /** Codes printed more than once (same basis) with different figures: the first row is kept. */
  conflicts: string[];
}

export const LEVEL_BY_LENGTH: Readonly<Record<number, FunctionalLevel>> = { 3: 'lei', 5: 'kuan', 7: 'xiang' };

/** 款 → 类, 项 → 款: the parent is the code's first 3 or 5 digits; null for a 类. */
export function parentCode(code: string): string | null {
  if (code.length === 7) return code.slice(0, 5);
  if (code.length === 5) return code.slice(0, 3);
  return null;
}

function rowValues(r: FunctionalRow): MeasureValues {
  return { total: r.total, basic: r.basic, project: r.project };
}

function sameFigures(a: FunctionalRow, b: FunctionalRow): boolean {
  return dec(a.total).equals(dec(b.total)) && dec(a.basic).equals(dec(b.basic)) && dec(a.project).equals(dec(b.project));
}

interface Flat {
  code: string;
  name: string;
  level: FunctionalLevel;
  values: MeasureValues;
  printed: boolean;
  row?: FunctionalRow;
  /** 各单位同一科目相加: how many unit rows the figures add up (more than one). */
  unitRows?: number;
}

/** Pick the rows the tree stands on and reduce them to one entry per code. */
function flatten(
  rows: readonly FunctionalRow[],
  opts: FunctionalTreeOptions,
): {
  flat: Map<string, Flat>;
  basis: FunctionalTree['basis'];
  conflicts: string[];
} {
  const conflicts: string[] = [];
  const flat = new Map<string, Flat>();
  let basis: FunctionalTree['basis'];
  let chosen: FunctionalRow[];
  if (opts.unit !== undefined) {
    chosen = rows.filter((r) => r.unit === opts.unit);
    basis = 'unit';
  } else {
    chosen = rows.filter((r) => r.unit === undefined);
    basis = 'department';
    if (chosen.length === 0) {
      chosen = rows.filter((r) => r.unit !== undefined);
      basis = 'unitsAdded';
    }
  }
  if (chosen.length === 0) return { flat, basis: 'none', conflicts };

  if (basis === 'unitsAdded') {
    // 各单位同一科目相加: the department figure for a code is the exact sum over its units' rows.
    const byCode = new Map<string, FunctionalRow[]>();
    for (const r of chosen) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
    for (const [code, rs] of byCode) {
      const first = rs[0];
      if (!first) continue;
      const add = (k: 'total' | 'basic' | 'project'): Amount => toExact(sum(rs.map((r) => r[k])));
      flat.set(code, {
        code,
        name: first.name,
        level: first.level,
        values: { total: add('total'), basic: add('basic'), project: add('project') },
        printed: rs.length === 1,
        row: rs.length === 1 ? first : undefined,
        ...(rs.length > 1 ? { unitRows: rs.length } : {}),
      });
    }
    return { flat, basis, conflicts };
  }

  for (const r of chosen) {
    const prev = flat.get(r.code);
    if (prev?.row) {
      if (!sameFigures(prev.row, r) && !conflicts.includes(r.code)) conflicts.push(r.code);
      continue;
    }
    flat.set(r.code, { code: r.code, name: r.name, level: r.level, values: rowValues(r), printed: true, row: r });
  }
  return { flat, basis, conflicts };
}

/**
 * Name for a code the chosen rows do not print: the same code's name elsewhere in the budget (another
 * unit's rows, or the per-fund tables such as 一般公共预算支出表), if any.
 */
export function nameElsewhere(budget: Pick<Budget, 'functional' | 'functionalByFund'>, code: string): string {
  const hit = budget.functional.find((r) => r.code === code && r.name !== '');
  if (hit) return hit.name;
  for (const f of budget.functionalByFund ?? []) {
    const r = f.rows.find((x) => x.code === code && x.name !== '');
    if (r) return r.name;
  }
  return '';
}

export function buildFunctionalTree(budget: Budget, opts: FunctionalTreeOptions = {}): FunctionalTree {
  const { flat, basis, conflicts } = flatten(budget.functional, opts);

  // Add missing ancestors (款, 类) so every 项 has a path from the root.
  for (const code of [...flat.keys()]) {
    let p = parentCode(code);
    while (p !== null && !flat.has(p)) {
      const level = LEVEL_BY_LENGTH[p.length] ?? 'lei';
      flat.set(p, { code: p, name: nameElsewhere(budget, p), level, values: NO_VALUES, printed: false });
      p = parentCode(p);
    }
  }

  // English names by printed name: a 类 named from elsewhere in the budget gets that row's English too.
  const english = englishByPrinted([...budget.functional, ...(budget.functionalByFund ?? []).flatMap((x) => x.rows)]);
  const nodes = new Map<string, TreeNode>();
  for (const f of flat.values()) {
    nodes.set(f.code, {
      key: f.code,
      code: f.code,
      name: f.name,
      ...nameEnField(english.get(f.name)),
      level: f.level as NodeLevel,
      values: f.values,
      printed: f.printed,
      children: [],
      childrenSum: NO_VALUES,
      difference: NO_VALUES,
      ...(f.row ? { src: f.row.src } : {}),
      ...(opts.unit !== undefined ? { unitCode: opts.unit } : {}),
      ...(f.unitRows !== undefined ? { unitRows: f.unitRows } : {}),
    });
  }

  const root = rootNode(budget, opts);

  // Codes sort in printed order (201 < 20101 < 2010101 < 202 …) and string order keeps leading zeros.
  const codes = [...nodes.keys()].sort();
  for (const code of codes) {
    const node = nodes.get(code);
    if (!node) continue;
    const p = parentCode(code);
    const parent = p !== null ? nodes.get(p) : undefined;
    (parent ?? root).children.push(node);
  }

  finish(root);
  return { root, basis, conflicts };
}

/**
 * The root stands for the whole budget (支出总计 as printed) or, for one unit, for that unit's printed
 * totals where a table gives them; otherwise it is the sum of its 类.
 */
function rootNode(budget: Budget, opts: FunctionalTreeOptions): TreeNode {
  const base = { key: 'root', code: '', level: 'root' as const, children: [], childrenSum: NO_VALUES, difference: NO_VALUES };
  if (opts.unit === undefined) {
    const exp = budget.expenditure;
    return {
      ...base,
      name: budget.department,
      ...nameEnField(budget.departmentEn),
      values: { total: exp.total, basic: exp.basic, project: exp.project },
      printed: true,
      src: exp.src,
    };
  }
  const unit = budget.units.find((u) => u.code === opts.unit);
  if (unit?.total !== undefined) {
    return {
      ...base,
      name: unit.name,
      ...nameEnField(unit.nameEn),
      values: { total: unit.total, basic: unit.basic ?? null, project: unit.project ?? null },
      printed: true,
      src: unit.src,
      unitCode: unit.code,
    };
  }
  return { ...base, name: unit?.name ?? opts.unit, ...nameEnField(unit?.nameEn), values: NO_VALUES, printed: false, unitCode: opts.unit };
}

/** Post-order: fill sums for every parent, values for unprinted parents, and printed − sum differences. */
function finish(node: TreeNode): void {
  for (const c of node.children) finish(c);
  if (node.children.length === 0) return;
  node.childrenSum = sumChildren(node.children);
  if (!node.printed) node.values = node.childrenSum;
  else node.difference = differences(node.values, node.childrenSum);
}
