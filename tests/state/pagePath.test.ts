import { describe, expect, it } from 'vitest';
import {
  budgetPagePath,
  comparePagePath,
  dataPagePath,
  departmentPagePath,
  pageLink,
  regionPagePath,
  routeOfPagePath,
  sourcePagePath,
} from '../../src/state/pagePath';
import { budgetRoute } from '../../src/state/routeLinks';

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
    expect(routeOfPagePath('/department/x/')).toBe('#/department/x');
    expect(routeOfPagePath(`/sub/${departmentPagePath('a b', 'en')}index.html`)).toBe('#/department/a%20b?lang=en');
    expect(routeOfPagePath(`/${regionPagePath('海珠区', 2021)}`)).toBe(`#/region/${encodeURIComponent('海珠区')}/2021`);
    expect(routeOfPagePath(`/x/${regionPagePath('海珠区', 2021, 'en')}`)).toBe(`#/region/${encodeURIComponent('海珠区')}/2021?lang=en`);
    expect(routeOfPagePath(`/${sourcePagePath('a b')}`)).toBe('#/source/a%20b');
    expect(routeOfPagePath(`/sub/${sourcePagePath('x', 'en')}index.html`)).toBe('#/source/x?lang=en');
    expect(routeOfPagePath(`/${dataPagePath()}`)).toBe('#/data');
    expect(routeOfPagePath(`/${comparePagePath(['a-2021', 'a 2025'])}`)).toBe('#/compare?ids=a-2021,a%202025');
    expect(routeOfPagePath(`/x/${comparePagePath(['a', 'b'], 'en')}`)).toBe('#/compare?ids=a,b&lang=en');
    expect(routeOfPagePath(`/sub/${dataPagePath('en')}`)).toBe('#/data?lang=en');
    expect(routeOfPagePath('/en/')).toBe('#/?lang=en');
    expect(routeOfPagePath('/sub/en/index.html')).toBe('#/?lang=en');
    for (const p of [
      '/',
      '/index.html',
      '/budget/x/pie/',
      '/department/',
      '/source/',
      '/source/x/y/',
      '/data/',
      '/source/%E0%A4%A/',
      '/compare/a/',
      '/compare/a/b/c/',
      '/region/x/21/',
      '/budget/x/',
      '/budget/%E0%A4%A/treemap/',
      '/department/%E0%A4%A/',
    ])
      expect(routeOfPagePath(p)).toBeUndefined();
  });

  it('links a route to its own page where it has one, with its hash for the running app; else to the hash', () => {
    expect(pageLink(budgetRoute('a', 'en'))).toEqual({ href: 'en/budget/a/treemap/', 'data-hash': '#/budget/a/treemap?lang=en' });
    // The English catalog has a page (en/); the Chinese one is the root, reached by its hash; a filtered catalog has none.
    expect(pageLink({ page: 'catalog', lang: 'en' })).toEqual({ href: 'en/', 'data-hash': '#/?lang=en' });
    expect(pageLink({ page: 'catalog', lang: 'zh' })).toEqual({ href: '#/' });
    expect(pageLink({ page: 'catalog', lang: 'en', filter: { year: 2021 } }).href).toMatch(/^#\//);
    expect(pageLink({ page: 'department', departmentId: 'd', lang: 'zh' })).toEqual({ href: 'department/d/', 'data-hash': '#/department/d' });
    expect(pageLink({ page: 'region', region: '海珠区', year: 2021, lang: 'zh' })).toEqual({
      href: regionPagePath('海珠区', 2021),
      'data-hash': `#/region/${encodeURIComponent('海珠区')}/2021`,
    });
    // A drilled treemap has no page of its own: the hash is the link.
    const drilled = { ...budgetRoute('a', 'zh'), path: ['201'] } as Parameters<typeof pageLink>[0];
    expect(pageLink(drilled)).toEqual({ href: '#/budget/a/treemap?path=201' });
    expect(pageLink({ page: 'data', lang: 'en' })).toEqual({ href: 'en/downloads/', 'data-hash': '#/data?lang=en' });
    expect(pageLink({ page: 'source', budgetId: 'a', lang: 'zh' })).toEqual({ href: 'source/a/', 'data-hash': '#/source/a' });
    expect(pageLink({ page: 'compare', ids: ['a', 'b'], measure: 'total', lang: 'zh' })).toEqual({ href: 'compare/a/b/', 'data-hash': '#/compare?ids=a,b' });
    // Another measure, or three budgets, have no page of their own.
    expect(pageLink({ page: 'compare', ids: ['a', 'b'], measure: 'basic', lang: 'zh' }).href).toMatch(/^#\/compare/);
    expect(pageLink({ page: 'compare', ids: ['a', 'b', 'c'], measure: 'total', lang: 'zh' }).href).toMatch(/^#\/compare/);
    // A source link citing lines opens the page at them: the hash is the link.
    expect(pageLink({ page: 'source', budgetId: 'a', lang: 'zh', lines: [3, 4] })).toEqual({ href: '#/source/a?lines=3-4' });
  });
});
