/**
 * Everything the Sankey view draws, computed in one pure function (paired with useSankey, nivo style):
 * graph (model) → label wrapping → node padding and height → layoutSankey (geometry) → render items.
 *
 * Labels never overlap and never lie on a band: every label sits to the right of its node, in the last column
 * in a reserved right margin, in every other column in a lane the node's outgoing bands start after (layout's
 * `lanes`, sized from the column's longest label). A name takes at most MAX_NAME_LINES lines (then it is cut at
 * a character, with an ellipsis; the full name is in the tooltip, a <title> and the flow table), and the node
 * padding is at least the tallest label block, so that two neighbouring labels in a column, each centred on its
 * node, are always apart. Widths are estimated as bold (src/charts/text.ts errs wide), so real fonts fit.
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
import { clipEnd, textWidth, wrapAmount, wrapText, type Font } from '../text';

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
  /** Width of the band-free lane between the bar and its outgoing bands, where the label sits (0: none). */
  lane: number;
  /** The name is cut short (MAX_NAME_LINES): the full label goes in a <title>. */
  truncated: boolean;
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
  /** Per column, the band-free lane right of its nodes (0 for the last column: its labels use rightRoom). */
  lanes: number[];
  /** Per column, the width a label line may take. */
  roomOf: Map<number, number>;
  /** Nodes whose name was cut to MAX_NAME_LINES (the full name is in the label's <title>, the tooltip and the table). */
  truncated: Set<string>;
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

/**
 * At most this many lines of a node's name: a longer name is cut at a character with an ellipsis. Each line
 * more would widen the gap between every two nodes of the chart (the node padding is the tallest label).
 */
const MAX_NAME_LINES = 2;
/** The narrowest a label's room gets, in em (a few characters), and the shortest a band gets, in px. */
const MIN_LABEL_EM = 3;
const MIN_BAND = 12;
/** A folded source's line is indented by its marker ("▪ "), in em. */
const SEGMENT_INDENT = 1.5;

/** The first max lines, the last of them ending in an ellipsis where lines were dropped (cut at a character). */
function clipLines(lines: string[], max: number, room: number, font: Font): string[] {
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max - 1), clipEnd(lines[max - 1] ?? '', room, font, true)];
}

/**
 * Widths up to `want`, at least `floor`, summing to at most `budget`: every width below the one level L
 * that spends the budget gets what it wants, every other gets L (water filling; floors always kept).
 */
function waterFill(want: number[], floor: number[], budget: number): number[] {
  const at = (level: number) => want.map((w, i) => Math.max(floor[i] ?? 0, Math.min(w, level)));
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (total(at(Math.max(0, ...want))) <= budget) return at(Math.max(0, ...want));
  let lo = 0;
  let hi = Math.max(0, ...want);
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (total(at(mid)) <= budget) lo = mid;
    else hi = mid;
  }
  return at(lo);
}

