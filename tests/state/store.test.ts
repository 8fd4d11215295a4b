import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { selectLang, selectProblems, selectRoute } from '../../src/state/selectors';
import { formatHash } from '../../src/state/route';
import { startHashSync } from '../../src/state/hashSync';

function withHistory() {
  const store = createAppStore();
  const pushed: string[] = [];
  const replaced: string[] = [];
  store.getState().connectHistory({ push: (h) => pushed.push(h), replace: (h) => replaced.push(h) });
  return { store, pushed, replaced };
}

describe('app store', () => {
  it('starts on the Chinese catalog', () => {
    const s = createAppStore().getState();
    expect(selectRoute(s)).toEqual({ page: 'catalog', lang: 'zh' });
    expect(selectLang(s)).toBe('zh');
  });

  it('drills in and out, pushing one history entry per step', () => {
    const { store, pushed } = withHistory();
    store.getState().syncFromHash('#/budget/001/treemap');
    store.getState().drillInto('206');
    store.getState().drillInto('20601');
    expect(store.getState().route).toMatchObject({ path: ['206', '20601'] });
    store.getState().drillOut();
    expect(store.getState().route).toMatchObject({ path: ['206'] });
    store.getState().drillOut(5);
    expect(store.getState().route).toMatchObject({ path: [] });
    expect(pushed).toEqual(['#/budget/001/treemap?path=206', '#/budget/001/treemap?path=206,20601', '#/budget/001/treemap?path=206', '#/budget/001/treemap']);
  });

  it('switches measure and language without losing the drill path', () => {
    const { store, pushed } = withHistory();
    store.getState().syncFromHash('#/budget/001/treemap?path=206');
    store.getState().setMeasure('project');
    store.getState().setLang('en');
    expect(pushed.at(-1)).toBe('#/budget/001/treemap?path=206&measure=project&lang=en');
  });

  it('resets the drill path when the grouping changes', () => {
    const { store } = withHistory();
    store.getState().syncFromHash('#/budget/001/treemap?path=206,20601');
    store.getState().setGroup('unit');
    expect(store.getState().route).toMatchObject({ group: 'unit', path: [] });
  });

  it('ignores budget actions on the catalog', () => {
    const { store, pushed } = withHistory();
    store.getState().drillInto('206');
    store.getState().setMeasure('basic');
    expect(store.getState().route).toEqual({ page: 'catalog', lang: 'zh' });
    expect(pushed).toEqual([]);
  });

  it('keeps problems from a bad hash until dismissed or the next navigation', () => {
    const { store } = withHistory();
    store.getState().syncFromHash('#/budget/001/treemap?measure=all&lang=xx');
    expect(selectProblems(store.getState())).toEqual(['badLang', 'badMeasure']);
    store.getState().dismissProblems();
    expect(selectProblems(store.getState())).toEqual([]);
    store.getState().syncFromHash('#/budget/001/pie');
    store.getState().setView('sankey');
    expect(selectProblems(store.getState())).toEqual([]);
  });

  it('replaces instead of pushing when asked', () => {
    const { store, pushed, replaced } = withHistory();
    store.getState().navigate({ page: 'catalog', lang: 'en' }, { replace: true });
    expect(replaced).toEqual(['#/?lang=en']);
    expect(pushed).toEqual([]);
  });

  it('opens and closes the provenance popover', () => {
    const store = createAppStore();
    store
      .getState()
      .openProvenance({ id: 'headline-total', label: '支出总计', amount: '5921.56' as never, src: { table: 't03', lines: [1, 2] }, anchor: null });
    expect(store.getState().provenance?.id).toBe('headline-total');
    store.getState().closeProvenance();
    expect(store.getState().provenance).toBeNull();
  });
});

