/**
 * Routes written back as links: the canonical hash of a route (defaults left out so links stay short) and
 * the routes other pages link to — embed twins, compare, budget and source (原文) views.
 */
import type { SourceRef } from '../model/types';
import type { EmbeddableRoute, Lang, Route, SourceRouteT, View } from './route';
import { catalogQuery } from './catalogQuery';
import { formatTableSort } from './tableQuery';
import { formatSankeyQuery } from './sankeyQuery';

// A marked table row or a cited table: a 功能/经济分类 code, a project id or a unit code (单位编码) — short
// and plain. The parser refuses anything else, so a link never carries what a hash could not.
export const ROW_KEY = /^[A-Za-z0-9_.:-]{1,64}$/;

/** The canonical hash for a route; defaults are left out so links stay short. */
export function formatHash(route: Route): string {
  const q: string[] = [];
  let p = '#/';
  if (route.page === 'catalog') {
    q.push(...catalogQuery(route.filter));
  } else if (route.page === 'budget') {
    p = `#/${route.embed ? 'embed' : 'budget'}/${encodeURIComponent(route.budgetId)}/${route.view}`;
    if (route.view === 'treemap') {
      if (route.path.length > 0) q.push(`path=${route.path.map(encodeURIComponent).join(',')}`);
      if (route.measure !== 'total') q.push(`measure=${route.measure}`);
      if (route.group !== 'function') q.push(`by=${route.group}`);
    }
    if (route.view === 'tables') {
      if (route.tab !== undefined) q.push(`tab=${route.tab}`);
      if (route.row !== undefined) q.push(`row=${encodeURIComponent(route.row)}`);
      if (route.sort !== undefined) q.push(`sort=${formatTableSort(route.sort)}`);
      if (route.filter !== undefined && route.filter !== '') q.push(`filter=${encodeURIComponent(route.filter)}`);
    }
    if (route.view === 'sankey') q.push(...formatSankeyQuery(route));
    // In every view, so that the choice is kept when the reader moves between views of the budget.
    if (route.amounts !== undefined) q.push(`amounts=${route.amounts}`);
    if (route.embed && route.controls) q.push('controls=1');
  } else if (route.page === 'compare') {
    p = route.embed ? '#/embed/compare' : '#/compare';
    if (route.ids.length > 0) q.push(`ids=${route.ids.map(encodeURIComponent).join(',')}`);
    if (route.measure !== 'total') q.push(`measure=${route.measure}`);
    if (route.amounts !== undefined) q.push(`amounts=${route.amounts}`);
    if (route.embed && route.section !== undefined) q.push(`section=${route.section}`);
  } else if (route.page === 'source') {
    p = `#/source/${encodeURIComponent(route.budgetId)}`;
    if (route.lines !== undefined) q.push(`lines=${route.lines[0]}-${route.lines[1]}`);
    if (route.table !== undefined) q.push(`table=${encodeURIComponent(route.table)}`);
  } else if (route.page === 'data') {
    p = '#/data';
  } else if (route.page === 'department') {
    p = `#/department/${encodeURIComponent(route.departmentId)}`;
  } else if (route.page === 'region') {
    p = `#/region/${encodeURIComponent(route.region)}/${route.year}`;
  } else if (route.page === 'notFound') {
    p = route.embed ? '#/embed' : '#/not-found';
  }
  if (route.lang !== 'zh') q.push(`lang=${route.lang}`);
  return q.length > 0 ? `${p}?${q.join('&')}` : p;
}

/** The embed twin of a budget or compare route (same view, drill path, measure, grouping, ids and language). */
export function embedRoute(route: EmbeddableRoute): Route {
  return { ...route, embed: true };
}

/** The full-site twin of an embed route, for the embed's link back to the whole view. */
export function fullRoute(route: EmbeddableRoute): Route {
  const { embed: _embed, ...rest } = route;
  return rest;
}

/** A compare route with defaults, for links ("与其他年度比较", the catalog's 比较 button). */
export function compareRoute(ids: readonly string[], lang: Lang): Route {
  return { page: 'compare', lang, ids: [...ids], measure: 'total' };
}

/** A budget route with defaults, for links: nothing of another budget's view (drill path, 款, table) carries over. */
export function budgetRoute(budgetId: string, lang: Lang, view: View = 'treemap'): Route {
  return { page: 'budget', lang, budgetId, view, path: [], measure: 'total', group: 'function' };
}

/** The source view of a cited place (a figure's SourceRef: table key and lines), for the 查看原文 links. */
export function sourceRoute(budgetId: string, lang: Lang, src?: SourceRef): Route {
  const route: SourceRouteT = { page: 'source', lang, budgetId };
  if (src) {
    const [a, b] = src.lines;
    route.lines = [a, Math.max(a, b)];
    if (ROW_KEY.test(src.table)) route.table = src.table;
  }
  return route;
}
