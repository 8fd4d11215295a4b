/**
 * Sankey geometry: a graph of exact amounts → plain objects with pixel positions. Wraps d3-sankey.
 *
 * Why a wrapper:
 * - d3-sankey mutates its input (replaces link ends by node objects, adds x0/y0 …): we hand it clones and
 *   return fresh plain objects, so the model graph stays immutable and memoisable.
 * - d3-sankey sizes a node by max(inflow, outflow), so a node whose flows do not balance silently grows. We
 *   compare inflow and outflow of every middle node exactly (decimal strings, not the pixel numbers) and
 *   return each difference as an imbalance flag for the view to show; nothing is evened out.
 * - Negative amounts cannot be drawn as flows: they are rejected (SankeyInputError), as are unknown node ids,
 *   duplicate ids and cycles.
 * Amounts become numbers (toGeometry) only for pixel sizes here; every figure shown stays the decimal string.
 */
import { sankey, type SankeyGraph as D3Graph, type SankeyLink as D3Link, type SankeyNode as D3Node } from 'd3-sankey';
import type { Amount } from '../model/types';
import { dec, sum, toAmount, toGeometry } from '../model/decimal';

export interface SankeyLayoutInput {
  nodes: readonly { id: string; column: number; order: number }[];
  links: readonly { source: string; target: string; amount: Amount }[];
  /**
   * Rounding gaps (舍入差异) the model says in text instead of drawing (SankeyGraph.roundings): a node whose
   * inflow − outflow is exactly one of these differences is not flagged; any other difference still is.
   */
  roundings?: readonly { node: string; difference: Amount }[];
}

export interface SankeyLayoutOptions {
  width: number;
  height: number;
  /** Pixel insets: the area nodes may occupy is [left, width − right] × [top, height − bottom]. */
  margin?: { top: number; right: number; bottom: number; left: number };
  nodeWidth?: number;
  /** Minimum vertical gap between nodes of a column (d3-sankey shrinks it only if the height is too small). */
  nodePadding?: number;
  iterations?: number;
  /**
   * Move every column up to the top margin (keeping its nodes' order and spacing). For a chart taller than its
   * box (a long 款 column, scrolled inside): d3-sankey centres a short column on the tall one, which would leave
   * the income and spending columns out of sight below an empty top.
   */
  packTop?: boolean;
  /**
   * Per column, the px right of its nodes kept free of bands (a lane for the node labels): the column's
   * outgoing bands start at x1 + lane instead of x1, so a label there is never drawn over a flow. With lanes,
   * columns are no longer evenly spaced: the bands of every gap get the same length (what is left of the width
   * after nodes and lanes), a wide lane moves the columns after it right. Only x changes: d3-sankey's
   * vertical layout depends on columns, not on their x.
   */
  lanes?: readonly number[];
}

export interface SankeyImbalance {
  id: string;
  inflow: Amount;
  outflow: Amount;
  /** inflow − outflow, exact. */
  difference: Amount;
}

export interface LaidOutNode {
  id: string;
  column: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  inflow: Amount;
  outflow: Amount;
  /** Set where inflow ≠ outflow at a middle node: the drawn height (max of the two) overstates one side. */
  imbalance?: SankeyImbalance;
}

export interface LaidOutLink {
  id: string;
  source: string;
  target: string;
  amount: Amount;
  /** Stroke width in px (proportional to amount). */
  width: number;
  /** Centre y of the link at its source and target ends. */
  y0: number;
  y1: number;
  /** x where the band starts (the source node's right edge, plus its column's lane) and the target node's left edge. */
  x0: number;
  x1: number;
  /** SVG path of the link's centre line (a horizontal cubic Bézier), for a stroke of `width`. */
  path: string;
  /**
   * The band as a filled area (top edge out, bottom edge back). Unlike a thick stroke it keeps its width
   * when a wide band bends over a short distance (columns close together on a phone).
   */
  area: string;
}

export interface SankeyLayout {
  width: number;
  height: number;
  nodes: LaidOutNode[];
  links: LaidOutLink[];
  imbalances: SankeyImbalance[];
  /** Pixels per unit of amount (the budget’s 元 or 万元): the same for every node and link. */
  scale: number;
}

export class SankeyInputError extends Error {
  constructor(
    readonly code: 'NEGATIVE_AMOUNT' | 'UNKNOWN_NODE' | 'DUPLICATE_NODE' | 'CYCLE' | 'BAD_SIZE',
    message: string,
  ) {
    super(message);
    this.name = 'SankeyInputError';
  }
}

