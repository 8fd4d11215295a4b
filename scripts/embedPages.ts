/**
 * 嵌入 pages in the markup (issue 11: "every embed page"): embed/<id>/<view>/ for every budget view — the
 * chart as the embed shows it, chart-only (title, unit, the chart or the tables, the credit with links to the
 * source and the full page), in the markup, so an article's frame shows it before the app's script has come
 * (on a slow phone, seconds). The snippet points its frame there with the embed's own route in the hash
 * (embedSnippet.embedUrl), which the app then opens: a drilled treemap shows the top level until the
 * script draws the drilled one. Not for search engines (noindex): the budget's own page is the one to find.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { zh } from '../src/app/i18n/zh';
import type { Crosswalk } from '../src/model/crosswalkTypes';
import type { Budget, BudgetIndex } from '../src/model/types';
import { embedPagePath } from '../src/app/embed/embedSnippet';
import { imageAlt, previewImagePath, PREVIEW_SIZE } from '../src/app/embed/imageEmbed';
import { esc } from './htmlEscape';
import { shellHtml } from './pageShell';
import { sankeyFigure } from './sankeyMarkup';
import { STATIC_CHART_WIDTHS, STATIC_VIEWS, staticPagePath, treemapFigure } from './staticPages';
import { tablesSection } from './tablesMarkup';

type View = (typeof STATIC_VIEWS)[number];

export function embedBody(budget: Budget, view: View, crosswalk?: Crosswalk): string {
  const t = zh;
  const chart =
    view === 'treemap'
      ? treemapFigure(budget, crosswalk)
      : view === 'sankey'
        ? sankeyFigure(budget, STATIC_CHART_WIDTHS, crosswalk)
        : tablesSection(budget, crosswalk);
  return [
    `<article class="prerendered prerendered-embed" data-testid="prerendered-embed" data-budget-id="${esc(budget.id)}" data-view="${view}">`,
    `<h1>${esc(budget.department)} ${budget.year} · ${esc(t.views[view])} <small>${esc(t.kinds[budget.kind])}</small></h1>`,
    `<p>${esc(t.unitShort(budget.unit))}</p>`,
    chart,
    // Links leave the frame (its sandbox lets them open a new window, never navigate the article).
    `<p data-testid="prerendered-embed-credit">${esc(t.credit(budget.department, budget.year, budget.source, budget.kind))} · <a href="./${staticPagePath(budget.id, view)}" target="_blank" rel="noopener">${esc(t.embedViewFull)}</a></p>`,
    '</article>',
  ].join('\n');
}

/** Writes embed/<id>/<view>/ for every budget view; `template` is the static pages' (the app starting after paint). */
export function writeEmbedPages(outDir: string, template: string, index: BudgetIndex, budgets: readonly Budget[], siteUrl?: string): number {
  let n = 0;
  for (const budget of budgets) {
    for (const view of STATIC_VIEWS) {
      const path = embedPagePath(budget.id, view);
      const dir = resolve(outDir, path);
      mkdirSync(dir, { recursive: true });
      const html = shellHtml(
        template,
        {
          path,
          route: `#/embed/${encodeURIComponent(budget.id)}/${view}`,
          // The title the app then sets (EmbedPage).
          title: `${budget.department} ${budget.year} · ${zh.views[view]} · ${zh.appName}`,
          description: `${zh.credit(budget.department, budget.year, budget.source, budget.kind)}`,
          body: embedBody(budget, view, index.crosswalk),
          bodyIn: 'root',
          noscript: zh.staticNoScript,
          siteName: zh.appName,
          noindex: true,
          // The budget's picture (previewImages.ts), as its own pages name it.
          image: { path: previewImagePath(budget.id), alt: imageAlt(budget, zh), ...PREVIEW_SIZE },
        },
        siteUrl,
      );
      writeFileSync(resolve(dir, 'index.html'), html);
      n++;
    }
  }
  return n;
}
