/**
 * The treemap's data: the level on screen (the node drilled into and its children), each child's figure for
 * the measure, its share of the level, whether the figure is printed or the exact sum of its children, and
 * its source lines. Children the treemap cannot draw (no figure, zero, negative) are rows too, marked.
 */
import { sumBasis } from '../sumBasis';
import type { Budget } from '../types';
import { buildFunctionalTree } from '../functionalTree';
import { buildProjectTree } from '../projectTree';
import { measureValue, nodeShare, resolvePath, undrawnChildren, type Measure, type TreeNode } from '../tree';
import type { ChartData } from './chartData';

export const TREEMAP_COLUMNS = [
  'role',
  'key',
  'code',
  'name',
  'level',
  'measure',
  'amount',
  'amount_basis',
  'share_of_level_percent',
  'src_table',
  'src_lines',
] as const;

/** The node whose children the treemap draws for a path: a path ending on a leaf shows it among its siblings. */
export function shownLevel(root: TreeNode, path: readonly string[]): TreeNode {
  const chain = resolvePath(root, path).nodes;
  const last = chain.at(-1) ?? root;
  return chain.length > 1 && last.children.length === 0 ? (chain.at(-2) ?? root) : last;
}

export function treemapData(budget: Budget, path: readonly string[], group: 'function' | 'unit', measure: Measure): ChartData {
  // As the view does: 单位 → 项目 only where projects are printed; projects carry only 项目支出.
  const byUnit = group === 'unit' && budget.projects.length > 0;
  const root = byUnit ? buildProjectTree(budget).root : buildFunctionalTree(budget).root;
  const m: Measure = byUnit ? 'project' : measure;
  const level = shownLevel(root, path);
  const undrawn = new Set(undrawnChildren(level, m).map((c) => c.key));
  const row = (n: TreeNode, role: string): Record<string, string> => {
    const amount = measureValue(n, m);
    const share = role === 'parent' ? null : nodeShare(n, level, m);
    return {
      role,
      key: n.key,
      code: n.code,
      name: n.name,
      level: n.level,
      measure: m,
      amount: amount ?? '',
      amount_basis: amount === null ? 'notPrinted' : sumBasis(n, m).basis,
      // A share is computed, not printed: two decimals here (the chart shows one).
      share_of_level_percent: share === null ? '' : share.toFixed(2),
      src_table: n.src?.table ?? '',
      src_lines: n.src ? `${n.src.lines[0]}-${n.src.lines[1]}` : '',
    };
  };
  return {
    view: 'treemap',
    budgetId: budget.id,
    unit: budget.unit,
    settings: { group: byUnit ? 'unit' : 'function', path: path.join('.'), measure: m },
    columns: TREEMAP_COLUMNS,
    rows: [row(level, 'parent'), ...level.children.map((c) => row(c, undrawn.has(c.key) ? 'notDrawn' : 'cell'))],
  };
}
