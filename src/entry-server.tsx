/**
 * The app rendered at build time (scripts/prerender.ts): one route's markup for #root, from the data the
 * build wrote (dist/data), read through the app's own data cache — the same components, words and layout
 * the browser then hydrates (src/main.tsx). Charts have no box to measure here: they draw their static
 * drawings at the two fixed widths (TreemapPremeasure, SankeyPremeasure), as the browser's first render does.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from './app/App';
import { appStore } from './state/store';
import { preload, resetDataCache } from './state/dataCache';
import { dataPrints } from './state/dataPrints';
import { formatHash } from './state/route';
import { preloadCode } from './app/preloadCode';

export interface RenderedRoute {
  /** The route as the app formats it (what src/main.tsx compares with the address before it hydrates). */
  route: string;
  html: string;
  /** The prints of the data files the render read (state/dataPrints.ts), for data-prints on #root. */
  prints: string;
}

/** `hash`: the route ("#/budget/<id>/treemap"); `dataRoot`: the folder holding data/ (the built site). */
export async function renderRoute(hash: string, dataRoot: string): Promise<RenderedRoute> {
  resetDataCache(async (url) => {
    try {
      const text = await readFile(resolve(dataRoot, url), 'utf8');
      return { ok: true, status: 200, text: async () => text };
    } catch {
      return { ok: false, status: 404, text: async () => '' };
    }
  });
  appStore.getState().syncFromHash(hash);
  const route = appStore.getState().route;
  // The data and the code (the page's chunk, the words) the browser loads before it hydrates.
  await Promise.all([preload(route, 120_000), preloadCode(route)]);
  // A first pass waits for everything that suspends (lazy views, data asked for during render); the second,
  // with all of it at hand, renders complete markup in one piece: no fallbacks, no inline scripts (the
  // site's CSP allows none).
  const { prelude } = await prerenderToNodeStream(<App />);
  for await (const _ of prelude);
  const html = renderToString(<App />);
  return { route: formatHash(route), html, prints: dataPrints() };
}
