/**
 * The Sankey's toggles in the URL (资金流向): `kuan=1` shows the 经济分类 款 column, `flows=table` shows the
 * flows as a table. They belong to one budget's Sankey view: parsed only there, written only there, and a link
 * to another budget (budgetRoute) starts without them. A bad value is a route problem, the toggle stays off.
 */
import type { RouteProblem } from './route';

export interface SankeyQuery {
  kuan?: true;
  flows?: 'table';
}

export function parseSankeyQuery(query: ReadonlyMap<string, string>, problems: RouteProblem[]): SankeyQuery {
  const out: SankeyQuery = {};
  const kuan = query.get('kuan');
  if (kuan === '1') out.kuan = true;
  else if (kuan !== undefined && kuan !== '0') problems.push('badSankey');
  const flows = query.get('flows');
  if (flows === 'table') out.flows = 'table';
  else if (flows !== undefined && flows !== 'chart') problems.push('badSankey');
  return out;
}

/** The query parts of a Sankey route (defaults left out). */
export function formatSankeyQuery(q: SankeyQuery): string[] {
  const parts: string[] = [];
  if (q.kuan === true) parts.push('kuan=1');
  if (q.flows === 'table') parts.push('flows=table');
  return parts;
}

/** A route's toggles changed (an absent toggle is off, so the URL stays short). */
export function withSankeyQuery<R extends SankeyQuery>(route: R, patch: { kuan?: boolean; table?: boolean }): R {
  const { kuan: _k, flows: _f, ...rest } = route;
  const kuan = patch.kuan ?? route.kuan === true;
  const table = patch.table ?? route.flows === 'table';
  return { ...rest, ...(kuan ? { kuan: true as const } : {}), ...(table ? { flows: 'table' as const } : {}) } as R;
}
