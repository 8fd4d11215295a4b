import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { App } from './app/App';
import { appStore } from './state/store';
import { startHashSync } from './state/hashSync';
import { formatHash } from './state/route';
import { preload } from './state/dataCache';
import { changedSince } from './state/dataPrints';
import { preloadCode } from './app/preloadCode';
import { routeOfPagePath } from './state/pagePath';
import { EarlyInputReplay } from './ui/EarlyInputReplay';
import { takeEarlyClicks } from './ui/earlyClicks';
import './styles/tokens.css';
import './styles/base.css';

// The URL hash is the source of truth: read it before the first render, then follow it.
// A static budget page (scripts/staticPages.ts) names its route in a meta tag: its address has no hash. A
// host that serves index.html at such an address (the dev server, a catch-all rule) gives the route by its path.
const pageRoute = document.querySelector<HTMLMetaElement>('meta[name="yusuan-route"]')?.content ?? routeOfPagePath(window.location.pathname);
startHashSync(appStore, window, pageRoute);

const root = document.getElementById('root');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
const route = appStore.getState().route;

/** The app's own render, in place of whatever the page holds. */
function renderFresh(el: HTMLElement): void {
  // Buttons pressed on the page as written are gone with it: the list closes, unread.
  takeEarlyClicks();
  const reactRoot = createRoot(el);
  // At once, not at React's leisure: the site root's catalog, hidden from an old #/… link until this render
  // replaces it (scripts/rootPage.ts), is shown again the moment its mark goes.
  flushSync(() => reactRoot.render(app));
  document.documentElement.removeAttribute('data-hash-route');
}

// A page rendered at build time (scripts/prerender.ts) says for which route (data-route). Where the address
// names that route, the app takes the markup over as it is (hydration): it waits for the data that render
// had, however long — the page reads meanwhile — and a mismatch is reported, never silently patched. An
// address naming another route (a drilled treemap, English, an old #/… link) gets the app's own render.
// Either way the route's code (its page's chunk, its language's words: app/preloadCode.ts) comes first, with
// no time limit: a hydration that suspended on it would keep the page inert until it came anyway.
// A route with problems (a hostile or broken link read as the nearest page) shows them: not the page written.
if (root?.dataset.route && root.dataset.route === formatHash(route) && appStore.getState().problems.length === 0) {
  void Promise.all([preload(route, Number.POSITIVE_INFINITY), preloadCode(route)]).then(([loaded]) => {
    // Data that did not load (a file gone since the build, a broken network) makes another page than the
    // one written: the app's own render then says what is missing, instead of a mismatch.
    // So do files replaced since the build (new figures published without a rebuild): their prints differ.
    if (!loaded || changedSince(root.dataset.prints ?? '').length > 0) renderFresh(root);
    // What the reader did to the written page's controls before this (a filter, a tick, a query, a button
    // pressed) is replayed once the hydration has committed: React keeps it in the page but not in its state.
    else
      hydrateRoot(
        root,
        <StrictMode>
          <App />
          <EarlyInputReplay root={root} clicks={takeEarlyClicks()} />
        </StrictMode>,
        {
          onRecoverableError: (error) => console.error('hydration:', error),
        },
      );
  });
} else {
  // Fetch what the first screen needs (the index, or the catalog's first page, or a department's file) and the
  // budget on screen while index.html still shows its own loading line, then render once with the data
  // (waiting at most 1.5 s: after that the app's own loading state shows).
  void Promise.all([preload(route, 1500), preloadCode(route)]).then(() => {
    if (root) renderFresh(root);
  });
}
