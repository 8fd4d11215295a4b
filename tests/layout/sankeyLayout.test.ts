import { describe, expect, it } from 'vitest';
import { checkBalance, layoutSankey, linkPath, SankeyInputError, type SankeyLayout, type SankeyLayoutInput } from '../../src/layout/sankeyLayout';
import { buildSankeyGraph } from '../../src/model/sankeyGraph';
import { amt, budget001, budget002 } from '../fixtures/sankeyBudgets';

const SIZE = { width: 800, height: 400, nodeWidth: 12, nodePadding: 20 };

/** Numbers rounded to 1 decimal (sub-pixel noise is not a regression); strings as they are. */
function rounded(layout: SankeyLayout): unknown {
  return JSON.parse(
    JSON.stringify(layout, (key, v: unknown) => {
      if (typeof v === 'number') return Math.round(v * 10) / 10;
      if (key === 'path' && typeof v === 'string') return v.replace(/-?\d+(\.\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));
      return v;
    }),
  );
}

describe('layoutSankey', () => {
  it('matches the JSON snapshot for 001 (pool, basic by class, project not itemised)', async () => {
    const layout = layoutSankey(buildSankeyGraph(budget001()), SIZE);
    await expect(JSON.stringify(rounded(layout), null, 1)).toMatchFileSnapshot('__snapshots__/sankeyLayout.001.json');
  });

  it('matches the JSON snapshot for 002 with 款', async () => {
    const layout = layoutSankey(buildSankeyGraph(budget002(), { kuan: true }), { ...SIZE, height: 700 });
    await expect(JSON.stringify(rounded(layout), null, 1)).toMatchFileSnapshot('__snapshots__/sankeyLayout.002-kuan.json');
  });

  it('does not mutate its input (d3-sankey would)', () => {
    const g = buildSankeyGraph(budget001());
    const before = JSON.stringify(g);
    layoutSankey(g, SIZE);
    expect(JSON.stringify(g)).toBe(before);
    expect(typeof g.links[0]?.source).toBe('string');
  });

  it('places nodes by the model column, not by graph depth (来源未细分 stays in the 类 column)', () => {
    const g = buildSankeyGraph(budget001());
    const layout = layoutSankey(g, SIZE);
    const x = (id: string) => layout.nodes.find((n) => n.id === id)?.x0;
    expect(x('unitemised_econ')).toBe(x('econ_301'));
    expect(x('income_generalPublic')).toBe(0);
    expect(x('econ_301')).toBe(SIZE.width - SIZE.nodeWidth);
  });

  it('keeps one scale: every node is as tall as its amount, every link as wide', () => {
    const g = buildSankeyGraph(budget001());
    const layout = layoutSankey(g, SIZE);
    for (const n of layout.nodes) {
      const amount = Number(n.inflow === '0.00' ? n.outflow : n.inflow);
      expect(n.y1 - n.y0).toBeCloseTo(amount * layout.scale, 6);
    }
    for (const l of layout.links) expect(l.width).toBeCloseTo(Number(l.amount) * layout.scale, 6);
    // Nodes of a column do not overlap and keep the padding.
    const byCol = new Map<number, typeof layout.nodes>();
    for (const n of layout.nodes) byCol.set(n.column, [...(byCol.get(n.column) ?? []), n]);
    for (const col of byCol.values()) {
      const sorted = [...col].sort((a, b) => a.y0 - b.y0);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.y0 - sorted[i - 1]!.y1).toBeGreaterThanOrEqual(SIZE.nodePadding - 1e-6);
    }
  });

  it('keeps the model order within a column', () => {
    const layout = layoutSankey(buildSankeyGraph(budget001()), SIZE);
    const col = layout.nodes
      .filter((n) => n.column === 3)
      .sort((a, b) => a.y0 - b.y0)
      .map((n) => n.id);
    expect(col).toEqual(['econ_301', 'econ_302', 'econ_303', 'unitemised_econ']);
  });

  it('flags a middle node whose inflow and outflow differ instead of letting it grow silently', () => {
    const input: SankeyLayoutInput = {
      nodes: [
        { id: 'a', column: 0, order: 0 },
        { id: 'm', column: 1, order: 0 },
        { id: 'z', column: 2, order: 0 },
      ],
      links: [
        { source: 'a', target: 'm', amount: amt('10.00') },
        { source: 'm', target: 'z', amount: amt('12.50') },
      ],
    };
    const layout = layoutSankey(input, SIZE);
    expect(layout.imbalances).toEqual([{ id: 'm', inflow: '10.00', outflow: '12.50', difference: '-2.50' }]);
    expect(layout.nodes.find((n) => n.id === 'm')?.imbalance?.difference).toBe('-2.50');
    expect(layout.nodes.find((n) => n.id === 'a')?.imbalance).toBeUndefined();
  });

  it('compares flows exactly, not as floats (0.1 + 0.2 = 0.3)', () => {
    const input: SankeyLayoutInput = {
      nodes: [
        { id: 'a', column: 0, order: 0 },
        { id: 'b', column: 0, order: 1 },
        { id: 'm', column: 1, order: 0 },
        { id: 'z', column: 2, order: 0 },
      ],
      links: [
        { source: 'a', target: 'm', amount: amt('0.1') },
        { source: 'b', target: 'm', amount: amt('0.2') },
        { source: 'm', target: 'z', amount: amt('0.3') },
      ],
    };
    expect(checkBalance(input).imbalances).toEqual([]);
  });

  it('rejects negative flows, unknown and duplicate nodes, cycles and empty sizes', () => {
    const nodes = [
      { id: 'a', column: 0, order: 0 },
      { id: 'b', column: 1, order: 0 },
    ];
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof SankeyInputError ? e.code : 'other';
      }
      return 'none';
    };
    expect(code(() => layoutSankey({ nodes, links: [{ source: 'a', target: 'b', amount: amt('-1.00') }] }, SIZE))).toBe('NEGATIVE_AMOUNT');
    expect(code(() => layoutSankey({ nodes, links: [{ source: 'a', target: 'x', amount: amt('1.00') }] }, SIZE))).toBe('UNKNOWN_NODE');
    expect(code(() => layoutSankey({ nodes: [...nodes, nodes[0]!], links: [] }, SIZE))).toBe('DUPLICATE_NODE');
    expect(
      code(() =>
        layoutSankey(
          {
            nodes,
            links: [
              { source: 'a', target: 'b', amount: amt('1.00') },
              { source: 'b', target: 'a', amount: amt('1.00') },
            ],
          },
          SIZE,
        ),
      ),
    ).toBe('CYCLE');
    expect(code(() => layoutSankey({ nodes, links: [] }, { ...SIZE, width: 0 }))).toBe('BAD_SIZE');
  });

  it('draws a horizontal cubic link path', () => {
    expect(linkPath(0, 10, 100, 50)).toBe('M0,10C50,10 50,50 100,50');
  });

  it('lanes: the bands leaving a column start after its lane (room for labels), all bands equally long, y unchanged', () => {
    const g = buildSankeyGraph(budget002(), { kuan: true });
    const plain = layoutSankey(g, { ...SIZE, height: 700 });
    const lanes = [50, 30, 20, 0];
    const laned = layoutSankey(g, { ...SIZE, height: 700, lanes });
    const columns = Math.max(...laned.nodes.map((n) => n.column)) + 1;
    expect(columns).toBe(4);
    // 800 px = 4 nodes of 12 + lanes of 100 + 3 bands of 217.33.
    const band = (800 - 4 * 12 - 100) / 3;
    for (const n of laned.nodes) {
      const before = plain.nodes.find((x) => x.id === n.id)!;
      expect([n.y0, n.y1]).toEqual([before.y0, before.y1]);
      expect(n.x0, n.id).toBeCloseTo(n.column * (12 + band) + lanes.slice(0, n.column).reduce((a, b) => a + b, 0), 6);
    }
    const byId = new Map(laned.nodes.map((n) => [n.id, n]));
    for (const l of laned.links) {
      const s = byId.get(l.source)!;
      expect(l.x0, l.id).toBeCloseTo(s.x1 + lanes[s.column]!, 6);
      expect(l.x1, l.id).toBe(byId.get(l.target)!.x0);
      expect(l.x1 - l.x0, l.id).toBeCloseTo(band, 6);
    }
    // Lanes wider than the chart leave no room for bands: refused, not drawn backwards.
    expect(() => layoutSankey(g, { ...SIZE, height: 700, lanes: [300, 300, 300, 0] })).toThrow(SankeyInputError);
  });

  it('packTop: every column starts at the top margin, links move with their ends (a tall chart that scrolls)', () => {
    const g = buildSankeyGraph(budget002(), { kuan: true });
    const layout = layoutSankey(g, { ...SIZE, height: 1400, margin: { top: 10, bottom: 10, left: 0, right: 0 }, packTop: true });
    const cols = new Set(layout.nodes.map((n) => n.column));
    for (const c of cols) expect(Math.min(...layout.nodes.filter((n) => n.column === c).map((n) => n.y0))).toBeCloseTo(10, 6);
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const l of layout.links) {
      const s = byId.get(l.source)!;
      const t = byId.get(l.target)!;
      expect(l.y0).toBeGreaterThanOrEqual(s.y0 - 0.5);
      expect(l.y0).toBeLessThanOrEqual(s.y1 + 0.5);
      expect(l.y1).toBeGreaterThanOrEqual(t.y0 - 0.5);
      expect(l.y1).toBeLessThanOrEqual(t.y1 + 0.5);
    }
  });

  it('accepts exactly the rounding gaps the model says in text, and flags any other difference', () => {
    const input = {
      nodes: [
        { id: 'a', column: 0, order: 0 },
        { id: 'b', column: 1, order: 0 },
        { id: 'c', column: 2, order: 0 },
      ],
      links: [
        { source: 'a', target: 'b', amount: amt('10.01') },
        { source: 'b', target: 'c', amount: amt('10.00') },
      ],
    };
    expect(checkBalance({ ...input, roundings: [{ node: 'b', difference: amt('0.01') }] }).imbalances).toEqual([]);
    expect(checkBalance({ ...input, roundings: [{ node: 'b', difference: amt('-0.01') }] }).imbalances.map((i) => i.id)).toEqual(['b']);
    expect(checkBalance(input).imbalances.map((i) => i.id)).toEqual(['b']);
  });
});
