import { describe, expect, it } from 'vitest';
import { embedRoute, formatHash, fullRoute, parseHash, type Route } from '../../src/state/route';
import { createAppStore } from '../../src/state/store';

type BudgetRoute = Extract<Route, { page: 'budget' }>;

describe('embed routes (#/embed/…)', () => {
  it('reads an embed link with the same query as the full view', () => {
    expect(parseHash('#/embed/001/treemap?path=206,20601&measure=basic&lang=en')).toEqual({
      route: { page: 'budget', lang: 'en', budgetId: '001', view: 'treemap', path: ['206', '20601'], measure: 'basic', group: 'function', embed: true },
      problems: [],
    });
    expect(parseHash('#/embed/haizhu-grid-centre-2021/tables').route).toMatchObject({ view: 'tables', embed: true });
    expect(parseHash('#/embed/001').route).toMatchObject({ view: 'treemap', embed: true });
  });

  it('leaves the flag out of full-site routes', () => {
    expect(parseHash('#/budget/001/sankey').route).not.toHaveProperty('embed');
  });

  it.each(['#/embed/001/treemap?path=206&by=unit&lang=en', '#/embed/001/sankey', '#/embed/x_y-1/tables?lang=en'])('%s round-trips', (hash) => {
    expect(formatHash(parseHash(hash).route)).toBe(hash);
  });

  it('controls=1 asks an embed for its controls; a full page ignores it; another value is a problem', () => {
    expect(parseHash('#/embed/001/sankey?kuan=1&controls=1').route).toMatchObject({ embed: true, kuan: true, controls: true });
    expect(parseHash('#/embed/001/treemap').route).not.toHaveProperty('controls');
    expect(parseHash('#/embed/001/treemap?controls=0')).toMatchObject({ problems: [] });
    expect(parseHash('#/embed/001/treemap?controls=0').route).not.toHaveProperty('controls');
    expect(parseHash('#/budget/001/treemap?controls=1').route).not.toHaveProperty('controls');
    const bad = parseHash('#/embed/001/tables?controls=yes');
    expect(bad.problems).toEqual(['badControls']);
    expect(bad.route).not.toHaveProperty('controls');
    // The link back from an embed with controls is the plain full page.
    const withControls = parseHash('#/embed/001/tables?tab=economic&controls=1').route as BudgetRoute;
    expect(formatHash(withControls)).toBe('#/embed/001/tables?tab=economic&controls=1');
    expect(formatHash(fullRoute(withControls))).toBe('#/budget/001/tables?tab=economic');
  });

  it('section= embeds one compare section; a full compare page ignores it; an unknown one is a problem', () => {
    const parsed = parseHash('#/embed/compare?ids=a-2021,a-2025&section=functional');
    expect(parsed).toMatchObject({ route: { page: 'compare', embed: true, section: 'functional' }, problems: [] });
    expect(formatHash(parsed.route)).toBe('#/embed/compare?ids=a-2021,a-2025&section=functional');
    expect(formatHash(fullRoute(parsed.route as Extract<Route, { page: 'compare' }>))).toBe('#/compare?ids=a-2021,a-2025');
    expect(parseHash('#/compare?ids=a-2021,a-2025&section=functional').route).not.toHaveProperty('section');
    const bad = parseHash('#/embed/compare?ids=a-2021,a-2025&section=<b>');
    expect(bad.problems).toEqual(['badSection']);
    expect(bad.route).not.toHaveProperty('section');
  });

  it('switches between a view and its embed twin, keeping everything else', () => {
    const full = parseHash('#/budget/001/treemap?path=206&measure=project&lang=en').route as BudgetRoute;
    expect(formatHash(embedRoute(full))).toBe('#/embed/001/treemap?path=206&measure=project&lang=en');
    expect(formatHash(fullRoute(embedRoute(full) as BudgetRoute))).toBe('#/budget/001/treemap?path=206&measure=project&lang=en');
  });

  it.each([
    ['#/embed', 'badBudgetId'],
    ['#/embed/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/treemap', 'badBudgetId'],
    ['#/embed/..%2F..%2Findex/treemap', 'badBudgetId'],
    ['#/embed/001/treemap/extra', 'unknownPage'],
  ] as const)('a bad embed link %s stays an embed page with problem %s', (hash, problem) => {
    const { route, problems } = parseHash(hash);
    expect(route).toEqual({ page: 'notFound', lang: 'zh', embed: true });
    expect(problems).toContain(problem);
  });

  it('answers a far too long embed link with the embed page, not the catalog', () => {
    expect(parseHash(`#/embed/001/treemap?path=${'9,'.repeat(3000)}`)).toEqual({
      route: { page: 'notFound', lang: 'zh', embed: true },
      problems: ['malformed'],
    });
    expect(parseHash(`#/budget/001/treemap?path=${'9,'.repeat(3000)}`).route).toEqual({ page: 'catalog', lang: 'zh' });
  });

  it('keeps a hostile query harmless: bad parts dropped, problems listed', () => {
    const { route, problems } = parseHash('#/embed/001/treemap?path=%3Cscript%3E,%00&measure=%3Cimg%3E&by=x&lang=xx');
    expect(route).toMatchObject({ page: 'budget', embed: true, path: [], measure: 'total', group: 'function', lang: 'zh' });
    expect(problems).toEqual(expect.arrayContaining(['badPath', 'badMeasure', 'badGroup', 'badLang']));
  });
});

describe('store in an embed', () => {
  it('replaces history entries instead of pushing them (the frame shares the article’s history)', () => {
    const store = createAppStore();
    const pushed: string[] = [];
    const replaced: string[] = [];
    store.getState().connectHistory({ push: (h) => pushed.push(h), replace: (h) => replaced.push(h) });
    store.getState().syncFromHash('#/embed/001/treemap');
    store.getState().drillInto('206');
    store.getState().setGroup('unit');
    expect(pushed).toEqual([]);
    expect(replaced).toEqual(['#/embed/001/treemap?path=206', '#/embed/001/treemap?by=unit']);
    expect(store.getState().route).toMatchObject({ embed: true, group: 'unit' });
  });
});
