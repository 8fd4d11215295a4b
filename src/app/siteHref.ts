import { useSyncExternalStore } from 'react';

/**
 * The address every link and snippet of the site is built on: the site's root, wherever the page is. On a
 * pre-rendered page (budget/<id>/<view>/, embed/<id>/<view>/, …) its <base> names the root, so this is
 * document.baseURI, not the page's own address (a link built on that would point inside the page's folder).
 */
export function siteHref(): string {
  return document.baseURI;
}

const never = () => () => {};

/**
 * siteHref for text rendered on the page: '' in a page rendered at build time (it has no address yet) and
 * in the browser's hydration of it, which must render what the build did; the address right after.
 */
export function useSiteHref(): string {
  return useSyncExternalStore(never, siteHref, () => '');
}
