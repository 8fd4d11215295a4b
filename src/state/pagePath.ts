/**
 * The real addresses of the pre-rendered pages (issue 11), relative to the site's root, English under en/:
 * every budget view (budget/<id>/<view>/), every department (部门: department/<id>/), every region and
 * year (地区: region/<region>/<year>/), the comparisons the budget pages link to (对比: compare/<id>/<id>/),
 * every budget's source document (原文: source/<id>/), the English catalog (en/; the Chinese one is the root) and the downloads
 * (数据下载: downloads/ — not data/, the folder of the JSON files). The build writes them (scripts/staticPages.ts and the writers it calls); the
 * app links to them where a link must work without a script (view tabs, the department and region pages'
 * links: pageLink), and reads one back as its route when a host serves index.html at such an address.
 */
import type { Lang } from '../model/lang';
import { budgetRoute, compareRoute, formatHash } from './routeLinks';
import { VIEWS, type Route, type View } from './route';

const langFolder = (lang: Lang) => (lang === 'en' ? 'en/' : '');

/** The page's folder below the site root. */
export function budgetPagePath(id: string, view: View, lang: Lang = 'zh'): string {
  return `${langFolder(lang)}budget/${encodeURIComponent(id)}/${view}/`;
}

/** 部门: a department's page. */
export function departmentPagePath(id: string, lang: Lang = 'zh'): string {
  return `${langFolder(lang)}department/${encodeURIComponent(id)}/`;
}

/** 地区: a region's page for one year. */
export function regionPagePath(region: string, year: number, lang: Lang = 'zh'): string {
  return `${langFolder(lang)}region/${encodeURIComponent(region)}/${year}/`;
}

/** 原文: a budget's source document, as it opens (no cited lines). */
export function sourcePagePath(id: string, lang: Lang = 'zh'): string {
  return `${langFolder(lang)}source/${encodeURIComponent(id)}/`;
}

/**
 * 对比: a comparison of two budgets (older first), as the budget pages link to it (与其他年度比较: a
 * department's years). The build writes a page for each pair a budget page links to, not for every pair.
 */
export function comparePagePath(ids: readonly string[], lang: Lang = 'zh'): string {
  return `${langFolder(lang)}compare/${ids.map(encodeURIComponent).join('/')}/`;
}

/**
 * 目录 in English: en/ (the Chinese catalog is the site root itself, which the app's links reach by its hash,
 * #/, relative to the page's <base>: an empty href would name the page it is on).
 */
export function englishCatalogPagePath(): string {
  return langFolder('en');
}

/** 数据下载: the downloads page. */
export function dataPagePath(lang: Lang = 'zh'): string {
  return `${langFolder(lang)}downloads/`;
}

/**
 * The page a route has at its own address, or null: a budget view as it opens (no drill, no options), a
 * department, a region and year, two budgets compared, a source document without cited lines, the downloads. Whatever else a
 * route carries has no page of its own.
 */
export function pagePathOf(route: Route): string | null {
  const hash = formatHash(route);
  if (route.page === 'budget' && !route.embed && hash === formatHash(budgetRoute(route.budgetId, route.lang, route.view)))
    return budgetPagePath(route.budgetId, route.view, route.lang);
  if (route.page === 'department') return departmentPagePath(route.departmentId, route.lang);
  if (route.page === 'region') return regionPagePath(route.region, route.year, route.lang);
  if (route.page === 'source' && !route.lines && !route.table) return sourcePagePath(route.budgetId, route.lang);
  if (route.page === 'data') return dataPagePath(route.lang);
  if (route.page === 'catalog' && route.lang === 'en' && hash === formatHash({ page: 'catalog', lang: 'en' })) return englishCatalogPagePath();
  // Only two budgets as they open (no measure, no section): the pairs the build writes a page for.
  if (route.page === 'compare' && !route.embed && route.ids.length === 2 && hash === formatHash(compareRoute(route.ids, route.lang)))
    return comparePagePath(route.ids, route.lang);
  return null;
}

/**
 * A link's attributes: the route's own page as href where it has one (so that the link works without a
 * script and opens a real page in a new tab), its hash in data-hash, which a plain click follows inside the
 * running app (state/hashSync.ts); other routes are plain hash links.
 */
export function pageLink(route: Route): { href: string; 'data-hash'?: string } {
  const hash = formatHash(route);
  const path = pagePathOf(route);
  return path === null ? { href: hash } : { href: path, 'data-hash': hash };
}

const BUDGET_PATH = /(?:^|\/)(en\/)?budget\/([^/]+)\/([a-z]+)\/(?:index\.html)?$/;
const DEPARTMENT_PATH = /(?:^|\/)(en\/)?department\/([^/]+)\/(?:index\.html)?$/;
const REGION_PATH = /(?:^|\/)(en\/)?region\/([^/]+)\/(\d{4})\/(?:index\.html)?$/;
const SOURCE_PATH = /(?:^|\/)(en\/)?source\/([^/]+)\/(?:index\.html)?$/;
const COMPARE_PATH = /(?:^|\/)(en\/)?compare\/([^/]+)\/([^/]+)\/(?:index\.html)?$/;
const DATA_PATH = /(?:^|\/)(en\/)?downloads\/(?:index\.html)?$/;
const ENGLISH_CATALOG_PATH = /(?:^|\/)en\/(?:index\.html)?$/;

/** A path segment decoded, or null where it is not valid percent-encoding. */
function segment(s: string | undefined): string | null {
  try {
    return decodeURIComponent(s ?? '');
  } catch {
    return null;
  }
}

/** The route (as a hash) of an address ending in a pre-rendered page's folder, or undefined. */
export function routeOfPagePath(pathname: string): string | undefined {
  const lang = (m: RegExpExecArray): Lang => (m[1] ? 'en' : 'zh');
  const b = BUDGET_PATH.exec(pathname);
  if (b) {
    const id = segment(b[2]);
    if (id === null || !VIEWS.includes(b[3] as View)) return undefined;
    return formatHash(budgetRoute(id, lang(b), b[3] as View));
  }
  const d = DEPARTMENT_PATH.exec(pathname);
  if (d) {
    const id = segment(d[2]);
    return id === null ? undefined : formatHash({ page: 'department', departmentId: id, lang: lang(d) });
  }
  const r = REGION_PATH.exec(pathname);
  if (r) {
    const region = segment(r[2]);
    return region === null ? undefined : formatHash({ page: 'region', region, year: Number(r[3]), lang: lang(r) });
  }
  const s = SOURCE_PATH.exec(pathname);
  if (s) {
    const id = segment(s[2]);
    return id === null ? undefined : formatHash({ page: 'source', budgetId: id, lang: lang(s) });
  }
  const c = COMPARE_PATH.exec(pathname);
  if (c) {
    const ids = [segment(c[2]), segment(c[3])];
    return ids.some((id) => id === null) ? undefined : formatHash(compareRoute(ids as string[], lang(c)));
  }
  const d2 = DATA_PATH.exec(pathname);
  if (d2) return formatHash({ page: 'data', lang: lang(d2) });
  if (ENGLISH_CATALOG_PATH.test(pathname)) return formatHash({ page: 'catalog', lang: 'en' });
  return undefined;
}
