/**
 * Everything the Sankey view draws, computed in one pure function (paired with useSankey, nivo style):
 * graph (model) → label wrapping → node padding and height → layoutSankey (geometry) → render items.
 *
 * Labels never overlap: every label sits to the right of its node, wrapped to the space before the next column
 * (the last column gets a reserved right margin), and the node padding is at least the tallest label block, so
 * that two neighbouring labels in a column, each centred on its node, are always apart.
 *
 * A column that only passes everything through (the 全部收入 pool of 001/002) is dropped: its sources are drawn as
 * segments of the one node (model/sankeyGraph/passThrough.ts). Gaps within the printing precision are not drawn
 * (SankeyGraph.roundings): the view says them in text. Tall charts (款) are capped in height and scroll inside
 * (MAX_HEIGHT), the chart itself keeps its scale.
 *
 * Phones (narrow): fewer columns. The chart is split into two stacked parts — income → 基本/项目支出, then
 * 基本/项目支出 → 经济分类 (→ 款) — drawn at one common scale (px per unit of the budget’s amounts, 元 or 万元), so that a band is as wide in
 * either part.
 */
import {
  buildSankeyGraph,
  dropPassThroughColumns,
  type FoldedSankeyGraph,
  type SankeyGraph,
  type SankeyGraphLink,
  type SankeyGraphNode,
  type SankeyIssue,
  type SankeyRounding,
} from '../../model/sankeyGraph';
import {
  checkBalance,
  layoutSankey,
  SankeyInputError,
  type LaidOutLink,
  type LaidOutNode,
  type SankeyImbalance,
  type SankeyLayout,
} from '../../layout/sankeyLayout';
import { formatAmount } from '../../model/format';
import { toGeometry } from '../../model/decimal';
import type { Budget } from '../../model/types';
import { fail, ok, type Result } from '../../model/result';
import { nodeLabel, type SankeyWords } from './words';
import { orderSankeyNodes } from './sankeyOrder';
import { nodeColor } from '../palette';
import { textWidth, wrapAmount, wrapText } from '../text';

export interface SankeyOptions {
  width: number;
  /** Node labels and notes in the page's language (from the app's catalog). */
  words: SankeyWords;
  /** Show the 款 column. */
  kuan: boolean;
}

export interface SankeyNodeItem {
  node: SankeyGraphNode;
  box: LaidOutNode;
  color: string;
  label: string;
  lines: string[];
  amountText: string;
  /** The amount wrapped to the label's room (a long 元 figure breaks after a thousands separator). */
  amountLines: string[];
  /** Label anchor (text-anchor start) and the top of the label block. */
  labelX: number;
  labelTop: number;
  /** Shown already in an earlier part (the spending nodes that join the two halves on a phone). */
  repeated: boolean;
  /** Sources folded into this node (a dropped pass-through column), drawn as stacked segments, top first. */
  segments: SankeySegmentItem[];
}

export interface SankeySegmentItem {
  node: SankeyGraphNode;
  link: SankeyGraphLink;
  y0: number;
  y1: number;
  color: string;
  label: string;
  /** "一般公共预算 5,911.03" wrapped to the label's room, listed under the node's own label. */
  lines: string[];
}

export interface SankeyLinkItem {
  link: SankeyGraphLink;
  geom: LaidOutLink;
  color: string;
}

export interface SankeyPart {
  key: 'all' | 'income' | 'spending';
  graph: FoldedSankeyGraph;
  layout: SankeyLayout;
  nodes: SankeyNodeItem[];
  links: SankeyLinkItem[];
  width: number;
  height: number;
}

/** The drawn Sankey: one part on a wide screen, two stacked on a narrow one. */
export interface SankeyChart {
  parts: SankeyPart[];
  incomeRule: SankeyGraph['incomeRule'];
  issues: SankeyIssue[];
  /** Gaps within the printing precision, not drawn: said in text under the chart (once each). */
  roundings: SankeyRounding[];
  /** Nodes whose pass-through column was dropped (their sources became segments), once each. */
  folded: string[];
  imbalances: SankeyImbalance[];
  width: number;
  fontSize: number;
  lineHeight: number;
  narrow: boolean;
}

/** The chart, or why there is none ('empty', or the layout's refusal: an unbalanced or negative flow). */
export type ComputedSankey = Result<SankeyChart>;

export const NARROW_WIDTH = 640;
/** The most a part is shown tall before it scrolls inside its box (px): a 款 chart can be thousands of px. */
export const MAX_HEIGHT = { wide: 720, narrow: 560 } as const;

