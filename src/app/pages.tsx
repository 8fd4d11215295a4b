/**
 * The pages, each its own chunk, so that the first screen loads the code of its own page only. A page's
 * chunk is fetched before the app's first render, beside its data (pageCode, through preloadCode in
 * main.tsx): the first render has it and shows no loading line. A page reached later suspends on its chunk
 * (App's Suspense boundary shows the loading line) as a page waiting for its data does.
 */
import { use, type ComponentType } from 'react';
import type { Route } from '../state/route';
import { once } from './chunk';

/**
 * A component rendering the page `load` gives, once loaded (it suspends until then); `load` starts it.
 * Called at module level only, once per page below, as React.lazy is: each component is made once.
 */
function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  const get = once(load);
  // biome-ignore lint/correctness/noComponentHookFactories: made once per page at module level (below), never during a render
  function Page(props: P) {
    const Loaded = use(get());
    return <Loaded {...props} />;
  }
  return Object.assign(Page, { load: get });
}

export const CatalogPage = lazyPage(() => import('./pages/CatalogPage').then((m) => m.CatalogPage));
export const BudgetPage = lazyPage(() => import('./pages/BudgetPage').then((m) => m.BudgetPage));
export const SourcePage = lazyPage(() => import('./pages/SourcePage').then((m) => m.SourcePage));
// 比较预算: the compare model, the crosswalk and the compare charts.
export const ComparePage = lazyPage(() => import('./compare/ComparePage').then((m) => m.ComparePage));
// 部门 and 地区: the trend chart, the region treemap.
export const DepartmentPage = lazyPage(() => import('./pages/DepartmentPage').then((m) => m.DepartmentPage));
export const RegionPage = lazyPage(() => import('./pages/RegionPage').then((m) => m.RegionPage));
// 数据下载.
export const DataPage = lazyPage(() => import('./data/DataPage').then((m) => m.DataPage));
// #/embed/…: the bare embed page (its compare variant loads its own chunk inside).
export const EmbedShell = lazyPage(() => import('./embed/EmbedShell').then((m) => m.EmbedShell));

const PAGES: Partial<Record<Route['page'], { load(): Promise<unknown> }>> = {
  catalog: CatalogPage,
  budget: BudgetPage,
  source: SourcePage,
  compare: ComparePage,
  department: DepartmentPage,
  region: RegionPage,
  data: DataPage,
};

/** Start loading the code of the page a route opens (nothing for the not-found page, which is in the entry). */
export function pageCode(route: Route): Promise<unknown> {
  if ('embed' in route && route.embed) return EmbedShell.load();
  return PAGES[route.page]?.load() ?? Promise.resolve();
}
