/**
 * The built index.html made into one route's page: its own <title>, description, Open Graph and Twitter
 * tags, a <base> back to the site root (so assets, data/… and #/… links resolve from any depth and any
 * sub-folder), the `yusuan-route` meta the app opens when the address has no hash (src/main.tsx), and a
 * readable body in #root that the app replaces when its script runs. Shared by the catalog, department and
 * region pages (routePages.ts); the budget views' pages (staticPages.ts) do the same for their own head.
 */
import { esc } from './htmlEscape';

export interface ShellPage {
  /** The page's folder below the site root ('' for the root itself), ending with '/'. */
  path: string;
  /** The app route of the page ("#/department/…"); absent for the root (its route is the catalog). */
  route?: string;
  title: string;
  description: string;
  /** HTML of the readable page (escaped by the caller). */
  body: string;
  /**
   * Where the body goes: into #root, replaced by the app when it starts (a page at its own address), or
   * into <noscript> (the site root: it also serves every old #/… link, which must not flash the catalog
   * before the app shows the linked page; scripts cannot read the hash before the module runs).
   */
  bodyIn: 'root' | 'noscript';
  /** The <noscript> line: what works without the script and what needs it. */
  noscript: string;
  siteName: string;
  /** Not for search engines (an embed's page: the full page is the one to find). */
  noindex?: boolean;
}

/** SITE_URL (e.g. https://example.org/budgets/), ending with '/'; undefined without it; refused unless http(s). */
export function siteUrlFromEnv(raw: string | undefined = process.env.SITE_URL): string | undefined {
  const siteUrl = raw ? (raw.endsWith('/') ? raw : `${raw}/`) : undefined;
  if (siteUrl && !/^https?:\/\//.test(siteUrl)) throw new Error(`SITE_URL must start with http:// or https://, got ${JSON.stringify(raw)}`);
  return siteUrl;
}

/** How many folders deep a page path is ("department/x/" → 2): its <base> climbs back that many. */
export function depthOf(path: string): number {
  return path.split('/').filter(Boolean).length;
}

/** `siteUrl` (SITE_URL, ending with '/') gives canonical and og:url; an address cannot be guessed without it. */
export function shellHtml(template: string, page: ShellPage, siteUrl?: string): string {
  const depth = depthOf(page.path);
  const canonical = siteUrl ? `${siteUrl}${page.path}` : null;
  const meta = [
    ...(depth > 0 ? [`<base href="${'../'.repeat(depth)}" />`] : []),
    ...(page.route ? [`<meta name="yusuan-route" content="${esc(page.route)}" />`] : []),
    ...(page.noindex ? ['<meta name="robots" content="noindex" />'] : []),
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="${esc(page.siteName)}" />`,
    `<meta property="og:locale" content="zh_CN" />`,
    `<meta property="og:title" content="${esc(page.title)}" />`,
    `<meta property="og:description" content="${esc(page.description)}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${esc(page.title)}" />`,
    `<meta name="twitter:description" content="${esc(page.description)}" />`,
    ...(canonical ? [`<link rel="canonical" href="${esc(canonical)}" />`, `<meta property="og:url" content="${esc(canonical)}" />`] : []),
  ].join('\n    ');
  const out = template
    // The base must come before the first relative URL of the head (the CSP meta has none).
    .replace(/(<meta http-equiv="Content-Security-Policy"[^>]*>)/, (csp) => `${csp}\n    ${meta}`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${esc(page.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*" \/>/, () => `<meta name="description" content="${esc(page.description)}" />`)
    .replace(/<div id="root">[\s\S]*?<\/div>/, (root) => (page.bodyIn === 'root' ? `<div id="root">${page.body}</div>` : root))
    .replace(
      /<noscript>[\s\S]*?<\/noscript>/,
      () => `<noscript>${page.bodyIn === 'noscript' ? page.body : ''}<p class="prerendered">${esc(page.noscript)}</p></noscript>`,
    );
  // A template this code does not recognise would publish pages without their content: stop the build.
  for (const must of [`<title>${esc(page.title)}</title>`, 'og:title', '<noscript>', page.body.slice(0, 40)]) {
    if (!out.includes(must)) throw new Error(`route pages: dist/index.html has no place for ${must.slice(0, 60)} (page /${page.path})`);
  }
  return out;
}
