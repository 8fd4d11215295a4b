import type { Budget } from '../../model/types';
import type { Route } from '../../state/route';
import { useAppStore } from '../../state/store';
import { selectSetTableQuery, selectSetTableTab } from '../../state/selectors';
import { TreemapView } from './TreemapView';
import { SankeySlot, TablesSlot } from './LazyViews';

/** The view a budget route names: the same component on the budget page and on its embed page. */
export function BudgetView({ budget, route }: { budget: Budget; route: Extract<Route, { page: 'budget' }> }) {
  const setTableTab = useAppStore(selectSetTableTab);
  const setTableQuery = useAppStore(selectSetTableQuery);
  if (route.view === 'treemap') {
    return <TreemapView budget={budget} path={route.path} measure={route.measure} group={route.group} />;
  }
  if (route.view === 'sankey') return <SankeySlot budget={budget} />;
  return (
    <TablesSlot
      budget={budget}
      onTabChange={setTableTab}
      onQueryChange={setTableQuery}
      {...(route.sort !== undefined ? { sort: route.sort } : {})}
      {...(route.filter !== undefined ? { filter: route.filter } : {})}
      {...(route.tab !== undefined ? { tab: route.tab } : {})}
      {...(route.row !== undefined ? { row: route.row } : {})}
    />
  );
}