export function computeSankey(budget: Budget, opts: SankeyOptions): ComputedSankey {
  const width = Math.max(280, Math.floor(opts.width));
  const narrow = width < NARROW_WIDTH;
  try {
    const built: { key: SankeyPart['key']; graph: SankeyGraph }[] = narrow
      ? [
          { key: 'income', graph: buildSankeyGraph(budget, { toSpending: true }) },
          { key: 'spending', graph: buildSankeyGraph(budget, { kuan: opts.kuan, fromSpending: true }) },
        ]
      : [{ key: 'all', graph: buildSankeyGraph(budget, { kuan: opts.kuan }) }];
    const graphs = built.map((g) => ({ key: g.key, graph: ordered(dropPassThroughColumns(g.graph)) }));
    const drawn = graphs.filter((g) => g.graph.links.length > 0);
    if (drawn.length === 0) return fail('empty');

    const fontSize = narrow ? 11 : 12;
    const lineHeight = Math.round(fontSize * 1.3);
    const preps = drawn.map((g) => prepare(g.graph, width, narrow, fontSize, lineHeight, opts.words));
    // One scale for every part: the fullest column of any part gets the value space.
    const valueSpace = narrow ? 240 : 320;
    const maxSum = Math.max(...preps.flatMap((p) => [...p.columnSums.values()]));
    const k = maxSum > 0 ? valueSpace / maxSum : 1;

    const seen = new Set<string>();
    const parts = drawn.map((g, i) => {
      const prep = preps[i];
      if (!prep) throw new Error('unreachable');
      const part = finish(g.key, prep, k, seen, narrow ? MAX_HEIGHT.narrow : MAX_HEIGHT.wide);
      for (const n of part.nodes) seen.add(n.node.id);
      return part;
    });

    const issues: SankeyIssue[] = [];
    for (const g of drawn) {
      for (const is of g.graph.issues) {
        if (!issues.some((x) => x.code === is.code && x.subject === is.subject)) issues.push(is);
      }
    }
    const roundings: SankeyRounding[] = [];
    for (const g of drawn) {
      for (const r of g.graph.roundings) {
        if (!roundings.some((x) => x.kind === r.kind && x.node === r.node && x.subject === r.subject)) roundings.push(r);
      }
    }
    const folded = [...new Set(drawn.flatMap((g) => g.graph.folds.map((f) => f.node)))];
    const imbalances = parts.flatMap((p) => p.layout.imbalances);
    const incomeRule = graphs[0]?.graph.incomeRule ?? 'none';
    return ok({ parts, incomeRule, issues, roundings, folded, imbalances, width, fontSize, lineHeight, narrow });
  } catch (e) {
    const msg = e instanceof SankeyInputError ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
    return fail(msg);
  }
}

/** The graph with each column sorted to reduce band crossings (sankeyOrder.ts); links and figures untouched. */
function ordered(graph: FoldedSankeyGraph): FoldedSankeyGraph {
  return { ...graph, nodes: orderSankeyNodes(graph.nodes, graph.links) };
}

interface Prep {
  graph: FoldedSankeyGraph;
  width: number;
  fontSize: number;
  lineHeight: number;
  nodeWidth: number;
  gapToLabel: number;
  rightRoom: number;
  nodePadding: number;
  marginY: number;
  labels: Map<string, string>;
  wrapped: Map<string, string[]>;
  amountWrapped: Map<string, string[]>;
  /** A node's amount as shown (words.formatAmount). */
  amountText: (n: SankeyGraphNode) => string;
  /** The folded sources' label lines, per node that has segments. */
  segmentWrapped: Map<string, { label: string; lines: string[] }[]>;
  /** Σ node values per column (as d3-sankey sizes them: max of inflow and outflow), in the budget’s unit. */
  columnSums: Map<number, number>;
  columnCounts: Map<number, number>;
}

