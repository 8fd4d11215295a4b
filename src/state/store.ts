/**
 * The one app store (zustand), made of slices. Created with the vanilla API so that tests can make a
 * fresh store without React; components read it through useAppStore with module-scope selectors
 * (selectors.ts), which keeps selector identity stable across renders.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useCallback, useSyncExternalStore } from 'react';
import { createRouteSlice, type RouteSlice } from './routeSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = RouteSlice & UiSlice;

export function createAppStore(): StoreApi<AppState> {
  return createStore<AppState>()((...a) => ({ ...createRouteSlice(...a), ...createUiSlice(...a) }));
}

export const appStore = createAppStore();

/**
 * zustand's useStore, but with the current state as the server snapshot too: zustand gives its initial
 * state there, so a page rendered at build time (scripts/prerender) and the hydration of it in the browser
 * would both see the default route (the catalog) instead of the page's own. Both set the route before
 * rendering, so the current state is the right snapshot on either side.
 */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  const get = useCallback(() => selector(appStore.getState()), [selector]);
  return useSyncExternalStore(appStore.subscribe, get, get);
}
