/**
 * Vite plugin: a real page for every budget view (issue 11) — dist/budget/<id>/<view>/index.html in Chinese
 * and dist/en/budget/<id>/<view>/index.html in English, beside the app's own index.html. Each is the app's
 * page with, in its markup:
 *
 *   - its own <title>, description (the budget's first-answer sentence, as the page shows it), Open Graph and
 *     Twitter tags, so a link shared in a chat or a post shows which budget it is (canonical and og:url only
 *     when SITE_URL is set at build time: an address cannot be guessed);
 *   - the app's own page for the route, rendered at build time (scripts/prerender.ts, src/entry-server.tsx):
 *     header, sentence, view tabs, the chart drawn at the two fixed widths (or the tables), the cards, the
 *     checks, the sources — readable without JavaScript, and hydrated by the browser (src/main.tsx), not
 *     replaced: #root carries the route it was rendered for (data-route), which the app compares with the
 *     address before hydrating;
 *   - on the 明细表 page, inside <noscript>, every table the app's tabs offer and every check that did not pass
 *     (tablesMarkup.ts, checksMarkup.ts): without a script the tabs cannot switch;
 *   - <base href="../../../"> (one more level for en/) so that every relative URL (assets, data/…, #/… links)
 *     still resolves to the site's root wherever the site is hosted, and a `yusuan-route` meta the app reads
 *     when the address has no hash (src/main.tsx), so the same budget view comes up once the script runs.
 *
 * The app starts after the page is painted (scripts/pageStart.ts): the page needs only its stylesheets to
 * show its sentence and chart; its modules (the entry, what it preloads, the page's own chunks) are named in
 * a meta tag and fetched once the first frame is painted.
 *
 * Each page names its budget's preview image (scripts/previewImages.ts, dist/preview/<id>.png) as og:image
 * and twitter:image: absolute under SITE_URL, as canonical; without it, relative to the page's own address
 * (../../../preview/<id>.png), which is what a crawler resolves a relative og:image against (it reads no <base>).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import type { Budget, BudgetIndex } from '../src/model/types';
import type { Crosswalk } from '../src/model/crosswalkTypes';
import type { Lang } from '../src/model/lang';
import { deptName } from '../src/app/names';
import { imageAlt, previewImagePath, PREVIEW_SIZE } from '../src/app/embed/imageEmbed';
import { STATIC_CHART_WIDTHS } from '../src/charts/staticWidths';
import { budgetRoute, formatHash } from '../src/state/route';
import { budgetPagePath } from '../src/state/pagePath';
import { renderPreviews, writePreviewImages } from './previewImages';
import { type ManyPagesReport, writeManyPages } from './manyPages';
import { appPageWriter, type AssetsOf } from './appPages';
import { writeSourcePages } from './sourcePages';
import { writeComparePages } from './comparePages';
import { englishCatalogPage, writeRootPage } from './rootPage';
import type { PreviewJob } from './previewImages';
import { catalogPreview, picturesOf } from './routePreviews';
import type { CatalogHead } from '../src/model/catalogHead';
import { writeEmbedPages } from './embedPages';
import { depthOf, imageMeta, siteUrlFromEnv } from './pageShell';
import { checksSection } from './checksMarkup';
import { esc } from './htmlEscape';
import { tablesSection } from './tablesMarkup';
import { readJson } from './readJson';
import { serverRenderer, type RenderedRoute, type RenderRoute } from './prerender';
import { chunksOfCss, cssLoadOrder, stylesheetsFor } from './pageCss';
import { PAGE_LANGS, wordsOf } from './pageWords';
import { pageStart, withPageModules } from './pageStart';

export { pageStart };

export { STATIC_CHART_WIDTHS };

export const STATIC_VIEWS = ['treemap', 'sankey', 'tables'] as const;
type StaticView = (typeof STATIC_VIEWS)[number];

export type PageLang = Lang;

/** A page's own chunks beyond the template's: their stylesheets and their modules, paths below the site root. */
export interface PageAssets {
  css: readonly string[];
  modules: readonly string[];
}

