import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, type Route } from '../../src/state/route';

describe('parseHash', () => {
  it.each([
    ['', { page: 'catalog', lang: 'zh' }],
    ['#', { page: 'catalog', lang: 'zh' }],
    ['#/', { page: 'catalog', lang: 'zh' }],
    ['#/?lang=en', { page: 'catalog', lang: 'en' }],
  ])('%j is the catalog', (hash, route) => {
    expect(parseHash(hash)).toEqual({ route, problems: [] });
  });

  it('reads a full treemap deep link', () => {
    expect(parseHash('#/budget/001/treemap?path=206,20601&measure=basic&by=unit&lang=en')).toEqual({
      route: { page: 'budget', lang: 'en', budgetId: '001', view: 'treemap', path: ['206', '20601'], measure: 'basic', group: 'unit' },
      problems: [],
    });
  });

  it('defaults to the treemap, total, by function, Chinese', () => {
    expect(parseHash('#/budget/003').route).toEqual({
      page: 'budget',
      lang: 'zh',
      budgetId: '003',
      view: 'treemap',
      path: [],
      measure: 'total',
      group: 'function',
    });
    expect(parseHash('#/budget/003/sankey').route).toMatchObject({ view: 'sankey' });
    expect(parseHash('#/budget/003/tables').route).toMatchObject({ view: 'tables' });
  });

  it('decodes path keys one by one (unit names may hold commas)', () => {
    const { route } = parseHash(`#/budget/001/treemap?path=${encodeURIComponent('unit:甲,乙')},p01&by=unit`);
    expect(route).toMatchObject({ path: ['unit:甲,乙', 'p01'] });
  });

  it.each([
    ['#/budget/001/pie', 'unknownView', { view: 'treemap' }],
    ['#/budget/001/treemap?measure=everything', 'badMeasure', { measure: 'total' }],
    ['#/budget/001/treemap?by=region', 'badGroup', { group: 'function' }],
    ['#/budget/001?lang=fr', 'badLang', { lang: 'zh' }],
    ['#/budget/001/treemap?path=%E0%A4%A', 'badPath', { path: [] }],
    ['#/budget/001/treemap?path=1,2,3,4,5,6,7,8,9', 'badPath', { path: [] }],
    ['#/budget/001/treemap?path=%00', 'badPath', { path: [] }],
    ['#/budget/001/treemap?measure=%ZZ', 'malformed', { measure: 'total' }],
  ] as const)('%s: a bad part is dropped with problem %s, the rest still works', (hash, problem, partial) => {
    const { route, problems } = parseHash(hash);
    expect(problems).toContain(problem);
    expect(route).toMatchObject({ page: 'budget', budgetId: '001', ...partial });
  });

  it.each([
    ['#/budget/<script>alert(1)</script>', 'badBudgetId'],
    ['#/budget/..%2F..%2Fetc', 'badBudgetId'],
    ['#/budget/%E0%A4%A', 'badBudgetId'],
    ['#/budget/', 'badBudgetId'],
    ['#/admin', 'unknownPage'],
    ['#/budget/001/treemap/extra', 'unknownPage'],
    ['#javascript:alert(1)', 'unknownPage'],
  ] as const)('%s is not a page (%s)', (hash, problem) => {
    const { route, problems } = parseHash(hash);
    expect(route.page).toBe('notFound');
    expect(problems).toContain(problem);
  });

  it('keeps the language on a page it cannot show', () => {
    expect(parseHash('#/nothing?lang=en').route).toEqual({ page: 'notFound', lang: 'en' });
  });

  it('refuses absurdly long hashes without parsing them', () => {
    expect(parseHash(`#/budget/001?path=${'1,'.repeat(5000)}`)).toEqual({ route: { page: 'catalog', lang: 'zh' }, problems: ['malformed'] });
  });

  it('never throws on random input', () => {
    const chars = '#/?&=,%abc019_-:.<>"\u0000中';
    let seed = 7;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: Math.floor(rnd() * 40) }, () => chars[Math.floor(rnd() * chars.length)]).join('');
      expect(() => parseHash(s)).not.toThrow();
    }
  });
});

describe('formatHash', () => {
  const routes: Route[] = [
    { page: 'catalog', lang: 'zh' },
    { page: 'catalog', lang: 'en' },
    { page: 'budget', lang: 'zh', budgetId: '001', view: 'treemap', path: [], measure: 'total', group: 'function' },
    { page: 'budget', lang: 'en', budgetId: '003', view: 'treemap', path: ['201', '20103', '2010301'], measure: 'project', group: 'function' },
    { page: 'budget', lang: 'zh', budgetId: '002', view: 'treemap', path: ['unit:广州市,某单位', 'p07'], measure: 'total', group: 'unit' },
    { page: 'budget', lang: 'en', budgetId: '004', view: 'tables', path: [], measure: 'total', group: 'function' },
  ];
  it.each(routes)('round-trips %j', (route) => {
    expect(parseHash(formatHash(route))).toEqual({ route, problems: [] });
  });

  it('writes short canonical links', () => {
    expect(formatHash({ page: 'catalog', lang: 'zh' })).toBe('#/');
    expect(formatHash({ page: 'budget', lang: 'zh', budgetId: '001', view: 'treemap', path: [], measure: 'total', group: 'function' })).toBe(
      '#/budget/001/treemap',
    );
    expect(formatHash({ page: 'budget', lang: 'en', budgetId: '001', view: 'treemap', path: ['206'], measure: 'basic', group: 'function' })).toBe(
      '#/budget/001/treemap?path=206&measure=basic&lang=en',
    );
  });
});
