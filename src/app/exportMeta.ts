/**
 * What an exported image says about itself: title (budget, view and, for a drilled treemap, the level
 * shown), unit, source credit, and the parts of its file name. Pure; the treemap level is found the
 * same way TreemapView finds it (same trees, same path resolution).
 */
import { deptName } from './names';
import type { Budget, SourceRef } from '../model/types';
import { buildFunctionalTree } from '../model/functionalTree';
import { buildProjectTree } from '../model/projectTree';
import { resolvePath } from '../model/tree';
import type { Route } from '../state/route';
import { nodeName } from '../charts/Treemap/nodeName';
import type { ExportMeta } from '../charts/export/ChartExportButtons';
import type { Dict } from './i18n/dict';
import { effectiveAmountMode } from '../model/displayAmount';
import { amountView } from './amounts/amountView';
import { viewDataFiles } from '../model/dataFiles/viewDataFiles';

type BudgetRoute = Extract<Route, { page: 'budget' }>;

/** "206 科学技术支出" for the level a treemap is drilled to, or null at the top. */
export function treemapFocusLabel(budget: Budget, route: BudgetRoute, t: Dict): { key: string; label: string; src?: SourceRef } | null {
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
  return { key: focus.key, label: coded ? `${focus.code} ${name}` : name, ...(focus.src ? { src: focus.src } : {}) };
}

/** The printed line a view's image or embed credits: a drilled treemap's level (类 or 款), else the 支出总计. */
export function viewSourceRef(budget: Budget, route: BudgetRoute, t: Dict): SourceRef {
  const focus = route.view === 'treemap' ? treemapFocusLabel(budget, route, t) : null;
  return focus?.src ?? budget.expenditure.src;
}

/**
 * `sourceUrl` (the SourceLinker's absolute address) puts the source view's address in the credit: the
 * printed line of the level drawn (a drilled treemap's 类 or 款), else of the budget's 支出总计.
 */
export function exportMeta(
  budget: Budget,
  route: BudgetRoute,
  t: Dict,
  sourceUrl?: (src: SourceRef) => string,
  dataUrl?: (path: string) => string,
): ExportMeta {
  const parts = [`${deptName(budget, t)} ${budget.year}`, t.views[route.view]];
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
  const dataFiles = viewDataFiles(budget, viewDataKey(budget, route));
  return {
    title: parts.join(' · '),
    // The kind (部门预算 / 部门决算) and the unit of the figures drawn, under the title.
    subtitle: `${t.kinds[budget.kind]} · ${amountView(t, effectiveAmountMode(route.lang, route.amounts)).unitShort(budget.unit)}`,
    credit: [
      t.credit(deptName(budget, t), budget.year, budget.source, budget.kind),
      t.appName,
      ...(sourceUrl ? [t.trail.exportCredit(sourceUrl(viewSourceRef(budget, route, t)))] : []),
      // 数据: the published CSV files of the lines drawn (data/downloads), so a picture in an article leads to its figures.
      ...(dataUrl && dataFiles.length > 0 ? [t.trail.exportData(dataFiles.map(dataUrl).join(' '))] : []),
    ].join(' · '),
    budgetId: budget.id,
    view: route.view,
    ...(focusKey !== undefined ? { focusKey } : {}),
  };
}

/** The view's row in viewDataFiles: the treemap by its grouping, the tables by their tab. */
function viewDataKey(budget: Budget, route: BudgetRoute): string {
  if (route.view === 'treemap') return `treemap:${route.group === 'unit' && budget.projects.length > 0 ? 'unit' : 'function'}`;
  if (route.view === 'tables') return `tables:${route.tab ?? 'functional'}`;
  return route.view;
}

/** The <iframe> title of an embed: what a screen reader announces for the frame in the article. */
export function embedTitle(budget: Budget, route: BudgetRoute, t: Dict): string {
  return `${deptName(budget, t)} ${budget.year} · ${t.views[route.view]} · ${t.appName}`;
}
