/**
 * The page's own address, for text that quotes it (a printed report's "page address"). Empty in a page
 * rendered at build time (it has no address yet) and in the browser's hydration of it, which must render
 * what the build did; the address follows at once, and on every change of the hash.
 */
import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useLocationHref(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.href,
    () => '',
  );
}
