/**
 * The published CSV files (data/downloads/<id>/…, written at build time from budgetCsvFiles) behind each
 * view of a budget: what an exported image's credit line points to, so a reader of a picture in an article
 * can get the figures. A table of views, not branches: a new view adds a row.
 */
import { DOWNLOADS_DIR } from './manifest';
import { RECORD_FILES, type RecordField } from './budgetCsvFiles';
import type { Budget } from '../types';

/** view, or view:grouping / view:tab → the lists it draws. */
const VIEW_FIELDS: Readonly<Record<string, readonly RecordField[]>> = {
  'treemap:function': ['functional'],
  'treemap:unit': ['projects'],
  sankey: ['income', 'economic'],
  'tables:functional': ['functional'],
  'tables:economic': ['economic'],
  'tables:units': ['units'],
  'tables:projects': ['projects'],
};

/**
 * Site-relative paths of the CSV files behind a view (`key` as in VIEW_FIELDS), only those the budget has
 * (a budget without projects publishes no projects.csv).
 */
export function viewDataFiles(budget: Budget, key: string): string[] {
  const fields = VIEW_FIELDS[key] ?? [];
  return fields
    .filter((f) => (budget[f] as readonly unknown[]).length > 0)
    .map((f) => RECORD_FILES.find((r) => r.field === f)?.name)
    .filter((n): n is string => n !== undefined)
    .map((n) => `${DOWNLOADS_DIR}/${encodeURIComponent(budget.id)}/${n}`);
}
