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
      win.history.replaceState(win.history.state, '', hash);
    },
  });
  read();
  win.addEventListener('hashchange', read);
  return () => {
    win.removeEventListener('hashchange', read);
    store.getState().connectHistory(null);
  };
}
