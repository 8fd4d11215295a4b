import { describe, expect, it } from 'vitest';
import { gapKey, layoutTreemap, treemapLevel, type TreemapInput, type TreemapLayout } from '../../src/layout/treemapLayout';
import { buildFunctionalTree } from '../../src/model/functionalTree';
import { findNode } from '../../src/model/tree';
import { a, sampleBudget } from '../fixtures/sampleBudget';

/** Snapshot form: numbers rounded to 0.1 px so float noise does not churn the snapshot. */
function rounded(l: TreemapLayout): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  return JSON.stringify(
    l.nodes.map((n) => ({ key: n.key, depth: n.depth, parent: n.parentKey, x0: r(n.x0), y0: r(n.y0), x1: r(n.x1), y1: r(n.y1), leaf: n.leaf })),
    null,
    1,
  );
}

const area = (n: { x0: number; x1: number; y0: number; y1: number }) => (n.x1 - n.x0) * (n.y1 - n.y0);

describe('layoutTreemap', () => {
  const { root } = buildFunctionalTree(sampleBudget());

  it('lays out the 类 of 001 (snapshot, rounded)', () => {
    const level = treemapLevel(root, 'total');
    const l = layoutTreemap(level.input, { width: 800, height: 500 });
    expect(rounded(l)).toMatchSnapshot();
    expect(l.nodes.map((n) => n.key)).toEqual(['206', '208', '221', '210', '201']);
  });

  it('keeps every cell inside the box and areas proportional to values', () => {
    const level = treemapLevel(root, 'total');
    const l = layoutTreemap(level.input, { width: 375, height: 420 }, { paddingInner: 0 });
    for (const n of l.nodes) {
      expect(n.x0).toBeGreaterThanOrEqual(0);
      expect(n.y0).toBeGreaterThanOrEqual(0);
      expect(n.x1).toBeLessThanOrEqual(375 + 1e-9);
      expect(n.y1).toBeLessThanOrEqual(420 + 1e-9);
    }
    const total = l.nodes.reduce((s, n) => s + area(n), 0);
    expect(total).toBeCloseTo(375 * 420, 3);
    const big = l.nodes.find((n) => n.key === '206');
    expect(big && area(big) / total).toBeCloseTo(5411.72 / 5921.56, 6);
  });

  it('does not mutate or keep references to its input', () => {
    const input: TreemapInput = {
      key: 'r',
      value: 0,
      children: [
        { key: 'a', value: 2 },
        { key: 'b', value: 1 },
      ],
    };
    const before = JSON.stringify(input);
    const l = layoutTreemap(input, { width: 100, height: 100 });
    expect(JSON.stringify(input)).toBe(before);
    expect(l.nodes).toHaveLength(2);
  });

  it('lays out nested levels with parent keys and depth', () => {
    const input: TreemapInput = {
      key: 'r',
      value: 0,
      children: [
        {
          key: 'a',
          value: 0,
          children: [
            { key: 'a1', value: 3 },
            { key: 'a2', value: 1 },
          ],
        },
        { key: 'b', value: 4 },
      ],
    };
    const l = layoutTreemap(input, { width: 200, height: 100 }, { paddingInner: 0 });
    expect(rounded(l)).toMatchSnapshot();
    const a1 = l.nodes.find((n) => n.key === 'a1');
    expect(a1?.parentKey).toBe('a');
    expect(a1?.depth).toBe(2);
    expect(l.nodes.find((n) => n.key === 'a')?.leaf).toBe(false);
  });

  it('is deterministic for ties (ordered by key)', () => {
    const input: TreemapInput = {
      key: 'r',
      value: 0,
      children: [
        { key: 'b', value: 1 },
        { key: 'a', value: 1 },
      ],
    };
    expect(layoutTreemap(input, { width: 10, height: 10 }).nodes.map((n) => n.key)).toEqual(['a', 'b']);
  });

  it('rejects negative and non-finite values', () => {
    expect(() => layoutTreemap({ key: 'r', value: 0, children: [{ key: 'x', value: -1 }] }, { width: 10, height: 10 })).toThrow(/x has value -1/);
    expect(() => layoutTreemap({ key: 'r', value: 0, children: [{ key: 'y', value: Number.NaN }] }, { width: 10, height: 10 })).toThrow();
  });

  it('returns no cells for an empty level or a zero-size box', () => {
    expect(layoutTreemap({ key: 'r', value: 0, children: [] }, { width: 100, height: 100 }).nodes).toEqual([]);
    const l = layoutTreemap({ key: 'r', value: 0, children: [{ key: 'a', value: 1 }] }, { width: 0, height: 0 });
    expect(l.nodes.every((n) => n.x1 - n.x0 === 0)).toBe(true);
  });
});

describe('treemapLevel', () => {
  it('sizes by the chosen measure and omits items with nothing to draw', () => {
    const { root } = buildFunctionalTree(sampleBudget());
    const kuan = findNode(root, '20601');
    if (!kuan) throw new Error('fixture');
    const level = treemapLevel(kuan, 'project');
    expect(level.input.children?.map((c) => [c.key, c.value])).toEqual([
      ['2060101', 712.82],
      ['2060199', 3027.18],
    ]);
    expect(level.omitted.map((n) => n.key)).toEqual(['2060103']);
    expect(level.gap).toBeNull();
  });

  it('draws the uncovered part of a printed total as its own cell', () => {
    const b = sampleBudget();
    const r = b.functional.find((x) => x.code === '20805');
    if (!r) throw new Error('fixture');
    r.total = a('250.00'); // printed 款 above its 项 (243.58)
    const { root } = buildFunctionalTree(b);
    const kuan = findNode(root, '20805');
    if (!kuan) throw new Error('fixture');
    const level = treemapLevel(kuan, 'total');
    expect(level.gap).toBeCloseTo(6.42, 10);
    expect(level.input.children?.at(-1)?.key).toBe(gapKey('20805'));
    // a printed total below its items is not drawn as a cell (reported by the caller)
    r.total = a('240.00');
    const t2 = buildFunctionalTree(b).root;
    const k2 = findNode(t2, '20805');
    if (!k2) throw new Error('fixture');
    expect(treemapLevel(k2, 'total').gap).toBeNull();
  });
});
