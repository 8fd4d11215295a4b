/**
 * Node order against crossings, per committed budget at 款 level (wide: one part). Prints the figures
 * (before = the model's code order, after = orderSankeyNodes) so that a change shows in the test log.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countCrossings, orderSankeyNodes } from '../../../src/charts/Sankey/sankeyOrder';
import { buildSankeyGraph, dropPassThroughColumns } from '../../../src/model/sankeyGraph';
import type { Budget } from '../../../src/model/types';

const ids = readdirSync('public/data/budgets')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
const load = (id: string): Budget => JSON.parse(readFileSync(`public/data/budgets/${id}.json`, 'utf8')) as Budget;

describe('orderSankeyNodes', () => {
  it('counts crossings between adjacent columns', () => {
    const nodes = [
      { id: 'a', column: 0, order: 0 },
      { id: 'b', column: 0, order: 1 },
      { id: 'x', column: 1, order: 0 },
      { id: 'y', column: 1, order: 1 },
    ];
    const links = [
      { source: 'a', target: 'y' },
      { source: 'b', target: 'x' },
    ];
    expect(countCrossings(nodes, links)).toBe(1);
    const ordered = orderSankeyNodes(nodes, links);
    expect(ordered.find((n) => n.id === 'y')?.order).toBe(0);
    expect(countCrossings(ordered, links)).toBe(0);
  });

  it.each(ids)('never crosses more than the code order: %s at 款 level', (id) => {
    for (const opts of [{ kuan: true }, { kuan: true, fromSpending: true }]) {
      const g = dropPassThroughColumns(buildSankeyGraph(load(id), opts));
      const before = countCrossings(g.nodes, g.links);
      const ordered = orderSankeyNodes(g.nodes, g.links);
      const after = countCrossings(ordered, g.links);
      console.log(`crossings ${id}${opts.fromSpending ? ' (phone part 2)' : ''}: ${before} → ${after}`);
      expect(after).toBeLessThanOrEqual(before);
      // Same nodes, each column's orders a permutation of 0…n−1; the income column untouched.
      expect(ordered.map((n) => n.id)).toEqual(g.nodes.map((n) => n.id));
      for (const n of ordered.filter((x) => x.column === 0)) expect(n.order).toBe(g.nodes.find((x) => x.id === n.id)?.order);
    }
  });

  it('is deterministic', () => {
    const g = dropPassThroughColumns(buildSankeyGraph(load(ids[0] ?? ''), { kuan: true }));
    expect(orderSankeyNodes(g.nodes, g.links)).toEqual(orderSankeyNodes(g.nodes, g.links));
  });
});
