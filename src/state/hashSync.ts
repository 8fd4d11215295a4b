/**
 * Binds the store to the address bar: reads the hash at start-up and on every hashchange (Back,
 * Forward, an edited URL), and lets actions push or replace history entries.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from './store';

export function startHashSync(store: StoreApi<AppState>, win: Window): () => void {
  const read = () => store.getState().syncFromHash(win.location.hash);
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
