/**
 * Node order within each column, chosen to reduce link crossings (交叉): a pure, deterministic function of the graph.
 *
 * The model orders every column by code (经济分类 类 301, 302 …; each 类's 款 together). Between 基本支出/项目支出 and
 * the 类 column that puts a 类 fed only by 项目支出 above one fed by 基本支出, and their bands cross. Here each column
 * after the first is sorted once, left to right, by the barycentre (重心) of its sources' positions in the column
 * before it (the median-free classic of Sugiyama et al.); ties keep the model's order, so the 款 of one 类 stay
 * together and by code. The income column (column 0) keeps its printed order. Node positions are plain integers
 * (ranks), no amounts are involved. If the result would cross more than the model's order, the model's order is kept.
 */
export interface OrderableNode {
  id: string;
  column: number;
  order: number;
}
export interface OrderableLink {
  source: string;
  target: string;
}

/** Pairs of links between the same two adjacent columns that cross (u₁ above u₂ but v₁ below v₂). */
export function countCrossings(nodes: readonly OrderableNode[], links: readonly OrderableLink[]): number {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const spans = links.flatMap((l) => {
    const s = byId.get(l.source);
    const t = byId.get(l.target);
    return s && t && t.column === s.column + 1 ? [{ col: s.column, a: s.order, b: t.order }] : [];
  });
  let crossings = 0;
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length; j++) {
      const p = spans[i];
      const q = spans[j];
      if (!p || !q || p.col !== q.col) continue;
      if ((p.a - q.a) * (p.b - q.b) < 0) crossings++;
    }
  }
  return crossings;
}

/** The same nodes with `order` set to reduce crossings (every other field untouched). */
export function orderSankeyNodes<N extends OrderableNode>(nodes: readonly N[], links: readonly OrderableLink[]): N[] {
  const columns = [...new Set(nodes.map((n) => n.column))].sort((a, b) => a - b);
  const rank = new Map<string, number>();
  const result = new Map<string, N>();
  for (const c of columns) {
    const inColumn = nodes.filter((n) => n.column === c).sort((a, b) => a.order - b.order);
    const sorted =
      c === columns[0]
        ? inColumn
        : inColumn
            .map((n) => {
              const ranks = links.filter((l) => l.target === n.id && rank.has(l.source)).map((l) => rank.get(l.source) ?? 0);
              // A node fed from no node of the column before (a 差额 node feeding 基本支出) keeps its own place.
              const centre = ranks.length > 0 ? ranks.reduce((a, b) => a + b, 0) / ranks.length : Number.POSITIVE_INFINITY;
              return { n, centre };
            })
            .sort((x, y) => x.centre - y.centre || x.n.order - y.n.order)
            .map((x) => x.n);
    sorted.forEach((n, i) => {
      rank.set(n.id, i);
      result.set(n.id, { ...n, order: i });
    });
  }
  const reordered = nodes.map((n) => result.get(n.id) ?? n);
  return countCrossings(reordered, links) < countCrossings(nodes, links) ? reordered : [...nodes];
}
