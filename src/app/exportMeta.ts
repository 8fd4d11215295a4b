/**
 * What an exported image says about itself: title (budget, view and, for a drilled treemap, the level
 * shown), unit, source credit, and the parts of its file name. Pure; the treemap level is found the
 * same way TreemapView finds it (same trees, same path resolution).
 */
import type { Budget } from '../model/types';
import { buildFunctionalTree } from '../model/functionalTree';
import { buildProjectTree } from '../model/projectTree';
import { resolvePath } from '../model/tree';
import type { Route } from '../state/route';
import { nodeName } from '../charts/Treemap/nodeName';
import type { ExportMeta } from '../charts/export/ChartExportButtons';
import type { Dict } from './i18n/dict';
import { effectiveAmountMode } from '../model/displayAmount';
import { amountView } from './amounts/amountView';

type BudgetRoute = Extract<Route, { page: 'budget' }>;

/** "206 科学技术支出" for the level a treemap is drilled to, or null at the top. */
export function treemapFocusLabel(budget: Budget, route: BudgetRoute, t: Dict): { key: string; label: string } | null {
  if (route.path.length === 0) return null;
  const byUnit = route.group === 'unit' && budget.projects.length > 0;
  const root = byUnit ? buildProjectTree(budget).root : buildFunctionalTree(budget).root;
  const chain = resolvePath(root, route.path).nodes;
  // A path ending on a leaf shows the leaf's level (TreemapView): name that level.
  const last = chain.at(-1);
  const focus = last && last.children.length === 0 && chain.length > 1 ? chain.at(-2) : last;
  if (!focus || focus.level === 'root') return null;
  const name = nodeName(focus, t).label;
  const coded = focus.code && focus.level !== 'project' && focus.level !== 'unit' && !name.startsWith(focus.code);
  return { key: focus.key, label: coded ? `${focus.code} ${name}` : name };
}

export function exportMeta(budget: Budget, route: BudgetRoute, t: Dict): ExportMeta {
  const parts = [`${budget.department} ${budget.year}`, t.views[route.view]];
  let focusKey: string | undefined;
  if (route.view === 'treemap') {
    const focus = treemapFocusLabel(budget, route, t);
    if (focus) {
      parts.push(focus.label);
      focusKey = focus.key;
    }
    const byUnit = route.group === 'unit' && budget.projects.length > 0;
    if (!byUnit && route.measure !== 'total') parts.push(t.measures[route.measure]);
  }
  return {
    title: parts.join(' · '),
    // The kind (部门预算 / 部门决算) and the unit of the figures drawn, under the title.
    subtitle: `${t.kinds[budget.kind]} · ${amountView(t, effectiveAmountMode(route.lang, route.amounts)).unitShort(budget.unit)}`,
    credit: `${t.credit(budget.department, budget.year, budget.source, budget.kind)} · ${t.appName}`,
    budgetId: budget.id,
    view: route.view,
    ...(focusKey !== undefined ? { focusKey } : {}),
  };
}

/** The <iframe> title of an embed: what a screen reader announces for the frame in the article. */
export function embedTitle(budget: Budget, route: BudgetRoute, t: Dict): string {
  return `${budget.department} ${budget.year} · ${t.views[route.view]} · ${t.appName}`;
}