function prepare(graph: FoldedSankeyGraph, width: number, narrow: boolean, fontSize: number, lineHeight: number, words: SankeyWords): Prep {
  const nodeWidth = narrow ? 8 : 12;
  const gapToLabel = 4;
  const columns = Math.max(...graph.nodes.map((n) => n.column)) + 1;
  const lastCol = columns - 1;
  const { flows, imbalances } = checkBalance(graph);
  const unbalanced = new Set(imbalances.map((i) => i.id));

  const labels = new Map(graph.nodes.map((n) => [n.id, nodeLabel(n, words)]));
  // Labels are drawn in the regular weight but measured as bold: the estimate then errs wide (system fonts
  // vary; DejaVu's digits are wider than the regular estimate), so a label never spills out of its room.
  const measureFont = { size: fontSize, weight: 'bold' } as const;
  const shown = words.formatAmount ?? formatAmount;
  const amountText = (n: SankeyGraphNode) => shown(n.amount);
  // An unbalanced node's label starts with a warning sign: measured with it, so that it still fits.
  const labelText = (n: SankeyGraphNode) => `${unbalanced.has(n.id) ? '⚠ ' : ''}${labels.get(n.id) ?? ''}`;
  const segmentText = (s: { node: SankeyGraphNode; link: SankeyGraphLink }) => `${nodeLabel(s.node, words)} ${shown(s.link.amount)}`;
  /** The widest line a node's label would take unwrapped: its name, its amount, each folded source. */
  const natural = (n: SankeyGraphNode) =>
    Math.max(
      textWidth(labelText(n), measureFont),
      textWidth(amountText(n), measureFont),
      ...(graph.folds.find((f) => f.node === n.id)?.segments ?? []).map((s) => textWidth(segmentText(s), measureFont) + SEGMENT_INDENT * fontSize),
    );

  // Widths, left to right: per column its node and (but the last) a lane right of it for its labels, free
  // of bands (layoutSankey's lanes: a label drawn over the bands leaving its node is unreadable, halo or
  // not), then the bands; the last column's labels get the right margin. A lane is as wide as its column's
  // longest label, but the bands keep a stretch to bend in (minBand), or they become walls. No lane is
  // narrower than its widest amount, kept on one line where the width allows, else than the amounts' widest
  // unbreakable part (wrapAmount breaks only after a thousands separator): where that does not fit, the right
  // margin and then the bands give way.
  const pad = gapToLabel + 4;
  const minRight = MIN_LABEL_EM * fontSize + pad;
  const wholeFloor = (nodes: SankeyGraphNode[]) => Math.max(MIN_LABEL_EM * fontSize, ...nodes.map((n) => textWidth(amountText(n), measureFont)));
  const groupFloor = (nodes: SankeyGraphNode[]) =>
    Math.max(MIN_LABEL_EM * fontSize, ...nodes.flatMap((n) => wrapAmount(amountText(n), 0, measureFont).map((l) => textWidth(l, measureFont))));
  const wholeSum = Array.from({ length: columns - 1 }, (_, c) => Math.ceil(wholeFloor(graph.nodes.filter((n) => n.column === c))) + pad).reduce(
    (a, b) => a + b,
    0,
  );
  const amountFloor = width - columns * nodeWidth - minRight - (columns - 1) * MIN_BAND >= wholeSum ? wholeFloor : groupFloor;
  const inColumn = (c: number) => graph.nodes.filter((n) => n.column === c);
  const lastNodes = inColumn(lastCol);
  const lastNatural = Math.max(0, ...lastNodes.map(natural));
  // The last column's share of the width: on a phone with three columns a little less, for the lanes.
  const maxShare = narrow ? (columns <= 2 ? 0.5 : 0.36) : 0.24;
  const fixed = columns * nodeWidth;
  const want: number[] = [];
  const floor: number[] = [];
  for (let c = 0; c < lastCol; c++) {
    const f = amountFloor(inColumn(c));
    floor.push(Math.ceil(f) + pad);
    want.push(Math.ceil(Math.max(f, ...inColumn(c).map(natural))) + pad);
  }
  const floorSum = floor.reduce((a, b) => a + b, 0);
  let minBand = narrow ? 28 : 56;
  let rightRoom = Math.ceil(Math.min(lastNatural, width * maxShare)) + pad;
  const spare = () => width - fixed - rightRoom - lastCol * minBand - floorSum;
  if (spare() < 0) rightRoom = Math.max(Math.ceil(groupFloor(lastNodes)) + pad, rightRoom + spare());
  if (spare() < 0) minBand = Math.max(MIN_BAND, minBand + spare() / Math.max(1, lastCol));
  // The lanes take at most three quarters of what is free beyond the bands' minimum, the bands the rest.
  const laneBudget = floorSum + Math.max(0, spare()) * 0.75;
  const lanes = [...waterFill(want, floor, laneBudget).map(Math.floor), 0];
  const roomOf = new Map<number, number>(lanes.map((l, c) => [c, Math.max(0, l - pad)]));
  roomOf.set(lastCol, rightRoom - pad);

  const wrapped = new Map<string, string[]>();
  const amountWrapped = new Map<string, string[]>();
  const segmentWrapped = new Map<string, { label: string; lines: string[] }[]>();
  const truncated = new Set<string>();
  let tallest = 0;
  for (const n of graph.nodes) {
    const room = roomOf.get(n.column) ?? 40;
    const full = wrapText(labelText(n), room, measureFont);
    const lines = clipLines(full, MAX_NAME_LINES, room, measureFont);
    if (lines.length < full.length) truncated.add(n.id);
    const amountLines = wrapAmount(amountText(n), room, measureFont);
    wrapped.set(n.id, lines);
    amountWrapped.set(n.id, amountLines);
    const segs = (graph.folds.find((f) => f.node === n.id)?.segments ?? []).map((s) => {
      const label = nodeLabel(s.node, words);
      const segRoom = room - SEGMENT_INDENT * fontSize;
      return { label, lines: clipLines(wrapText(segmentText(s), segRoom, measureFont), MAX_NAME_LINES, segRoom, measureFont) };
    });
    if (segs.length > 0) segmentWrapped.set(n.id, segs);
    const segLines = segs.reduce((acc, s) => acc + s.lines.length, 0);
    tallest = Math.max(tallest, (lines.length + amountLines.length + segLines) * lineHeight);
  }

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
    lanes,
    roomOf,
    truncated,
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
    lanes: p.lanes,
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
        lane: layout.links.some((l) => l.source === box.id) ? (p.lanes[box.column] ?? 0) : 0,
        truncated: p.truncated.has(box.id),
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
