import { describe, expect, it } from 'vitest';
import { budgetPagePath, routeOfPagePath } from '../../src/state/pagePath';

describe('budget page paths', () => {
  it('names each view’s page, the English one under en/, the id encoded', () => {
    expect(budgetPagePath('haizhu-2021', 'sankey')).toBe('budget/haizhu-2021/sankey/');
    expect(budgetPagePath('haizhu-2021', 'tables', 'en')).toBe('en/budget/haizhu-2021/tables/');
    expect(budgetPagePath('a b/c', 'treemap')).toBe('budget/a%20b%2Fc/treemap/');
  });

  it('reads a page’s address back as its route, from any folder, and nothing else', () => {
    expect(routeOfPagePath('/budget/haizhu-2021/sankey/')).toBe('#/budget/haizhu-2021/sankey');
    expect(routeOfPagePath('/sub/folder/en/budget/haizhu-2021/tables/index.html')).toBe('#/budget/haizhu-2021/tables?lang=en');
    expect(routeOfPagePath(`/${budgetPagePath('a b', 'treemap')}`)).toBe('#/budget/a%20b/treemap');
    for (const p of ['/', '/index.html', '/budget/x/pie/', '/department/x/', '/budget/x/', '/budget/%E0%A4%A/treemap/'])
      expect(routeOfPagePath(p)).toBeUndefined();
  });
});
