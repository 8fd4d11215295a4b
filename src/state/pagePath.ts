/**
 * The real addresses of the pre-rendered budget pages (issue 11): dist/budget/<id>/<view>/ in Chinese,
 * dist/en/budget/<id>/<view>/ in English, relative to the site's root. The build writes them
 * (scripts/staticPages.ts); the app links to them where a link must work without a script (the view tabs),
 * and reads one back as its route when a host serves index.html at such an address without the page.
 */
import type { Lang } from '../model/lang';
import { budgetRoute, formatHash } from './routeLinks';
import { VIEWS, type View } from './route';

/** The page's folder below the site root. */
export function budgetPagePath(id: string, view: View, lang: Lang = 'zh'): string {
  return `${lang === 'en' ? 'en/' : ''}budget/${encodeURIComponent(id)}/${view}/`;
}

const PAGE_PATH = /(?:^|\/)(en\/)?budget\/([^/]+)\/([a-z]+)\/(?:index\.html)?$/;

/** The route (as a hash) of an address ending in a budget page's folder, or undefined. */
export function routeOfPagePath(pathname: string): string | undefined {
  const m = PAGE_PATH.exec(pathname);
  if (!m || !VIEWS.includes(m[3] as View)) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(m[2] as string);
  } catch {
    return undefined;
  }
  return formatHash(budgetRoute(id, m[1] ? 'en' : 'zh', m[3] as View));
}
