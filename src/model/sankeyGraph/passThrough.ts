/**
 * No column that carries no information: where a column holds one node that passes everything on unchanged
 * (inflow = outflow, exactly) and every band into it comes from a source that flows nowhere else, that column
 * is dropped. The sources become stacked segments of the one node, which moves into their column — e.g. the
 * 全部收入（来源未细分）pool of 001/002: 一般公共预算 and 上年结转 are drawn as the two parts of one bar, not as
 * a column of their own a quarter of the chart wide with the same total beside it. Nothing is lost: the folded
 * sources and their links are kept (the flow table and the tooltip list them); the view says it was done.
 * Gap (差额) sources are never folded: a difference stays a node of its own.
 */
import { dec, sum } from '../decimal';
import type { SankeyGraph, SankeyGraphLink, SankeyGraphNode } from './types';

/** The sources folded into one node: drawn as its segments, top to bottom, in their former column order. */
export interface SankeyFold {
  node: string;
  segments: { node: SankeyGraphNode; link: SankeyGraphLink }[];
}

export interface FoldedSankeyGraph extends SankeyGraph {
  folds: SankeyFold[];
}

export function dropPassThroughColumns(graph: SankeyGraph): FoldedSankeyGraph {
  let g: FoldedSankeyGraph = { ...graph, folds: [] };
  for (;;) {
    const next = foldOne(g);
    if (!next) return g;
    g = next;
  }
}

function foldOne(g: FoldedSankeyGraph): FoldedSankeyGraph | null {
  const columns = [...new Set(g.nodes.map((n) => n.column))].sort((a, b) => a - b);
  for (const c of columns) {
    const inColumn = g.nodes.filter((n) => n.column === c);
    const [only] = inColumn;
    if (!only || inColumn.length !== 1 || c === 0) continue;
    const ins = g.links.filter((l) => l.target === only.id);
    const outs = g.links.filter((l) => l.source === only.id);
    if (ins.length === 0 || outs.length === 0) continue;
    if (!sum(ins.map((l) => l.amount)).equals(sum(outs.map((l) => l.amount)))) continue;
    const left = g.nodes.filter((n) => n.column === c - 1).sort((a, b) => a.order - b.order);
    const sources = new Set(ins.map((l) => l.source));
    // The whole column to the left must be sources of this node alone, none of them a gap.
    const foldable = left.every(
      (n) =>
        sources.has(n.id) && n.kind !== 'gap' && !g.links.some((l) => l.target === n.id) && g.links.every((l) => l.source !== n.id || l.target === only.id),
    );
    if (!foldable || left.length !== sources.size) continue;
    const segments = left.flatMap((n) => {
      const link = ins.find((l) => l.source === n.id);
      return link && dec(link.amount).greaterThan(0) ? [{ node: n, link }] : [];
    });
    const gone = new Set(left.map((n) => n.id));
    const nodes = g.nodes
      .filter((n) => !gone.has(n.id))
      .map((n) => (n.id === only.id ? { ...n, column: c - 1, order: 0 } : n.column > c ? { ...n, column: n.column - 1 } : n));
    return { ...g, nodes, links: g.links.filter((l) => !gone.has(l.source)), folds: [...g.folds, { node: only.id, segments }] };
  }
  return null;
}
