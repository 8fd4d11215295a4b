/**
 * A budget page rendered as the build renders it (react-dom/server, charts unmeasured: their two static
 * drawings) and then hydrated in Chromium with React's development build, which reports every difference
 * between the markup and the first client render (text, attributes, elements) on console.error. Each view,
 * in Chinese and in English: no difference, no error, and the nodes of the markup are the ones kept (a
 * replaced tree would be a new <h1>).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StrictMode } from 'react';
import { hostWith, hydrateHost, removeHosts } from './hydratedHost';
import { renderToString } from 'react-dom/server';
import { App } from '../../src/app/App';
import { appStore } from '../../src/state/store';
import { preload, resetDataCache } from '../../src/state/dataCache';
import { preloadCode } from '../../src/app/preloadCode';

const ID = 'haizhu-data-bureau-2021';
afterEach(removeHosts);

/** The markup of a route, all lazy views loaded (the build waits for them the same way). */
async function serverMarkup(): Promise<string> {
  const app = <App />;
  let html = renderToString(app);
  for (let i = 0; i < 20 && /<!--\$[?!]-->/.test(html); i++) {
    await new Promise((r) => setTimeout(r, 100));
    html = renderToString(app);
  }
  return html;
}

describe('a page rendered at build time hydrates without a difference', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const view of ['treemap', 'sankey', 'tables'] as const) {
      it(`${view}, ${lang}`, async () => {
        resetDataCache((url) => fetch(`/${url}`));
        appStore.getState().syncFromHash(`#/budget/${ID}/${view}${lang === 'en' ? '?lang=en' : ''}`);
        // The data and the code (the page's chunk, the words) first, as entry-server.tsx and main.tsx do: a cold
        // dev server can take longer to serve the page's chunk than serverMarkup's retries wait.
        await Promise.all([preload(appStore.getState().route, Number.POSITIVE_INFINITY), preloadCode(appStore.getState().route)]);
        const html = await serverMarkup();
        expect(html).not.toMatch(/<!--\$[?!]-->/);
        expect(html).toContain('data-testid="budget-page"');
        if (view !== 'tables') expect(html).toContain(`data-testid="${view}-premeasure"`);

        const host = hostWith(html);
        const h1 = host.querySelector('h1');
        const errors = vi.spyOn(console, 'error');
        const recoverable: unknown[] = [];
        hydrateHost(
          host,
          <StrictMode>
            <App />
          </StrictMode>,
          { onRecoverableError: (e) => recoverable.push(e) },
        );
        // The live chart replaces the drawings once it has measured its box (after hydration).
        if (view !== 'tables') await expect.poll(() => host.querySelector(`[data-testid="${view}-svg"]`) ?? null, { timeout: 10_000 }).not.toBeNull();
        else await expect.poll(() => host.querySelector('[data-testid="budget-page"] table') ?? null, { timeout: 10_000 }).not.toBeNull();
        const calls = errors.mock.calls.map((c) => c.map(String).join(' '));
        errors.mockRestore();
        expect(recoverable).toEqual([]);
        expect(calls.filter((c) => /hydrat|did not match|server rendered/i.test(c))).toEqual([]);
        expect(calls).toEqual([]);
        // The same element: hydrated, not rendered again.
        expect(host.querySelector('h1')).toBe(h1);
      });
    }
  }
});
