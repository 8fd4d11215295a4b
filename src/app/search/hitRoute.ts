/**
 * Where a search hit takes the reader (pure): straight to the line in its budget.
 * - a project → the tables view, 项目 tab, the project marked (…/tables?tab=projects&row=p03);
 * - a 功能分类 line → the treemap drilled to it (path = 类, 款, 项 codes);
 * - a 经济分类 line → the tables view, 经济分类 tab, the line marked;
 * - a unit (单位) → the tables view, 单位 tab, the unit marked; the department itself → its budget page.
 */
import type { SearchHit } from '../../model/searchTypes';
import type { Lang, Route } from '../../state/route';

/** 功能分类 path from the 类 down: "2060101" → ["206", "20601", "2060101"]. */
export function functionalPath(code: string): string[] {
  if (!/^\d+$/.test(code)) return [code];
  if (code.length === 7) return [code.slice(0, 3), code.slice(0, 5), code];
  if (code.length === 5) return [code.slice(0, 3), code];
  return [code];
}

// Row keys a URL may carry (route.ts checks the same): a unit named only by its Chinese name has none.
const ROW_KEY = /^[A-Za-z0-9_.:-]{1,64}$/;

export function hitRoute(hit: Pick<SearchHit, 'budget' | 'kind' | 'key'>, lang: Lang): Route {
  const base = { page: 'budget' as const, lang, budgetId: hit.budget, path: [] as string[], measure: 'total' as const, group: 'function' as const };
  const row = ROW_KEY.test(hit.key) ? { row: hit.key } : {};
  switch (hit.kind) {
    case 'project':
      return { ...base, view: 'tables', tab: 'projects', ...row };
    case 'economic':
      return { ...base, view: 'tables', tab: 'economic', ...row };
    case 'functional':
      return { ...base, view: 'treemap', path: functionalPath(hit.key) };
    case 'department':
      return hit.key === '' ? { ...base, view: 'treemap' } : { ...base, view: 'tables', tab: 'units', ...row };
    case 'glossary':
      return { ...base, view: 'treemap' };
  }
}
