/**
 * The header search box as a reader uses it (WAI-ARIA combobox with a listbox popup), in Chromium:
 * typing opens the list, ↓/↑ move the active option (the input keeps focus and names it with
 * aria-activedescendant, wrapping at both ends), Enter opens the active hit, Escape closes the list and a
 * second Escape clears the box. The index is the real public/data/search/ (sharded), served by Vite.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { SearchBox } from '../../src/app/search/SearchBox';
import { appStore } from '../../src/state/store';
import { resetDataCache } from '../../src/state/dataCache';

// 30101 基本工资 is printed in the 经济分类 tables of every Guangzhou budget (e.g. 000 line 1258, 表9), so
// the query has several hits and its first (an exact name) is a 经济分类 line.
const QUERY = '基本工资';

const realFetch = globalThis.fetch.bind(globalThis);

beforeEach(() => {
  // The app asks for data/… relative to its page; the test page lives elsewhere: serve public/data from the root.
  vi.stubGlobal('fetch', (url: RequestInfo | URL, init?: RequestInit) => realFetch(typeof url === 'string' && url.startsWith('data/') ? `/${url}` : url, init));
  resetDataCache();
  appStore.getState().syncFromHash('#/');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function openList() {
  const screen = await render(<SearchBox />);
  const box = screen.getByRole('combobox');
  await userEvent.click(box);
  await userEvent.keyboard(QUERY);
  await expect.element(box).toHaveAttribute('aria-expanded', 'true');
  const options = screen.getByRole('option');
  await expect.poll(() => options.elements().length).toBeGreaterThan(2);
  return { screen, box, options: options.elements() };
}

describe('SearchBox (combobox)', () => {
  it('↓ and ↑ move the active option, wrapping at both ends; the input keeps the focus', async () => {
    const { box, options } = await openList();
    await expect.element(box).not.toHaveAttribute('aria-activedescendant');
    const first = options[0]!;
    const second = options[1]!;
    const last = options.at(-1)!;

    await userEvent.keyboard('{ArrowDown}');
    await expect.element(box).toHaveAttribute('aria-activedescendant', first.id);
    expect(first.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(box).toHaveAttribute('aria-activedescendant', second.id);
    expect(second.getAttribute('aria-selected')).toBe('true');
    expect(first.getAttribute('aria-selected')).toBe('false');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    await expect.element(box).toHaveAttribute('aria-activedescendant', last.id);
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(box).toHaveAttribute('aria-activedescendant', first.id);
    await expect.element(box).toHaveFocus();
    // The active option is one of the list the input controls.
    expect(document.getElementById(box.element().getAttribute('aria-controls') ?? '')?.contains(first)).toBe(true);
  });

  it('Enter opens the active hit: the 经济分类 line, marked in the tables view', async () => {
    const { box, options } = await openList();
    expect(options[0]!.textContent).toContain(QUERY);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    const route = appStore.getState().route;
    expect(route).toMatchObject({ page: 'budget', view: 'tables', tab: 'economic', row: '30101' });
    // The list closes and the box is emptied for the next search.
    await expect.element(box).toHaveValue('');
    await expect.element(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('Enter without an active option opens the first hit', async () => {
    const { options } = await openList();
    const firstWhere = options[0]!.getAttribute('data-href');
    await userEvent.keyboard('{Enter}');
    expect(firstWhere).toContain('row=30101');
    expect(appStore.getState().route).toMatchObject({ page: 'budget', tab: 'economic', row: '30101' });
  });

  it('Escape closes the list (the text stays); a second Escape clears the box', async () => {
    const { box } = await openList();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Escape}');
    await expect.element(box).toHaveAttribute('aria-expanded', 'false');
    await expect.element(box).not.toHaveAttribute('aria-activedescendant');
    await expect.element(page.getByRole('listbox', { includeHidden: true })).not.toBeVisible();
    await expect.element(box).toHaveValue(QUERY);
    await userEvent.keyboard('{Escape}');
    await expect.element(box).toHaveValue('');
    // Nothing was opened.
    expect(appStore.getState().route.page).toBe('catalog');
  });
});
