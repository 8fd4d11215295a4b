/** `amounts=printed|million` on a budget route: read, written back, kept across views, refused when bad. */
import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, type Route } from '../../src/state/route';
import { createAppStore } from '../../src/state/store';

describe('amounts in the budget route', () => {
  it.each([['printed'], ['million']] as const)('reads and writes amounts=%s in every view and in embeds', (mode) => {
    for (const view of ['treemap', 'sankey', 'tables'] as const) {
      const hash = `#/budget/001/${view}?amounts=${mode}&lang=en`;
      const { route, problems } = parseHash(hash);
      expect(problems).toEqual([]);
      expect(route).toMatchObject({ page: 'budget', view, amounts: mode, lang: 'en' });
      expect(formatHash(route)).toBe(hash);
    }
    expect(parseHash(`#/embed/001/sankey?amounts=${mode}`).route).toMatchObject({ embed: true, amounts: mode });
  });

  it('leaves amounts out when absent (the language decides), and out of the link', () => {
    const { route } = parseHash('#/budget/001/treemap?lang=en');
    expect(route).not.toHaveProperty('amounts');
    expect(formatHash(route)).toBe('#/budget/001/treemap?lang=en');
  });

  it.each([['Million'], ['wan'], [''], ['百万元'], ['printed,million']])('refuses amounts=%j with a route problem and shows the default', (bad) => {
    const { route, problems } = parseHash(`#/budget/001/treemap?amounts=${encodeURIComponent(bad)}`);
    expect(problems).toEqual(['badAmounts']);
    expect(route).toMatchObject({ page: 'budget', budgetId: '001' });
    expect(route).not.toHaveProperty('amounts');
  });

  it('the toggle writes the URL and the choice survives a change of view and of language', () => {
    const store = createAppStore();
    const pushed: string[] = [];
    store.getState().connectHistory({ push: (h) => pushed.push(h), replace: (h) => pushed.push(h) });
    store.getState().syncFromHash('#/budget/001/treemap?lang=en');
    store.getState().setAmounts('printed');
    expect(pushed.at(-1)).toBe('#/budget/001/treemap?amounts=printed&lang=en');
    store.getState().setView('sankey');
    expect(pushed.at(-1)).toBe('#/budget/001/sankey?amounts=printed&lang=en');
    store.getState().setLang('zh');
    expect(pushed.at(-1)).toBe('#/budget/001/sankey?amounts=printed');
    const r = store.getState().route as Extract<Route, { page: 'budget' }>;
    expect(r.amounts).toBe('printed');
  });
});

describe('amounts in the compare route', () => {
  it.each([['printed'], ['million']] as const)('reads and writes amounts=%s, on the page and its embeds', (mode) => {
    const hash = `#/compare?ids=a-2021,a-2025&amounts=${mode}&lang=en`;
    const { route, problems } = parseHash(hash);
    expect(problems).toEqual([]);
    expect(route).toMatchObject({ page: 'compare', amounts: mode });
    expect(formatHash(route)).toBe(hash);
    expect(parseHash(`#/embed/compare?ids=a-2021,a-2025&amounts=${mode}`).route).toMatchObject({ embed: true, amounts: mode });
  });

  it('refuses a bad value with a route problem; the toggle writes the compare URL', () => {
    expect(parseHash('#/compare?ids=a-2021,a-2025&amounts=wan').problems).toEqual(['badAmounts']);
    const store = createAppStore();
    const pushed: string[] = [];
    store.getState().connectHistory({ push: (h) => pushed.push(h), replace: (h) => pushed.push(h) });
    store.getState().syncFromHash('#/compare?ids=a-2021,a-2025&lang=en');
    store.getState().setAmounts('printed');
    expect(pushed.at(-1)).toBe('#/compare?ids=a-2021,a-2025&amounts=printed&lang=en');
  });
});
