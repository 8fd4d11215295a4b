import { describe, expect, it } from 'vitest';
import { compareRoute, embedRoute, formatHash, fullRoute, MAX_COMPARE, parseHash, type CompareRoute, type Route } from '../../src/state/route';
import { createAppStore } from '../../src/state/store';

describe('compare routes (#/compare?ids=…)', () => {
  it('reads ids in the order given, the measure and the language', () => {
    expect(parseHash('#/compare?ids=haizhu-data-bureau-2021,haizhu-data-bureau-2025&measure=basic&lang=en')).toEqual({
      route: { page: 'compare', lang: 'en', ids: ['haizhu-data-bureau-2021', 'haizhu-data-bureau-2025'], measure: 'basic' },
      problems: [],
    });
    expect(parseHash('#/compare').route).toEqual({ page: 'compare', lang: 'zh', ids: [], measure: 'total' });
  });

  it('has an embed twin with the same query', () => {
    expect(parseHash('#/embed/compare?ids=a-1,b-2&lang=en').route).toEqual({ page: 'compare', lang: 'en', ids: ['a-1', 'b-2'], measure: 'total', embed: true });
    const full = parseHash('#/compare?ids=a-1,b-2&measure=project').route as CompareRoute;
    expect(formatHash(embedRoute(full))).toBe('#/embed/compare?ids=a-1,b-2&measure=project');
    expect(formatHash(fullRoute(embedRoute(full) as CompareRoute))).toBe('#/compare?ids=a-1,b-2&measure=project');
  });

  it.each(['#/compare?ids=a-1,b-2', '#/compare?ids=a-1,b-2,c_3&measure=basic&lang=en', '#/embed/compare?ids=x,y', '#/compare'])('%s round-trips', (hash) => {
    expect(formatHash(parseHash(hash).route)).toBe(hash);
  });

  it.each([
    ['#/compare?ids=a-1,<script>', ['a-1']],
    ['#/compare?ids=a-1,a-1,b-2', ['a-1', 'b-2']],
    ['#/compare?ids=a-1,,b-2', ['a-1', 'b-2']],
    [`#/compare?ids=${Array.from({ length: MAX_COMPARE + 3 }, (_, i) => `b${i}`).join(',')}`, Array.from({ length: MAX_COMPARE }, (_, i) => `b${i}`)],
  ] as const)('%s keeps the good ids and reports badIds', (hash, ids) => {
    const { route, problems } = parseHash(hash);
    expect(route).toMatchObject({ page: 'compare', ids });
    expect(problems).toContain('badIds');
  });

  it('drops a bad measure with a problem', () => {
    const { route, problems } = parseHash('#/compare?ids=a,b&measure=%3Cb%3E');
    expect(route).toMatchObject({ page: 'compare', measure: 'total' });
    expect(problems).toEqual(['badMeasure']);
  });

  it('is not confused with a budget page or a deeper path', () => {
    expect(parseHash('#/compare/x').route.page).toBe('notFound');
    expect(parseHash('#/embed/compare/x').route).toMatchObject({ page: 'budget', budgetId: 'compare', embed: true });
  });

  it('compareRoute builds a link with defaults', () => {
    expect(formatHash(compareRoute(['a-2021', 'a-2025'], 'en'))).toBe('#/compare?ids=a-2021,a-2025&lang=en');
  });

  it('store: the measure of a compare page is set in the URL', () => {
    const store = createAppStore();
    const pushed: string[] = [];
    store.getState().connectHistory({ push: (h) => pushed.push(h), replace: () => undefined });
    store.getState().syncFromHash('#/compare?ids=a,b');
    store.getState().setMeasure('basic');
    expect(pushed).toEqual(['#/compare?ids=a,b&measure=basic']);
  });
});

describe('tables tab and marked row (#/budget/<id>/tables?tab=…&row=…)', () => {
  it('reads tab and row on the tables view', () => {
    expect(parseHash('#/budget/haizhu-data-bureau-2021/tables?tab=projects&row=p03').route).toEqual({
      page: 'budget',
      lang: 'zh',
      budgetId: 'haizhu-data-bureau-2021',
      view: 'tables',
      path: [],
      measure: 'total',
      group: 'function',
      tab: 'projects',
      row: 'p03',
    });
  });

  it.each(['#/budget/x/tables?tab=economic&row=30101', '#/budget/x/tables?tab=units&row=550004&lang=en', '#/embed/x/tables?tab=projects&row=p12'])(
    '%s round-trips',
    (hash) => {
      expect(formatHash(parseHash(hash).route)).toBe(hash);
    },
  );

  it.each([
    ['#/budget/x/tables?tab=pie', 'badTab', {}],
    ['#/budget/x/tables?tab=projects&row=%3Cimg%20src%3Dx%3E', 'badRow', { tab: 'projects' }],
    ['#/budget/x/tables?row=a%00b', 'badRow', {}],
    [`#/budget/x/tables?row=${'9'.repeat(80)}`, 'badRow', {}],
  ] as const)('%s: the bad part is dropped (%s)', (hash, problem, partial) => {
    const { route, problems } = parseHash(hash);
    expect(problems).toContain(problem);
    expect(route).toMatchObject({ page: 'budget', view: 'tables', ...partial });
    expect(route).not.toHaveProperty('row');
  });

  it('ignores tab and row on other views and leaves them out of the canonical hash', () => {
    const { route, problems } = parseHash('#/budget/x/treemap?tab=projects&row=p03');
    expect(problems).toEqual([]);
    expect(route).not.toHaveProperty('tab');
    expect(formatHash(route)).toBe('#/budget/x/treemap');
    expect(formatHash({ ...(route as Extract<Route, { page: 'budget' }>), tab: 'projects', row: 'p03' })).toBe('#/budget/x/treemap');
  });

  it('store: changing the tab keeps the budget and drops the marked row', () => {
    const store = createAppStore();
    const pushed: string[] = [];
    store.getState().connectHistory({ push: (h) => pushed.push(h), replace: () => undefined });
    store.getState().syncFromHash('#/budget/x/tables?tab=projects&row=p03');
    store.getState().setTableTab('economic');
    expect(pushed).toEqual(['#/budget/x/tables?tab=economic']);
  });
});