describe('startHashSync', () => {
  /**
   * A minimal window: location (a static page's address and its hash), history.replaceState, hashchange
   * listeners and the document's click listeners.
   */
  function fakeWindow(initial: string) {
    const listeners = new Set<() => void>();
    const clicks = new Set<(e: MouseEvent) => void>();
    const page = 'https://example.org/budgets/budget/002/treemap/';
    const win = {
      location: {
        hash: initial,
        get href() {
          return `${page}${win.location.hash}`;
        },
      },
      history: {
        state: null,
        replaceState: (_s: unknown, _t: string, url: string) => {
          // Replaced against the page's own address: the folder stays, only the hash changes.
          expect(url.startsWith(page)).toBe(true);
          win.location.hash = new URL(url).hash;
        },
      },
      document: {
        addEventListener: (_t: string, f: (e: MouseEvent) => void) => clicks.add(f),
        removeEventListener: (_t: string, f: (e: MouseEvent) => void) => clicks.delete(f),
      },
      addEventListener: (_t: string, f: () => void) => listeners.add(f),
      removeEventListener: (_t: string, f: () => void) => listeners.delete(f),
      fire: () => {
        for (const f of listeners) f();
      },
      /** A click on a link with this href (and these attributes, and these keys); whether it was taken over. */
      click: (href: string, o: { attrs?: string[]; ctrlKey?: boolean; button?: number; dataHash?: string } = {}) => {
        const a = {
          getAttribute: (n: string) => (n === 'href' ? href : n === 'data-hash' ? (o.dataHash ?? null) : null),
          hasAttribute: (n: string) => (o.attrs ?? []).includes(n),
        };
        // Element.closest for the one selector list the handler asks (each part checked as the browser would).
        const target = {
          closest: (sel: string) => {
            const parts = sel.split(',').map((x) => x.trim());
            const byHref = parts.includes('a[href^="#/"]') && href.startsWith('#/');
            const byData = parts.includes('a[data-hash^="#/"]') && (o.dataHash ?? '').startsWith('#/');
            return byHref || byData ? a : null;
          },
        };
        let prevented = false;
        const e = {
          target,
          button: o.button ?? 0,
          ctrlKey: !!o.ctrlKey,
          metaKey: false,
          shiftKey: false,
          altKey: false,
          defaultPrevented: false,
          preventDefault: () => (prevented = true),
        };
        for (const f of clicks) f(e as unknown as MouseEvent);
        return prevented;
      },
      listeners,
      clicks,
    };
    return win;
  }

  it('keeps a plain click on a #/ link on this page (a static page’s <base> would open the root’s index.html), and leaves others to the browser', () => {
    const store = createAppStore();
    const win = fakeWindow('');
    const stop = startHashSync(store, win as unknown as Window, '#/budget/002/treemap');
    expect(store.getState().route).toMatchObject({ budgetId: '002', view: 'treemap' });
    expect(win.click('#/budget/002/sankey')).toBe(true);
    expect(win.location.hash).toBe('#/budget/002/sankey');
    win.fire();
    expect(store.getState().route).toMatchObject({ view: 'sankey' });
    // A new tab, a middle click, a link opening elsewhere, a download, another kind of link: the browser's.
    expect(win.click('#/budget/002/tables', { ctrlKey: true })).toBe(false);
    expect(win.click('#/budget/002/tables', { button: 1 })).toBe(false);
    expect(win.click('#/budget/002/tables', { attrs: ['target'] })).toBe(false);
    expect(win.click('#/budget/002/tables', { attrs: ['download'] })).toBe(false);
    expect(win.click('#main')).toBe(false);
    expect(win.location.hash).toBe('#/budget/002/sankey');
    // A link to a pre-rendered page naming its route (pagePath.pageLink): followed as its hash here.
    expect(win.click('department/d/', { dataHash: '#/department/d' })).toBe(true);
    expect(win.location.hash).toBe('#/department/d');
    expect(win.click('department/d/', { dataHash: '#/department/d', ctrlKey: true })).toBe(false);
    // A page link without a route is the browser's.
    expect(win.click('data/index.json')).toBe(false);
    win.location.hash = '#/budget/002/sankey';
    // A replaced entry keeps this page's own address (fakeWindow checks the folder is kept).
    store
      .getState()
      .navigate({ page: 'budget', lang: 'zh', budgetId: '002', view: 'tables', path: [], measure: 'total', group: 'function' }, { replace: true });
    expect(win.location.hash).toBe('#/budget/002/tables');
    stop();
    expect(win.clicks.size).toBe(0);
  });

  it('restores the route from the hash at start-up and on Back', () => {
    const store = createAppStore();
    const win = fakeWindow('#/budget/002/treemap?path=201&lang=en');
    const stop = startHashSync(store, win as unknown as Window);
    expect(store.getState().route).toMatchObject({ budgetId: '002', path: ['201'], lang: 'en' });
    store.getState().drillInto('20103');
    expect(win.location.hash).toBe('#/budget/002/treemap?path=201,20103&lang=en');
    // Back: the browser restores the previous hash and fires hashchange
    win.location.hash = '#/budget/002/treemap?path=201&lang=en';
    win.fire();
    expect(store.getState().route).toMatchObject({ path: ['201'] });
    stop();
    expect(win.listeners.size).toBe(0);
    expect(store.getState().history).toBeNull();
  });

  it('a hostile start-up hash gives a usable route and problems, not an exception', () => {
    const store = createAppStore();
    const win = fakeWindow('#/budget/%3Cimg%20src=x%3E/treemap');
    startHashSync(store, win as unknown as Window);
    expect(store.getState().route.page).toBe('notFound');
    expect(store.getState().problems).toEqual(['badBudgetId']);
    expect(formatHash(store.getState().route)).toBe('#/not-found');
  });
});
