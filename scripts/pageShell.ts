/**
 * The built index.html made into one route's page: its own <title>, description, Open Graph and Twitter
 * tags, a <base> back to the site root (so assets, data/… and #/… links resolve from any depth and any
 * sub-folder), the `yusuan-route` meta the app opens when the address has no hash (src/main.tsx), and a
 * readable body in #root: the app's render, which the browser hydrates (`hydrate`), or markup the app
 * replaces. Shared by the root (rootPage.ts), the embeds (embedPages.ts) and the app's other pages
 * (appPages.ts); the budget views' pages (staticPages.ts) do the same for their own head.
 */
import { esc } from './htmlEscape';
import { withPageModules } from './pageStart';
import type { Lang } from '../src/model/lang';

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
   * A classic script (below the site root) that runs before the first paint: the root's guard against
   * showing its catalog to an old #/… link (rootPage.ts).
   */
  headScript?: string;
  /** The <noscript> line: what works without the script and what needs it. */
  noscript: string;
  /** HTML a reader without a script needs beyond the body (every table's lines), in <noscript> before that line. */
  noscriptBody?: string;
  siteName: string;
  /** Not for search engines (an embed's page: the full page is the one to find). */
  noindex?: boolean;
  /** The link card's picture (scripts/previewImages.ts, routePreviews.ts): without it, a text-only card. */
  image?: ShellImage;
  /** The page's language (Chinese unless said): <html lang> and og:locale. */
  lang?: Lang;
  /**
   * The body is the app's own render of `route` (scripts/prerender.ts): #root names the route in data-route,
   * and the browser hydrates it (src/main.tsx) instead of replacing it.
   */
  hydrate?: boolean;
  /** The data files the render read, with their prints (src/state/dataPrints.ts): the browser hydrates only with the same. */
  prints?: string;
  /** The same page in the other language: hreflang and its address (absolute, or relative to <base>). */
  alternates?: readonly { hreflang: string; href: string }[];
  /** The stylesheets and modules of the page's own chunks (pageCss.ts), below the site root. */
  assets?: { css: readonly string[]; modules: readonly string[] };
}

export interface ShellImage {
  /** Below the site root, URL-encoded (preview/department/<id>.png). */
  path: string;
  /** What the picture shows, its figures with their unit. */
  alt: string;
  width: number;
  height: number;
}

/**
 * The picture's address as a link card needs it: absolute under SITE_URL; without it, relative to the page's
 * own address (`depth` folders below the root) — a crawler resolves og:image against the page, not its <base>.
 */
export function imageUrl(path: string, depth: number, siteUrl?: string): string {
  return `${siteUrl ?? '../'.repeat(depth)}${path}`;
}

/** og:image with its type, size and alt, and the large Twitter card; a plain summary card without a picture. */
export function imageMeta(image: ShellImage | undefined, depth: number, siteUrl?: string): string[] {
  if (!image) return [`<meta name="twitter:card" content="summary" />`];
  const url = esc(imageUrl(image.path, depth, siteUrl));
  const alt = esc(image.alt);
  return [
    `<meta property="og:image" content="${url}" />`,
    `<meta property="og:image:type" content="image/png" />`,
    `<meta property="og:image:width" content="${image.width}" />`,
    `<meta property="og:image:height" content="${image.height}" />`,
    `<meta property="og:image:alt" content="${alt}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:image" content="${url}" />`,
    `<meta name="twitter:image:alt" content="${alt}" />`,
  ];
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

/**
 * The folder of a page (or the file of a picture) below dist/, its segments decoded (a region's name is Chinese on disk, as static
 * hosts decode request paths). A name that would not stay one segment (".", "..", a slash) would write
 * outside its place, or deeper than the page's <base> climbs back: stop the build, naming it.
 */
export function pageFolder(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const decoded = segments.map((s) => decodeURIComponent(s));
  for (const d of decoded) {
    if (d === '.' || d === '..' || d === '' || /[/\\]/.test(d))
      throw new Error(`route pages: the name ${JSON.stringify(d)} (in data/index.json) cannot be a folder of /${path}`);
  }
  return decoded.join('/');
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
    `<meta property="og:locale" content="${page.lang === 'en' ? 'en_US' : 'zh_CN'}" />`,
    `<meta property="og:title" content="${esc(page.title)}" />`,
    `<meta property="og:description" content="${esc(page.description)}" />`,
    ...imageMeta(page.image, depth, siteUrl),
    `<meta name="twitter:title" content="${esc(page.title)}" />`,
    `<meta name="twitter:description" content="${esc(page.description)}" />`,
    ...(page.alternates ?? []).map((a) => `<link rel="alternate" hreflang="${esc(a.hreflang)}" href="${esc(a.href)}" />`),
    ...(canonical ? [`<link rel="canonical" href="${esc(canonical)}" />`, `<meta property="og:url" content="${esc(canonical)}" />`] : []),
  ].join('\n    ');
  const assets = page.assets ?? { css: [], modules: [] };
  const rootOpen =
    page.hydrate && page.route
      ? `<div id="root" data-route="${esc(page.route)}"${page.prints ? ` data-prints="${esc(page.prints)}"` : ''}>`
      : '<div id="root">';
  const out = withPageModules(template, assets.modules)
    .replace(/<html lang="[^"]*"/, () => `<html lang="${page.lang === 'en' ? 'en' : 'zh-CN'}"`)
    // The page's own chunks' stylesheets, which its markup needs before the script, and their modules at low priority.
    .replace('</head>', () => `${assets.css.map((f) => `  <link rel="stylesheet" crossorigin href="./${esc(f)}">\n`).join('')}` + '</head>')
    // The base must come before the first relative URL of the head (the CSP meta has none).
    .replace(/(<meta http-equiv="Content-Security-Policy"[^>]*>)/, (csp) => `${csp}\n    ${meta}`)
    // Before any stylesheet, so that it has run when the page is first painted.
    .replace('<meta name="viewport"', (m) => (page.headScript ? `<script src="./${esc(page.headScript)}"></script>\n    ${m}` : m))
    .replace(/<title>[^<]*<\/title>/, () => `<title>${esc(page.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*" \/>/, () => `<meta name="description" content="${esc(page.description)}" />`)
    .replace(/<div id="root">[\s\S]*?<\/div>/, () => `${rootOpen}${page.body}</div>`)
    .replace(/<noscript>[\s\S]*?<\/noscript>/, () => `<noscript>${page.noscriptBody ?? ''}<p class="prerendered">${esc(page.noscript)}</p></noscript>`);
  // A template this code does not recognise would publish pages without their content: stop the build.
  for (const must of [`<title>${esc(page.title)}</title>`, 'og:title', '<noscript>', page.body.slice(0, 40)]) {
    if (!out.includes(must)) throw new Error(`route pages: dist/index.html has no place for ${must.slice(0, 60)} (page /${page.path})`);
  }
  return out;
}
