/**
 * One writer for every page that is the app's own render of a route (issue 11), beyond the budget views
 * (staticPages.ts): 部门, 地区 (manyPages.ts), 对比 (comparePages.ts), 原文 and 数据下载 (sourcePages.ts). For each language it renders
 * the route (scripts/prerender.ts), wraps it in the built index.html with the page's head (pageShell.ts) and
 * the stylesheets and modules its markup needs (pageCss.ts), and writes it at the page's address, where the
 * browser hydrates it (src/main.tsx).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../src/model/lang';
import { formatHash, type Route } from '../src/state/route';
import { pageFolder, shellHtml, type ShellImage, type ShellPage } from './pageShell';
import type { RenderRoute } from './prerender';
import { PAGE_LANGS, wordsOf } from './pageWords';

/** The stylesheets and modules a page's markup needs beyond the template's (pageCss.ts). */
export type AssetsOf = (html: string, path: string) => { css: readonly string[]; modules: readonly string[] };

/** The head of one page: its title (as the app then sets it) and description, in its language. */
export interface PageHead {
  title: string;
  description: string;
}

/** One page in every language: its route, address, head and picture, each for a language. */
export interface AppPage {
  routeOf: (lang: Lang) => Route;
  pathOf: (lang: Lang) => string;
  headOf: (lang: Lang) => PageHead;
  imageOf: (lang: Lang) => ShellImage;
  /** What a reader without a script needs beyond the app's render (every table's lines), in <noscript>. */
  noscriptOf?: (lang: Lang) => string;
  /** The line under the page for a reader without a script (the app's staticNoScript by default). */
  noscriptTextOf?: (lang: Lang) => string;
  /** The languages written here (all by default; the Chinese catalog is the site root, written apart: rootPage.ts). */
  langs?: readonly Lang[];
}

/**
 * A writer of such pages into the built site. `template`: the built index.html as the budget pages start
 * it (pageStart.ts). `write` gives how many pages it wrote (one per language).
 */
export function appPageWriter(outDir: string, template: string, render: RenderRoute, assetsOf: AssetsOf, siteUrl?: string) {
  return async (p: AppPage): Promise<number> => {
    const langs = p.langs ?? PAGE_LANGS;
    for (const lang of langs) {
      const t = wordsOf(lang);
      const path = p.pathOf(lang);
      const rendered = await render(formatHash(p.routeOf(lang)));
      const page: ShellPage = {
        path,
        route: rendered.route,
        prints: rendered.prints,
        ...p.headOf(lang),
        body: rendered.html,

        hydrate: true,
        lang,
        noscript: p.noscriptTextOf?.(lang) ?? t.staticNoScript,
        ...(p.noscriptOf ? { noscriptBody: p.noscriptOf(lang) } : {}),
        siteName: t.appName,
        image: p.imageOf(lang),
        // The site root's path is '' (relative to <base>: './').
        alternates: PAGE_LANGS.filter((l) => l !== lang).map((l) => ({
          hreflang: wordsOf(l).htmlLang,
          href: `${siteUrl ?? ''}${p.pathOf(l) || (siteUrl ? '' : './')}`,
        })),
        assets: assetsOf(rendered.html, path),
      };
      const dir = resolve(outDir, pageFolder(path));
      mkdirSync(dir, { recursive: true });
      writeFileSync(resolve(dir, 'index.html'), shellHtml(template, page, siteUrl));
    }
    return langs.length;
  };
}
