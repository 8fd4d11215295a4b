/**
 * A budget hierarchy the treemap can draw: 功能分类 类→款→项 (functionalTree.ts) or 单位→项目
 * (projectTree.ts). Pure data, decimal strings only; no React, no DOM.
 */
import type { Amount, SourceRef } from './types';
import { dec, share, sum, toAmount, type Dec } from './decimal';

/** What a cell's area stands for: 支出合计, 基本支出 or 项目支出. */
export type Measure = 'total' | 'basic' | 'project';
export const MEASURES: readonly Measure[] = ['total', 'basic', 'project'];

export type NodeLevel = 'root' | 'lei' | 'kuan' | 'xiang' | 'unit' | 'project';

export type MeasureValues = Record<Measure, Amount | null>;

export interface TreeNode {
  /** Unique within its tree: the 功能分类 code, a unit key or a project id. */
  key: string;
  /** Code as printed ("2060101", "550004"); "" where none is printed. */
  code: string;
  name: string;
  /** English name beside the printed one (data/names-en.json); absent for a misprint or a name without English. */
  nameEn?: string;
  level: NodeLevel;
  /**
   * Figures for each measure. As printed where `printed` is true; where the document prints no
   * row for this node (a 类 or 款 above per-unit 项 rows), the exact sum of its children.
   * null where the measure does not apply (a project has no 基本支出).
   */
  values: MeasureValues;
  /** False where the node has no printed row and its figures are sums of its children. */
  printed: boolean;
  children: TreeNode[];
  /** Exact sum of the children for each measure; null for a leaf. */
  childrenSum: MeasureValues;
  /**
   * Printed figure − sum of children, where the node is printed and has children and they differ;
   * otherwise null. We keep the printed figure and show this difference; we never adjust either.
   */
  difference: MeasureValues;
  src?: SourceRef;
  /** Where this node also stands for a sub-unit (单位编码), e.g. in the project tree. */
  unitCode?: string;
  /**
   * Where the figures are the exact sum of this code's rows printed once per sub-unit (功能分类 printed
   * only per unit, 003 表三): how many unit rows were added. See sumBasis.ts.
   */
  unitRows?: number;
}

export const NO_VALUES: Readonly<MeasureValues> = Object.freeze({ total: null, basic: null, project: null });

/** Exact sums of children's values per measure; a measure is null only if every child lacks it. */
export function sumChildren(children: readonly TreeNode[]): MeasureValues {
  const out: MeasureValues = { total: null, basic: null, project: null };
  if (children.length === 0) return out;
  for (const m of ['total', 'basic', 'project'] as const) {
    const present = children.map((c) => c.values[m]).filter((v): v is Amount => v !== null);
    if (present.length > 0) out[m] = toAmount(sum(present));
  }
  return out;
}

/** printed − sum where both exist and differ, else null. */
export function differences(values: MeasureValues, sums: MeasureValues): MeasureValues {
  const out: MeasureValues = { total: null, basic: null, project: null };
  for (const m of ['total', 'basic', 'project'] as const) {
    const v = values[m];
    const s = sums[m];
    if (v === null || s === null) continue;
    const d = dec(v).minus(dec(s));
    if (!d.isZero()) out[m] = toExact(d);
  }
  return out;
}

/** Exact decimal as an amount string with at least two decimals (decimal.ts toAmount, under the name the trees use). */
export const toExact: (d: Dec) => Amount = toAmount;

/** The node's figure for a measure: printed, else (where the printed row lacks it) its children's sum. */
export function measureValue(node: TreeNode, measure: Measure): Amount | null {
  return node.values[measure] ?? node.childrenSum[measure];
}

/** Share (percent) of a node's value in another node's value for the measure; null where undefined. */
export function nodeShare(node: TreeNode, whole: TreeNode, measure: Measure): Dec | null {
  const part = measureValue(node, measure);
  const w = measureValue(whole, measure);
  if (part === null || w === null) return null;
  return share(part, w);
}

/** Depth-first search by key. */
export function findNode(root: TreeNode, key: string): TreeNode | null {
  if (root.key === key) return root;
  for (const c of root.children) {
    const hit = findNode(c, key);
    if (hit) return hit;
  }
  return null;
}

export type PathResult =
  | { ok: true; nodes: TreeNode[] }
  /** `nodes` is the longest valid prefix (starting at the root); `bad` the first key that failed. */
  | { ok: false; nodes: TreeNode[]; bad: string };

/**
 * Resolve a drill path (keys below the root, outermost first) to the chain of nodes, root included.
 * A path from a URL may be stale or hostile: stop at the first key that is not a child of the last node.
 */
export function resolvePath(root: TreeNode, path: readonly string[]): PathResult {
  const nodes: TreeNode[] = [root];
  let cur = root;
  for (const key of path) {
    const next = cur.children.find((c) => c.key === key);
    if (!next) return { ok: false, nodes, bad: key };
    nodes.push(next);
    cur = next;
  }
  return { ok: true, nodes };
}

/** Number of levels below the root (a root with only leaves has depth 1). */
export function treeDepth(node: TreeNode): number {
  if (node.children.length === 0) return 0;
  return 1 + Math.max(...node.children.map(treeDepth));
}

/**
 * Children the treemap cannot draw for a measure: no figure, zero or negative (an area is never negative).
 * The view lists them in a note so that nothing printed is silently left out.
 */
export function undrawnChildren(node: TreeNode, measure: Measure): TreeNode[] {
  return node.children.filter((c) => {
    const v = measureValue(c, measure);
    return v === null || !dec(v).greaterThan(0);
  });
}

/**
 * The printed figure of a node against the exact sum of its children: 'over' where the parent prints more
 * than its children add up to, 'under' where less; `amount` is the exact size of the gap (never rounded:
 * a 元 document's gap may have more than two decimals). null where they agree or either is missing.
 */
export function parentGap(node: TreeNode, measure: Measure): { side: 'over' | 'under'; amount: Amount } | null {
  const d = node.difference[measure];
  if (d === null) return null;
  const v = dec(d);
  if (v.isZero()) return null;
  return { side: v.greaterThan(0) ? 'over' : 'under', amount: toExact(v.abs()) };
}
