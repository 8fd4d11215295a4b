import type { Budget } from '../../model/types';
import type { Route } from '../../state/route';
import { useAppStore } from '../../state/store';
import { selectNavigate, selectSetTableQuery, selectSetTableTab } from '../../state/selectors';
import { withSankeyQuery } from '../../state/sankeyQuery';
import { showRoundingCheck } from './showRoundingCheck';
import { TreemapView } from './TreemapView';
import { SankeySlot, TablesSlot } from './LazyViews';

/** The view a budget route names: the same component on the budget page and on its embed page. */
export function BudgetView({ budget, route }: { budget: Budget; route: Extract<Route, { page: 'budget' }> }) {
  const setTableTab = useAppStore(selectSetTableTab);
  const setTableQuery = useAppStore(selectSetTableQuery);
  const navigate = useAppStore(selectNavigate);
  // An embed is chart-only unless its link asks for the controls (controls=1, from the embed dialog).
  const chartOnly = route.embed === true && route.controls !== true;
  if (route.view === 'treemap') {
    return <TreemapView budget={budget} path={route.path} measure={route.measure} group={route.group} chartOnly={chartOnly} />;
  }
  if (route.view === 'sankey') {
    // The toggles are the route's (kuan=1, flows=table): a link reopens them, another budget starts without.
    // Keyed by budget so that nothing on screen (a pinned tooltip) carries over either.
    return (
      <SankeySlot
        key={budget.id}
        budget={budget}
        kuan={route.kuan === true}
        showTable={route.flows === 'table'}
        onKuanChange={(on) => navigate(withSankeyQuery(route, { kuan: on }))}
        onTableChange={(on) => navigate(withSankeyQuery(route, { table: on }))}
        // The embed has no 数据核对 to open: its rounding sentences stand without the link.
        {...(route.embed ? {} : { onShowCheck: showRoundingCheck })}
        chartOnly={chartOnly}
      />
    );
  }
  return (
    <TablesSlot
      budget={budget}
      chartOnly={chartOnly}
      onTabChange={setTableTab}
      onQueryChange={setTableQuery}
      {...(route.sort !== undefined ? { sort: route.sort } : {})}
      {...(route.filter !== undefined ? { filter: route.filter } : {})}
      {...(route.tab !== undefined ? { tab: route.tab } : {})}
      {...(route.row !== undefined ? { row: route.row } : {})}
    />
  );
}