/** The page's address below the site root: Chinese at budget/…, English under en/. */
export function staticPagePath(id: string, view: StaticView, lang: PageLang = 'zh'): string {
  // One definition, the app's: its view tabs link to these pages (ViewNav).
  return budgetPagePath(id, view, lang);
}

/** The route the app opens there (the hash it would have in the address). */
export function staticPageRoute(id: string, view: StaticView, lang: PageLang = 'zh'): string {
  return formatHash(budgetRoute(id, lang, view));
}

/** The page's title: the one the app then sets (BudgetPage), the same words before and after the script. */
export function staticPageTitle(budget: Budget, view: StaticView, lang: PageLang): string {
  const t = wordsOf(lang);
  return `${deptName(budget, t)} ${budget.year} ${t.kinds[budget.kind]} · ${t.views[view]} · ${t.appName}`;
}

/**
 * The text of the first element carrying `data-testid` in rendered markup (tags dropped, entities decoded):
 * the page's description is the sentence the page itself shows, read from it rather than made twice.
 */
export function testIdText(html: string, testId: string): string | null {
  const m = new RegExp(`<(\\w+)[^>]*\\sdata-testid="${testId}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  if (!m) return null;
  return (m[2] ?? '')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/**
 * One page: the built index.html with this view's head and the app's markup for its route (`rendered`, from
 * scripts/prerender.ts). `siteUrl` ends with '/'.
 */
export function staticPageHtml(
  template: string,
  budget: Budget,
  view: StaticView,
  rendered: RenderedRoute,
  crosswalk?: Crosswalk,
  siteUrl?: string,
  lang: PageLang = 'zh',
  own: PageAssets = { css: [], modules: [] },
): string {
  const t = wordsOf(lang);
  const title = staticPageTitle(budget, view, lang);
  const path = staticPagePath(budget.id, view, lang);
  const up = '../'.repeat(depthOf(path));
  const description = testIdText(rendered.html, 'first-answer');
  if (!description) throw new Error(`static pages: the rendered page of ${budget.id} (${view}, ${lang}) has no first-answer sentence`);
  const canonical = siteUrl ? `${siteUrl}${path}` : null;
  // The page's own language's picture: the English one in million yuan, as the English page's default unit.
  const image = { path: previewImagePath(budget.id, lang), alt: imageAlt(budget, t, lang === 'en' ? 'million' : 'printed'), ...PREVIEW_SIZE };
  const meta = [
    `<base href="${up}" />`,
    `<meta name="yusuan-route" content="${esc(rendered.route)}" />`,
    `<meta property="og:type" content="article" />`,
    `<meta property="og:site_name" content="${esc(t.appName)}" />`,
    `<meta property="og:locale" content="${lang === 'en' ? 'en_US' : 'zh_CN'}" />`,
    `<meta property="og:title" content="${esc(title)}" />`,
    `<meta property="og:description" content="${esc(description)}" />`,
    // The picture's tags as every other page writes them (pageShell.imageMeta), relative to this page's folder.
    ...imageMeta(image, depthOf(path), siteUrl),
    `<meta name="twitter:title" content="${esc(title)}" />`,
    `<meta name="twitter:description" content="${esc(description)}" />`,
    // The page in the other language: absolute under SITE_URL, else relative to <base> as the page's links are.
    ...PAGE_LANGS.filter((l) => l !== lang).map(
      (l) => `<link rel="alternate" hreflang="${wordsOf(l).htmlLang}" href="${esc(`${siteUrl ?? ''}${staticPagePath(budget.id, view, l)}`)}" />`,
    ),
    ...(canonical ? [`<link rel="canonical" href="${esc(canonical)}" />`, `<meta property="og:url" content="${esc(canonical)}" />`] : []),
  ].join('\n    ');
  // Without a script the tables page's tabs cannot switch: every table and every check, in <noscript>.
  const noscriptTables = view === 'tables' ? `${tablesSection(budget, crosswalk, t)}\n${checksSection(budget, t)}` : '';
  // The page's own chunks (its page, a lazy view: pageCss.ts) join the modules its start fetches (pageStart.ts).
  const out = withPageModules(template, own.modules)
    .replace(/<html lang="[^"]*"/, () => `<html lang="${t.htmlLang}"`)
    // The stylesheets of those chunks, which the script would add: the markup needs them before it.
    .replace('</head>', () => `${own.css.map((f) => `  <link rel="stylesheet" crossorigin href="./${esc(f)}">\n`).join('')}</head>`)
    // The base must come before the first relative URL of the head (the CSP meta has none).
    .replace(/(<meta http-equiv="Content-Security-Policy"[^>]*>)/, (csp) => `${csp}\n    ${meta}`)
    // Functions, not strings: a "$&" in a printed name must stay text, not a replacement pattern.
    .replace(/<title>[^<]*<\/title>/, () => `<title>${esc(title)}</title>`)
    .replace(/<meta name="description" content="[^"]*" \/>/, () => `<meta name="description" content="${esc(description)}" />`)
    .replace(
      /<div id="root">[\s\S]*?<\/div>/,
      () => `<div id="root" data-route="${esc(rendered.route)}" data-prints="${esc(rendered.prints)}">${rendered.html}</div>`,
    )
    .replace(
      /<noscript>[\s\S]*?<\/noscript>/,
      () => `<noscript><div class="prerendered" data-testid="prerendered">${noscriptTables}<p>${esc(t.staticNoScript)}</p></div></noscript>`,
    );
  // A template this code does not recognise would publish pages without their content: stop the build.
  for (const must of [`<base href="${up}"`, 'data-testid="budget-page"', `<title>${esc(title)}</title>`, 'data-route=']) {
    if (!out.includes(must)) throw new Error(`static pages: dist/index.html has no place for ${must} (budget ${budget.id}, ${view}, ${lang})`);
  }
  return out;
}

/**
 * Writes every budget view's page, in each language, into the built site, rendered by `render`. `bundle`: the
 * browser build's chunks, for the stylesheets and modules each page's markup needs (pageCss.ts).
 */
export async function writeStaticPages(
  outDir: string,
  render: RenderRoute,
  bundle: Rollup.OutputBundle,
  siteUrl?: string,
): Promise<{
  views: number;
  many: ManyPagesReport;
  embeds: number;
  sources: number;
  compare: Awaited<ReturnType<typeof writeComparePages>>;
  root: PreviewJob[];
}> {
  const built = readFileSync(resolve(outDir, 'index.html'), 'utf8');
  const { template, boot } = pageStart(built);
  if (boot) writeFileSync(resolve(outDir, boot.path), boot.code);
  const index = readJson(resolve(outDir, 'data', 'index.json')) as BudgetIndex;
  // The stylesheets and modules the template names already; the others a page's markup needs are added to it.
  const named = (ext: string) => new Set([...template.matchAll(new RegExp(`(?:href|src)="\\./(assets/[^"]+\\.${ext})"`, 'g'))].map((m) => m[1] as string));
  const linked = named('css');
  const loaded = named('js');
  const sheets = cssLoadOrder(bundle).map((file) => ({ file, css: readFileSync(resolve(outDir, file), 'utf8') }));
  const assetsOf: AssetsOf = (html, path) => {
    const css = stylesheetsFor(html, sheets, linked, path);
    return { css, modules: chunksOfCss(bundle, css, loaded) };
  };
  let n = 0;
  const budgets: Budget[] = [];
  for (const e of index.budgets) {
    const budget = readJson(resolve(outDir, 'data', e.file)) as Budget;
    budgets.push(budget);
    for (const lang of PAGE_LANGS) {
      for (const view of STATIC_VIEWS) {
        const rendered = await render(staticPageRoute(e.id, view, lang));
        const dir = resolve(outDir, staticPagePath(e.id, view, lang));
        mkdirSync(dir, { recursive: true });
        const own = assetsOf(rendered.html, staticPagePath(e.id, view, lang));
        writeFileSync(resolve(dir, 'index.html'), staticPageHtml(template, budget, view, rendered, index.crosswalk, siteUrl, lang, own));
        n++;
      }
    }
  }
  // 部门 and 地区: the app's pages too, started and styled as these are.
  const many = await writeManyPages(outDir, template, render, assetsOf, siteUrl);
  // 嵌入: every budget view's embed page, the app's own too.
  const embeds = await writeEmbedPages(outDir, template, budgets, render, assetsOf, siteUrl);
  // The catalog's picture (drawn below with the others): the root's, en/'s and the downloads page's.
  const catalogHead = readJson(resolve(outDir, 'data', 'catalog-head.json')) as CatalogHead;
  const catalog = { head: catalogHead, pictures: picturesOf((lang) => catalogPreview(index, catalogHead, lang)) };
  // 原文 and 数据下载: the app's pages too.
  const sources = await writeSourcePages(outDir, template, budgets, catalog.pictures.imageOf, render, assetsOf, siteUrl);
  // 对比: the comparisons the budget pages link to.
  const compare = await writeComparePages(outDir, template, render, assetsOf, siteUrl);
  // 目录 in English (en/); the Chinese one is the root, below.
  await appPageWriter(outDir, template, render, assetsOf, siteUrl)(englishCatalogPage(catalog.head, catalog.pictures.imageOf));
  // Last: the root (目录), written over the index.html every page above was made from.
  const root = await writeRootPage(outDir, built, render, assetsOf, catalog, siteUrl);
  return { views: n, many, embeds, sources, compare, root };
}

