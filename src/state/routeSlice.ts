/**
 * Route slice: the parsed URL hash. Actions never set the route directly in the browser — they write
 * the hash (a new history entry, so Back works) and the hashchange listener (hashSync.ts) parses it
 * back in. Without a browser (unit tests) the route is set directly.
 */
import type { StateCreator } from 'zustand/vanilla';
import { DEFAULT_ROUTE, formatHash, parseHash, type Lang, type Route, type RouteProblem, type TableTab, type View, type Grouping } from './route';
import type { Measure } from '../model/tree';
import type { TableSort } from './tableQuery';
import type { AmountMode } from '../model/displayAmount';
import type { AppState } from './store';

/** How the store reaches the address bar; hashSync.ts installs the browser one. */
export interface HistoryPort {
  push(hash: string): void;
  replace(hash: string): void;
}

export interface RouteSlice {
  route: Route;
  /** Problems found in the current hash, shown once as a notice; cleared by dismissProblems. */
  problems: RouteProblem[];
  history: HistoryPort | null;
  connectHistory(port: HistoryPort | null): void;
  /** Parse a hash into the store (from hashchange or at start-up). */
  syncFromHash(hash: string): void;
  navigate(route: Route, opts?: { replace?: boolean }): void;
  setLang(lang: Lang): void;
  setView(view: View): void;
  /** The treemap's area measure, or the 功能分类 figure compared on the compare page. */
  setMeasure(measure: Measure): void;
  /** Show a tab of the tables view; the marked row (from a search hit) belongs to the old tab and goes. */
  setTableTab(tab: TableTab): void;
  /** The tables view's sort and filter (replacing the history entry: typing a filter is not a trail for Back). */
  setTableQuery(query: { sort?: TableSort; filter?: string }): void;
  setGroup(group: Grouping): void;
  /** Amounts as printed or in 百万元; kept in the URL (a shared link shows the same unit). */
  setAmounts(amounts: AmountMode): void;
  /** Replace the drill path (keys below the root, outermost first). */
  setPath(path: string[]): void;
  drillInto(key: string): void;
  /** Go up `levels` (1 = to the parent). */
  drillOut(levels?: number): void;
  dismissProblems(): void;
}

export const createRouteSlice: StateCreator<AppState, [], [], RouteSlice> = (set, get) => {
  /** Update a budget route; no-op on other pages. */
  const updateBudget = (patch: (r: Extract<Route, { page: 'budget' }>) => Route, replace = false): void => {
    const r = get().route;
    if (r.page !== 'budget') return;
    get().navigate(patch(r), { replace });
  };
  return {
    route: DEFAULT_ROUTE,
    problems: [],
    history: null,
    connectHistory: (port) => set({ history: port }),
    syncFromHash: (hash) => {
      const { route, problems } = parseHash(hash);
      if (formatHash(route) === formatHash(get().route) && problems.length === 0) return;
      set({ route, problems });
    },
    navigate: (route, opts = {}) => {
      const hash = formatHash(route);
      const h = get().history;
      // Set the store at once so the UI never lags the click; hashchange then finds nothing new.
      set({ route, problems: [] });
      // Inside an embed, a drill replaces the entry: an <iframe> shares the article's session history,
      // and the reader's Back button should leave the article, not undo clicks in a chart.
      const replace = opts.replace === true || ('embed' in route && route.embed === true);
      if (h) (replace ? h.replace : h.push)(hash);
    },
    setLang: (lang) => get().navigate({ ...get().route, lang }),
    setView: (view) => updateBudget((r) => ({ ...r, view })),
    setMeasure: (measure) => {
      const r = get().route;
      if (r.page === 'compare') get().navigate({ ...r, measure });
      else updateBudget((b) => ({ ...b, measure }));
    },
    setTableTab: (tab) =>
      updateBudget((r) => {
        // Sort and filter name columns and rows of the old tab: they go with it.
        const { row: _row, sort: _sort, filter: _filter, ...rest } = r;
        return { ...rest, tab };
      }),
    setTableQuery: ({ sort, filter }) =>
      updateBudget((r) => {
        const { sort: _sort, filter: _filter, ...rest } = r;
        return { ...rest, ...(sort ? { sort } : {}), ...(filter ? { filter } : {}) };
      }, true),
    // A new grouping is a different tree: the old drill path means nothing in it.
    setGroup: (group) => updateBudget((r) => ({ ...r, group, path: [] })),
    setAmounts: (amounts) => {
      const r = get().route;
      if (r.page === 'compare') get().navigate({ ...r, amounts });
      else updateBudget((b) => ({ ...b, amounts }));
    },
    setPath: (path) => updateBudget((r) => ({ ...r, path })),
    drillInto: (key) => updateBudget((r) => ({ ...r, path: [...r.path, key] })),
    drillOut: (levels = 1) => updateBudget((r) => ({ ...r, path: r.path.slice(0, Math.max(0, r.path.length - levels)) })),
    dismissProblems: () => set({ problems: [] }),
  };
};