function prepare(graph: FoldedSankeyGraph, width: number, narrow: boolean, fontSize: number, lineHeight: number, words: SankeyWords): Prep {
  const nodeWidth = narrow ? 8 : 12;
  const gapToLabel = 4;
  const columns = Math.max(...graph.nodes.map((n) => n.column)) + 1;
  const lastCol = columns - 1;

  const labels = new Map(graph.nodes.map((n) => [n.id, nodeLabel(n, words)]));
  // Node labels and amounts are set in the regular weight.
  const font = { size: fontSize, weight: 'normal' } as const;
  const shown = words.formatAmount ?? formatAmount;
  const amountText = (n: SankeyGraphNode) => shown(n.amount);

  // Room for the last column's labels: as wide as its longest label (and amount), within a share of the width.
  const lastNatural = Math.max(
    0,
    ...graph.nodes.filter((n) => n.column === lastCol).map((n) => Math.max(textWidth(labels.get(n.id) ?? '', font), textWidth(amountText(n), font))),
  );
  const maxShare = narrow ? (columns <= 2 ? 0.5 : 0.4) : 0.24;
  const rightRoom = Math.ceil(Math.min(lastNatural, width * maxShare) + gapToLabel + 4);
  const innerWidth = width - rightRoom;
  const step = columns > 1 ? (innerWidth - nodeWidth) / (columns - 1) : innerWidth;
  const middleRoom = Math.max(40, step - nodeWidth - gapToLabel - 8);

  const wrapped = new Map<string, string[]>();
  const amountWrapped = new Map<string, string[]>();
  const segmentWrapped = new Map<string, { label: string; lines: string[] }[]>();
  let tallest = 0;
  for (const n of graph.nodes) {
    const room = n.column === lastCol ? rightRoom - gapToLabel - 4 : middleRoom;
    const lines = wrapText(labels.get(n.id) ?? '', room, font);
    const amountLines = wrapAmount(amountText(n), room, font);
    wrapped.set(n.id, lines);
    amountWrapped.set(n.id, amountLines);
    const segs = (graph.folds.find((f) => f.node === n.id)?.segments ?? []).map((s) => {
      const label = nodeLabel(s.node, words);
      return { label, lines: wrapText(`${label} ${shown(s.link.amount)}`, room, font) };
    });
    if (segs.length > 0) segmentWrapped.set(n.id, segs);
    const segLines = segs.reduce((acc, s) => acc + s.lines.length, 0);
    tallest = Math.max(tallest, (lines.length + amountLines.length + segLines) * lineHeight);
  }

  const { flows } = checkBalance(graph);
  const columnSums = new Map<number, number>();
  const columnCounts = new Map<number, number>();
  for (const n of graph.nodes) {
    const f = flows.get(n.id);
    const v = f ? Math.max(toGeometry(f.inflow), toGeometry(f.outflow)) : 0;
    columnSums.set(n.column, (columnSums.get(n.column) ?? 0) + v);
    columnCounts.set(n.column, (columnCounts.get(n.column) ?? 0) + 1);
  }

  return {
    graph,
    width,
    fontSize,
    lineHeight,
    nodeWidth,
    gapToLabel,
    rightRoom,
    nodePadding: tallest + 4,
    marginY: Math.ceil(tallest / 2) + 2,
    labels,
    wrapped,
    amountWrapped,
    amountText,
    segmentWrapped,
    columnSums,
    columnCounts,
  };
}

function finish(key: SankeyPart['key'], p: Prep, k: number, seen: ReadonlySet<string>, cap: number): SankeyPart {
  // Height such that d3-sankey's scale (the smallest over columns of free height / column sum) comes out as k:
  // the tightest column gets exactly k px per unit of amount, every other column has room to spare.
  let inner = 0;
  for (const [col, s] of p.columnSums) inner = Math.max(inner, k * s + ((p.columnCounts.get(col) ?? 1) - 1) * p.nodePadding);
  const height = Math.ceil(inner + 2 * p.marginY);

  const layout = layoutSankey(p.graph, {
    width: p.width,
    height,
    margin: { top: p.marginY, bottom: p.marginY, left: 0, right: p.rightRoom },
    nodeWidth: p.nodeWidth,
    nodePadding: p.nodePadding,
    // Taller than its box: it scrolls, so every column starts at the top, in sight.
    packTop: height > cap,
  });

  const byId = new Map(p.graph.nodes.map((n) => [n.id, n]));
  const nodes: SankeyNodeItem[] = layout.nodes.flatMap((box) => {
    const node = byId.get(box.id);
    if (!node) return [];
    const lines = p.wrapped.get(box.id) ?? [''];
    const amountLines = p.amountWrapped.get(box.id) ?? [p.amountText(node)];
    const segWords = p.segmentWrapped.get(box.id) ?? [];
    const segLines = segWords.reduce((acc, s) => acc + s.lines.length, 0);
    const blockHeight = (lines.length + amountLines.length + segLines) * p.lineHeight;
    const cy = (box.y0 + box.y1) / 2;
    // Segments stacked top down at the chart's one scale (px per unit), as d3-sankey sized the node.
    let y = box.y0;
    const segments: SankeySegmentItem[] = (p.graph.folds.find((f) => f.node === box.id)?.segments ?? []).map((s, i) => {
      const h = toGeometry(s.link.amount) * layout.scale;
      const item = { node: s.node, link: s.link, y0: y, y1: y + h, color: nodeColor(s.node), label: segWords[i]?.label ?? '', lines: segWords[i]?.lines ?? [] };
      y += h;
      return item;
    });
    return [
      {
        node,
        box,
        color: nodeColor(node),
        label: p.labels.get(box.id) ?? '',
        lines,
        amountText: p.amountText(node),
        amountLines,
        labelX: box.x1 + p.gapToLabel,
        labelTop: cy - blockHeight / 2,
        repeated: seen.has(box.id),
        segments,
      },
    ];
  });

  const linkById = new Map(p.graph.links.map((l) => [l.id, l]));
  const links: SankeyLinkItem[] = layout.links
    .flatMap((geom) => {
      const link = linkById.get(geom.id);
      const source = byId.get(geom.source);
      if (!link || !source) return [];
      // A band takes the colour of where its money comes from (income source, spending kind, class).
      return [{ link, geom, color: nodeColor(source) }];
    })
    // Wide bands first, narrow ones on top, so that a small flow is never hidden under a large one.
    .sort((a, b) => b.geom.width - a.geom.width || a.link.id.localeCompare(b.link.id));

  return { key, graph: p.graph, layout, nodes, links, width: p.width, height };
}
