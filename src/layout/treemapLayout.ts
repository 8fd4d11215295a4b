/**
 * Treemap geometry: model tree → rectangles. Wraps d3-hierarchy's squarified treemap and returns plain
 * objects. Numbers here are pixels (toGeometry), never added back up into figures.
 */
import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';
import { toGeometry } from '../model/decimal';
import { measureValue, type Measure, type TreeNode } from '../model/tree';

export interface TreemapInput {
  key: string;
  /** Area weight (pixels are proportional to it); leaves only, parents are the sum of their children. */
  value: number;
  children?: TreemapInput[];
}

export interface TreemapRect {
  key: string;
  /** 1 for the children of the laid-out root, 2 for theirs … */
  depth: number;
  parentKey: string | null;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  value: number;
  leaf: boolean;
}

export interface TreemapLayout {
  width: number;
  height: number;
  nodes: TreemapRect[];
}

export interface TreemapOptions {
  /** Gap between sibling cells, px. */
  paddingInner?: number;
}

function check(n: TreemapInput, path: string): void {
  if (!Number.isFinite(n.value) || n.value < 0) throw new Error(`treemap: ${path}/${n.key} has value ${n.value}`);
  for (const c of n.children ?? []) check(c, `${path}/${n.key}`);
}

function clone(n: TreemapInput): TreemapInput {
  return { key: n.key, value: n.value, ...(n.children ? { children: n.children.map(clone) } : {}) };
}

/**
 * Lay out every node below `tree` in a width × height box. The input is cloned (d3 writes into the
 * hierarchy it builds) and checked: negative or non-finite values are a programming error.
 * Siblings are ordered by value, largest first, then by key, so equal inputs give equal layouts.
 */
export function layoutTreemap(tree: TreemapInput, size: { width: number; height: number }, opts: TreemapOptions = {}): TreemapLayout {
  check(tree, '');
  const width = Math.max(0, size.width);
  const height = Math.max(0, size.height);
  const root = hierarchy(clone(tree), (d) => d.children)
    .sum((d) => (d.children && d.children.length > 0 ? 0 : d.value))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || (a.data.key < b.data.key ? -1 : a.data.key > b.data.key ? 1 : 0));
  const laid = treemap<TreemapInput>()
    .tile(treemapSquarify)
    .size([width, height])
    .paddingInner(opts.paddingInner ?? 2)(root);
  const nodes: TreemapRect[] = laid
    .descendants()
    .filter((n) => n.depth > 0 && (n.value ?? 0) > 0)
    .map((n) => ({
      key: n.data.key,
      depth: n.depth,
      parentKey: n.parent && n.parent.depth > 0 ? n.parent.data.key : null,
      x0: n.x0,
      y0: n.y0,
      x1: n.x1,
      y1: n.y1,
      value: n.value ?? 0,
      leaf: !n.children || n.children.length === 0,
    }));
  return { width, height, nodes };
}

/** Key of the cell standing for the part of a printed total that its printed items do not cover. */
export const gapKey = (parentKey: string): string => `gap:${parentKey}`;

export interface TreemapLevel {
  input: TreemapInput;
  /** Children not drawn because their figure for the measure is zero, negative or missing. */
  omitted: TreeNode[];
  /** Printed figure − sum of items, drawn as its own cell where positive. */
  gap: number | null;
}

/**
 * One drill level as treemap input: the children of `focus` sized by `measure`. Where the focus is
 * printed with a figure larger than the sum of its items, the remainder gets its own cell (gapKey) so
 * that areas stay true to the printed total; a smaller figure is reported by the caller, not drawn.
 */
export function treemapLevel(focus: TreeNode, measure: Measure): TreemapLevel {
  const children: TreemapInput[] = [];
  const omitted: TreeNode[] = [];
  for (const c of focus.children) {
    const v = measureValue(c, measure);
    const px = v === null ? 0 : toGeometry(v);
    if (px > 0) children.push({ key: c.key, value: px });
    else omitted.push(c);
  }
  const diff = focus.difference[measure];
  const gap = diff !== null && toGeometry(diff) > 0 && focus.children.length > 0 ? toGeometry(diff) : null;
  if (gap !== null) children.push({ key: gapKey(focus.key), value: gap });
  return { input: { key: focus.key, value: 0, children }, omitted, gap };
}