/** SITE_URL (e.g. https://example.org/budgets/) gives canonical and og:url; without it they are left out. */
export function staticPages(): Plugin {
  let outDir = 'dist';
  let root = '.';
  return {
    name: 'static-pages',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      root = config.root;
    },
    async writeBundle(_options, bundle) {
      const siteUrl = siteUrlFromEnv();
      const started = Date.now();
      const render = await serverRenderer(root, outDir, resolve(root, '.tmp', 'ssr'));
      const { views, many, embeds, sources, compare, root: rootPicture } = await writeStaticPages(outDir, render, bundle, siteUrl);
      console.log(
        `static pages: ${views} budget views, ${many.departments} departments and ${many.regions} regions (${many.pages} pages, zh and en), ${compare.comparisons} comparisons (${compare.pages} pages), ${embeds} embeds, ${sources} source and download pages and the catalog rendered by the app in ${Date.now() - started} ms${siteUrl ? ` (canonical ${siteUrl})` : ' (no SITE_URL: no canonical address)'}`,
      );
      // The catalog, department, region and compare pages name their pictures (routePreviews.ts).
      const drawn = await renderPreviews(outDir, resolve(root, '.tmp', 'preview-cache'), [...rootPicture, ...many.previews, ...compare.previews]);
      console.log(`catalog, department, region and compare preview images: ${drawn.images} (${drawn.rendered} rendered) in ${drawn.ms} ms`);
      // The pages name dist/preview/<id>.png: without its images (no CJK font) the build fails here.
      const r = await writePreviewImages(outDir, resolve(root, '.tmp', 'preview-cache'));
      const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
      console.log(
        `preview images: ${r.images} in dist/preview/ (${r.rendered} rendered, ${r.images - r.rendered} from .tmp/preview-cache) in ${r.ms} ms, ` +
          `${kb(Math.min(...r.bytes))}–${kb(Math.max(...r.bytes))} each`,
      );
    },
  };
}
