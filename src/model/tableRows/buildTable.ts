/**
 * Which tables a budget has, and the model of one of them.
 */
import type { Budget } from '../types';
import { economicRows } from './economicRows';
import { functionalRows } from './functionalRows';
import { projectRows } from './projectRows';
import { TABLE_IDS, type TableId, type TableModel } from './types';
import { unitRows } from './unitRows';

export function buildTable(budget: Budget, id: TableId, opts: { unit?: string } = {}): TableModel {
  switch (id) {
    case 'functional':
      return functionalRows(budget, opts.unit);
    case 'economic':
      return economicRows(budget);
    case 'units':
      return unitRows(budget);
    case 'projects':
      return projectRows(budget);
  }
}

/** Which tables have rows in this budget (a tab is shown only for those). */
export function availableTables(budget: Budget): TableId[] {
  return TABLE_IDS.filter((id) => {
    switch (id) {
      case 'functional':
        return budget.functional.length > 0;
      case 'economic':
        return budget.economic.length > 0;
      case 'units':
        return budget.units.length > 0 || budget.basicByUnit.length > 0;
      case 'projects':
        return budget.projects.length > 0;
      default:
        return false;
    }
  });
}
