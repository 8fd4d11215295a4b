/**
 * The one app store (zustand), made of slices. Created with the vanilla API so that tests can make a
 * fresh store without React; components read it through useAppStore with module-scope selectors
 * (selectors.ts), which keeps selector identity stable across renders.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createRouteSlice, type RouteSlice } from './routeSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = RouteSlice & UiSlice;

export function createAppStore(): StoreApi<AppState> {
  return createStore<AppState>()((...a) => ({ ...createRouteSlice(...a), ...createUiSlice(...a) }));
}

export const appStore = createAppStore();

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}
