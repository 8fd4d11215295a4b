/**
 * The Sankey's data: every flow drawn, from node to node, with its exact amount, how it is known (printed, a
 * sum, the budget balance, a remainder) and its source lines. Node names come from the view's words, so the
 * file names the nodes the way the chart does.
 */
import type { Budget } from '../types';
import { buildSankeyGraph, type SankeyGraphNode } from '../sankeyGraph';
import type { ChartData } from './chartData';

export const SANKEY_COLUMNS = ['source', 'source_name', 'target', 'target_name', 'amount', 'amount_basis', 'refs'] as const;

export function sankeyData(budget: Budget, kuan: boolean, nameOf: (node: SankeyGraphNode) => string): ChartData {
  const graph = buildSankeyGraph(budget, { kuan });
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const name = (id: string) => {
    const n = nodes.get(id);
    return n ? nameOf(n) : id;
  };
  return {
    view: 'sankey',
    budgetId: budget.id,
    unit: budget.unit,
    settings: { kuan: kuan ? 'kuan' : '' },
    columns: SANKEY_COLUMNS,
    rows: graph.links.map((l) => ({
      source: l.source,
      source_name: name(l.source),
      target: l.target,
      target_name: name(l.target),
      amount: l.amount,
      amount_basis: l.derivation,
      refs: l.refs.map((r) => `${r.table}:${r.lines[0]}-${r.lines[1]}`).join('; '),
    })),
  };
}