interface NodeDatum {
  id: string;
  column: number;
  order: number;
}
interface LinkDatum {
  id: string;
  amount: Amount;
}

/** Horizontal cubic Bézier from (x0, y0) to (x1, y1), control points at mid-x (as d3.sankeyLinkHorizontal). */
export function linkPath(x0: number, y0: number, x1: number, y1: number): string {
  const xm = (x0 + x1) / 2;
  return `M${r(x0)},${r(y0)}C${r(xm)},${r(y0)} ${r(xm)},${r(y1)} ${r(x1)},${r(y1)}`;
}

/** A filled band of width w between the two centre points. */
export function linkArea(x0: number, y0: number, x1: number, y1: number, w: number): string {
  const xm = (x0 + x1) / 2;
  const h = w / 2;
  return (
    `M${r(x0)},${r(y0 - h)}C${r(xm)},${r(y0 - h)} ${r(xm)},${r(y1 - h)} ${r(x1)},${r(y1 - h)}` +
    `L${r(x1)},${r(y1 + h)}C${r(xm)},${r(y1 + h)} ${r(xm)},${r(y0 + h)} ${r(x0)},${r(y0 + h)}Z`
  );
}

function r(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Exact inflow/outflow per node and the imbalance of every node that has both. */
export function checkBalance(input: SankeyLayoutInput): { flows: Map<string, { inflow: Amount; outflow: Amount }>; imbalances: SankeyImbalance[] } {
  const ins = new Map<string, Amount[]>();
  const outs = new Map<string, Amount[]>();
  for (const l of input.links) {
    ins.set(l.target, [...(ins.get(l.target) ?? []), l.amount]);
    outs.set(l.source, [...(outs.get(l.source) ?? []), l.amount]);
  }
  const flows = new Map<string, { inflow: Amount; outflow: Amount }>();
  const imbalances: SankeyImbalance[] = [];
  for (const n of input.nodes) {
    const i = ins.get(n.id) ?? [];
    const o = outs.get(n.id) ?? [];
    const inflow = sum(i);
    const outflow = sum(o);
    flows.set(n.id, { inflow: toAmount(inflow), outflow: toAmount(outflow) });
    // Sources (no inflow) and sinks (no outflow) balance trivially; a middle node must pass on what it gets.
    const said = (input.roundings ?? []).some((r) => r.node === n.id && dec(r.difference).equals(inflow.minus(outflow)));
    if (i.length > 0 && o.length > 0 && !inflow.equals(outflow) && !said) {
      imbalances.push({ id: n.id, inflow: toAmount(inflow), outflow: toAmount(outflow), difference: toAmount(inflow.minus(outflow)) });
    }
  }
  return { flows, imbalances };
}

function validate(input: SankeyLayoutInput, opts: SankeyLayoutOptions): void {
  if (!(opts.width > 0) || !(opts.height > 0)) {
    throw new SankeyInputError('BAD_SIZE', `size must be positive: ${opts.width}×${opts.height}`);
  }
  const ids = new Set<string>();
  for (const n of input.nodes) {
    if (ids.has(n.id)) throw new SankeyInputError('DUPLICATE_NODE', `duplicate node id: ${n.id}`);
    ids.add(n.id);
  }
  for (const l of input.links) {
    if (dec(l.amount).isNegative()) {
      throw new SankeyInputError('NEGATIVE_AMOUNT', `negative flow ${l.source} → ${l.target}: ${l.amount}`);
    }
    for (const end of [l.source, l.target]) {
      if (!ids.has(end)) throw new SankeyInputError('UNKNOWN_NODE', `link ${l.source} → ${l.target}: no node ${end}`);
    }
  }
}

/** The left x of every column when each keeps a lane for labels: bands of equal length between them. */
function laneColumns(nodes: readonly { column: number }[], lanes: readonly number[], left: number, right: number, nodeWidth: number): Map<number, number> {
  const last = Math.max(0, ...nodes.map((n) => n.column));
  let lanesSum = 0;
  for (let c = 0; c < last; c++) lanesSum += lanes[c] ?? 0;
  const band = last > 0 ? (right - left - (last + 1) * nodeWidth - lanesSum) / last : 0;
  if (band < 0) throw new SankeyInputError('BAD_SIZE', `lanes of ${lanesSum} px leave no room for the bands in ${right - left} px`);
  const out = new Map<number, number>();
  let x = left;
  for (let c = 0; c <= last; c++) {
    out.set(c, x);
    x += nodeWidth + (lanes[c] ?? 0) + band;
  }
  return out;
}

export function layoutSankey(input: SankeyLayoutInput, opts: SankeyLayoutOptions): SankeyLayout {
  validate(input, opts);
  const { flows, imbalances } = checkBalance(input);
  const margin = opts.margin ?? { top: 0, right: 0, bottom: 0, left: 0 };

  // Clones: d3-sankey writes into these. Zero links are not drawn (they would be 0 px and unreachable).
  const nodes: NodeDatum[] = input.nodes.map((n) => ({ id: n.id, column: n.column, order: n.order }));
  const links = input.links
    .filter((l) => !dec(l.amount).isZero())
    .map((l) => ({ source: l.source, target: l.target, value: toGeometry(l.amount), id: `${l.source}-${l.target}`, amount: l.amount }));

  const generator = sankey<NodeDatum, LinkDatum>()
    .nodeId((d) => d.id)
    // Columns come from the model (income | pool | spending | 类 | 款), not from graph depth: a sink such as the
    // 来源未细分 node stays in its column instead of being pushed to the far right. (d3 clamps a column to the
    // graph's depth; the model only uses columns reached by a path from the left, so none is clamped.)
    .nodeAlign((d) => d.column)
    .nodeSort((a, b) => a.order - b.order)
    .nodeWidth(opts.nodeWidth ?? 12)
    .nodePadding(opts.nodePadding ?? 12)
    .iterations(opts.iterations ?? 6)
    .extent([
      [margin.left, margin.top],
      [opts.width - margin.right, opts.height - margin.bottom],
    ]);

  let graph: D3Graph<NodeDatum, LinkDatum>;
  try {
    graph = generator({ nodes, links });
  } catch (e) {
    if (e instanceof Error && /circular/.test(e.message)) throw new SankeyInputError('CYCLE', 'the graph has a cycle');
    throw e;
  }

  // Per column, how far packTop moves it (0 without packTop): links move with their ends.
  const lift = new Map<number, number>();
  if (opts.packTop) {
    for (const n of graph.nodes) lift.set(n.column, Math.min(lift.get(n.column) ?? Number.POSITIVE_INFINITY, n.y0 ?? 0));
    for (const [col, top] of lift) lift.set(col, Math.min(0, margin.top - top));
  }
  const dy = (column: number) => lift.get(column) ?? 0;
  const columnX = opts.lanes ? laneColumns(graph.nodes, opts.lanes, margin.left, opts.width - margin.right, opts.nodeWidth ?? 12) : null;
  const outNodes: LaidOutNode[] = graph.nodes.map((n) => {
    const f = flows.get(n.id) ?? { inflow: '0.00' as Amount, outflow: '0.00' as Amount };
    const imbalance = imbalances.find((i) => i.id === n.id);
    return {
      id: n.id,
      column: n.column,
      x0: columnX?.get(n.column) ?? n.x0 ?? 0,
      x1: (columnX?.get(n.column) ?? n.x0 ?? 0) + ((n.x1 ?? 0) - (n.x0 ?? 0)),
      y0: (n.y0 ?? 0) + dy(n.column),
      y1: (n.y1 ?? 0) + dy(n.column),
      inflow: f.inflow,
      outflow: f.outflow,
      ...(imbalance ? { imbalance } : {}),
    };
  });
  const byId = new Map(outNodes.map((n) => [n.id, n]));
  const outLinks: LaidOutLink[] = (graph.links as D3Link<NodeDatum, LinkDatum>[]).map((l) => {
    const s = l.source as D3Node<NodeDatum, LinkDatum>;
    const t = l.target as D3Node<NodeDatum, LinkDatum>;
    const sx = (byId.get(s.id)?.x1 ?? 0) + (opts.lanes?.[s.column] ?? 0);
    const tx = byId.get(t.id)?.x0 ?? 0;
    const y0 = (l.y0 ?? 0) + dy(s.column);
    const y1 = (l.y1 ?? 0) + dy(t.column);
    const width = l.width ?? 0;
    return {
      id: l.id,
      source: s.id,
      target: t.id,
      amount: l.amount,
      width,
      y0,
      y1,
      x0: sx,
      x1: tx,
      path: linkPath(sx, y0, tx, y1),
      area: linkArea(sx, y0, tx, y1, width),
    };
  });

  // One scale for all: px per unit of amount, read off any node with a value (d3 uses one ky for the whole chart).
  const sample = graph.nodes.find((n) => (n.value ?? 0) > 0);
  const scale = sample?.value ? ((sample.y1 ?? 0) - (sample.y0 ?? 0)) / sample.value : 0;

  return { width: opts.width, height: opts.height, nodes: outNodes, links: outLinks, imbalances, scale };
}
