/**
 * 嵌入 pages (issue 11: "every embed page"): embed/<id>/<view>/ for every budget view — the app's own embed
 * page (EmbedPage: title, unit, the chart or the tables, the credit with links to the source and the full
 * page) rendered at build time (scripts/prerender.ts) and hydrated, so an article's frame shows the chart
 * before the app's script has come (on a slow phone, seconds); in English at en/embed/<id>/<view>/, so an
 * English article's frame never shows Chinese first. The snippet points its frame there with the embed's
 * own route in the hash (embedSnippet.embedUrl), which the app then opens: a drilled treemap shows the page
 * as written until the script draws its own. Not for search engines (noindex): the budget's own page is the
 * one to find.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Budget } from '../src/model/types';
import { embedPagePath } from '../src/app/embed/embedSnippet';
import { effectiveAmountMode } from '../src/model/displayAmount';
import { imageAlt, previewImagePath, PREVIEW_SIZE } from '../src/app/embed/imageEmbed';
import { deptName } from '../src/app/names';
import { pageFolder, shellHtml } from './pageShell';
import type { AssetsOf } from './appPages';
import type { RenderRoute } from './prerender';
import { STATIC_VIEWS } from './staticPages';
import { PAGE_LANGS, wordsOf } from './pageWords';

/**
 * Writes embed/<id>/<view>/ and en/embed/<id>/<view>/ for every budget view; `template` is the static pages' (the app starting after
 * paint), `render` the app's render of a route, `assetsOf` the stylesheets and modules its markup needs.
 */
export async function writeEmbedPages(
  outDir: string,
  template: string,
  budgets: readonly Budget[],
  render: RenderRoute,
  assetsOf: AssetsOf,
  siteUrl?: string,
): Promise<number> {
  let n = 0;
  for (const budget of budgets) {
    for (const lang of PAGE_LANGS) {
      const t = wordsOf(lang);
      for (const view of STATIC_VIEWS) {
        const path = embedPagePath(budget.id, view, lang);
        const rendered = await render(`#/embed/${encodeURIComponent(budget.id)}/${view}${lang === 'en' ? '?lang=en' : ''}`);
        const html = shellHtml(
          template,
          {
            path,
            route: rendered.route,
            prints: rendered.prints,
            lang,
            // The title the app then sets (EmbedPage).
            title: `${deptName(budget, t)} ${budget.year} · ${t.views[view]} · ${t.appName}`,
            description: t.credit(deptName(budget, t), budget.year, budget.source, budget.kind),
            body: rendered.html,

            hydrate: true,
            noscript: t.staticNoScript,
            siteName: t.appName,
            noindex: true,
            // The budget's picture in this language (previewImages.ts), as its own pages name it.
            image: {
              path: previewImagePath(budget.id, lang),
              alt: imageAlt(budget, t, effectiveAmountMode(lang, undefined)),
              ...PREVIEW_SIZE,
            },
            assets: assetsOf(rendered.html, path),
          },
          siteUrl,
        );
        const dir = resolve(outDir, pageFolder(path));
        mkdirSync(dir, { recursive: true });
        writeFileSync(resolve(dir, 'index.html'), html);
        n++;
      }
    }
  }
  return n;
}
