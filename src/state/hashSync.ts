/**
 * Binds the store to the address bar: reads the hash at start-up and on every hashchange (Back,
 * Forward, an edited URL), and lets actions push or replace history entries.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from './store';

/**
 * `pageRoute`: the route of a static page (dist/budget/<id>/<view>/, its `yusuan-route` meta), used while
 * the address has no hash of its own — so the page's budget view comes up, and Back to it finds it again.
 */
export function startHashSync(store: StoreApi<AppState>, win: Window, pageRoute?: string): () => void {
  const read = () => store.getState().syncFromHash(win.location.hash || (pageRoute ?? ''));
  store.getState().connectHistory({
    push: (hash) => {
      if (win.location.hash !== hash) win.location.hash = hash;
    },
    replace: (hash) => {
      // Against the page's own address, not its <base> (a static page's is the site root): the page stays.
      win.history.replaceState(win.history.state, '', new URL(hash, win.location.href).href);
    },
  });
  read();
  win.addEventListener('hashchange', read);
  // A static page's <base> (the site's root, so that its relative URLs work from any folder) would make every
  // "#/…" link an address on the root's index.html: a whole new page. A plain click on one stays on this
  // page and changes its hash, as it does on index.html itself. So does a link to a pre-rendered page that
  // names its route in data-hash (pagePath.pageLink): the page is for a reader without the script.
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element | null)?.closest?.('a[href^="#/"], a[data-hash^="#/"]');
    if (!a || a.hasAttribute('target') || a.hasAttribute('download')) return;
    e.preventDefault();
    const hash = (a.getAttribute('data-hash') ?? a.getAttribute('href')) as string;
    if (win.location.hash !== hash) win.location.hash = hash;
  };
  win.document.addEventListener('click', onClick);
  return () => {
    win.removeEventListener('hashchange', read);
    win.document.removeEventListener('click', onClick);
    store.getState().connectHistory(null);
  };
}
