/**
 * The site root (目录, issue 11): the app's catalog rendered at build time and hydrated, with its own title,
 * description, Open Graph tags and picture (routePreviews.ts, drawn by the caller).
 *
 * The root also serves every old #/… link (a budget, an embed in someone's article). Such a page must not
 * show the catalog until the app shows the linked page: a small classic script in the head, which runs
 * before the first paint (the CSP allows no inline script), marks the document when the hash names another
 * route, and base.css hides the written catalog meanwhile; src/main.tsx clears the mark once its own render
 * has replaced it. The same script keeps the buttons pressed before the app is up (src/ui/earlyClicks.ts).
 * Without a script the catalog reads, and its links lead to the budgets' own pages.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CatalogHead } from '../src/model/catalogHead';
import { DEFAULT_ROUTE, formatHash } from '../src/state/route';
import type { AppPage, AssetsOf, PageHead } from './appPages';
import type { Dict } from '../src/app/i18n/dict';
import { englishCatalogPagePath } from '../src/state/pagePath';
import { shellHtml, type ShellImage, type ShellPage } from './pageShell';
import type { Lang } from '../src/model/lang';
import { earlyClicksScript } from '../src/ui/earlyClicks';
import type { RenderRoute } from './prerender';
import type { PreviewJob } from './previewImages';
import { wordsOf } from './pageWords';
import type { RoutePictures } from './routePreviews';

/** The catalog's title (as the app names it: App.tsx) and description, in the words given. */
function catalogPageHead(t: Dict, head: CatalogHead): PageHead {
  return { title: `${t.appName} · ${t.catalogTitle}`, description: `${t.tagline}${t.fullStop}${t.staticCatalogFirst(head.first.length, head.count)}` };
}

/**
 * 目录 in English at en/ (englishCatalogPagePath), written by the app pages' writer: the root's catalog
 * in English, with the catalog's English picture. No guard: old #/… links come to the root, not here.
 */
export function englishCatalogPage(head: CatalogHead, imageOf: (lang: Lang) => ShellImage): AppPage {
  return {
    langs: ['en'],
    routeOf: (lang) => ({ page: 'catalog', lang }),
    // The Chinese catalog is the site root.
    pathOf: (lang) => (lang === 'en' ? englishCatalogPagePath() : ''),
    headOf: (lang) => catalogPageHead(wordsOf(lang), head),
    imageOf,
    noscriptTextOf: (lang) => wordsOf(lang).staticCatalogNoScript,
  };
}

/** The attribute the guard sets on <html> (base.css hides the written catalog under it; main.tsx removes it). */
export const HASH_ROUTE_MARK = 'data-hash-route';

/** The guard: its file below the site root (named by its content, so it can be cached for good) and its text. */
export function hashGuard(): { path: string; code: string } {
  const code = [
    '// The site root (scripts/rootPage.ts): an old #/… link names another page than the catalog written here;',
    '// hide the catalog until the app has rendered that page (src/main.tsx removes the mark).',
    `if (location.hash.startsWith('#/') && location.hash !== '#/') document.documentElement.setAttribute('${HASH_ROUTE_MARK}', '');`,
    '// Buttons of the catalog pressed before the app has taken it over, pressed again once it has (src/ui/earlyClicks.ts).',
    earlyClicksScript(),
    '',
  ].join('\n');
  return { path: `assets/hash-guard-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`, code };
}

/**
 * Writes the root's page into dist/index.html, with the guard's file; gives the catalog's pictures (drawn by
 * the caller). `template`: the built index.html as Vite wrote it — the root keeps its module script in the
 * head, as the app is what an old link needs first — read before any page was written from it.
 */
export async function writeRootPage(
  outDir: string,
  template: string,
  render: RenderRoute,
  assetsOf: AssetsOf,
  catalog: { head: CatalogHead; pictures: RoutePictures },
  siteUrl?: string,
): Promise<PreviewJob[]> {
  const t = wordsOf('zh');
  const { head, pictures } = catalog;
  const rendered = await render(formatHash(DEFAULT_ROUTE));
  const guard = hashGuard();
  writeFileSync(resolve(outDir, guard.path), guard.code);
  const page: ShellPage = {
    path: '',
    route: rendered.route,
    prints: rendered.prints,
    hydrate: true,
    ...catalogPageHead(t, head),
    lang: 'zh',
    // Relative, as every URL of the head is (./…), without SITE_URL.
    alternates: [{ hreflang: wordsOf('en').htmlLang, href: `${siteUrl ?? './'}${englishCatalogPagePath()}` }],
    body: rendered.html,
    noscript: t.staticCatalogNoScript,
    siteName: t.appName,
    image: pictures.imageOf('zh'),
    assets: assetsOf(rendered.html, ''),
    headScript: guard.path,
  };
  writeFileSync(resolve(outDir, 'index.html'), shellHtml(template, page, siteUrl));
  // Both languages' pictures: the root names the Chinese one, en/ the English one.
  return pictures.jobs;
}
