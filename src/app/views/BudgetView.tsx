import type { Budget } from '../../model/types';
import type { Route } from '../../state/route';
import { TreemapView } from './TreemapView';
import { SankeySlot, TablesSlot } from './LazyViews';

/** The view a budget route names: the same component on the budget page and on its embed page. */
export function BudgetView({ budget, route }: { budget: Budget; route: Extract<Route, { page: 'budget' }> }) {
  if (route.view === 'treemap') {
    return <TreemapView budget={budget} lang={route.lang} path={route.path} measure={route.measure} group={route.group} />;
  }
  return route.view === 'sankey' ? <SankeySlot budget={budget} lang={route.lang} /> : <TablesSlot budget={budget} lang={route.lang} />;
}
