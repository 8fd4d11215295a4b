/**
 * Vite plugin: the catalog (目录) at the site root, with its own title, description, Open Graph tags and
 * picture, and its first page as text for a reader without JavaScript. Figures as printed, with their unit,
 * from dist/data through the same model the app uses and the Chinese words. (Every other page is the app's
 * own render at build time: staticPages.ts and the writers it calls.)
 *
 * The root keeps the app's loading line in #root and puts the catalog into <noscript>: the root also
 * serves every old #/… link, which must not show the catalog before the app shows the linked page.
 * Runs after staticPages (which reads the root index.html as its template) and before precompress.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { zh } from '../src/app/i18n/zh';
import type { CatalogHead } from '../src/model/catalogHead';
import { formatAmount } from '../src/model/format';
import { departmentPagePath, regionPagePath } from '../src/state/pagePath';
import type { BudgetIndex, BudgetIndexEntry } from '../src/model/types';
import { pageFolder, shellHtml, siteUrlFromEnv, type ShellPage } from './pageShell';
import { esc } from './htmlEscape';
import { staticPagePath } from './staticPages';
import { readJson } from './readJson';
import { PREVIEW_SIZE } from '../src/app/embed/imageEmbed';
import { renderPreviews, type PreviewJob } from './previewImages';
import { catalogPreview, type RoutePreview } from './routePreviews';

const t = zh;
const m = zh.many;

export { departmentPagePath, regionPagePath };

const amount = (a: string, unit: string) => `${esc(formatAmount(a))} ${esc(unit)}`;
// Links as the app's asset URLs are: "./"-relative (to the root, or to the <base> that climbs back to it).
const budgetLink = (e: BudgetIndexEntry) =>
  `<a href="./${staticPagePath(e.id, 'treemap')}">${esc(e.department)}</a> ${e.year} <small>${esc(t.kinds[e.kind])}</small>`;

/** 目录: the catalog's first page (catalog-head.json, the order the app opens with), as a table. */
export function catalogBody(head: CatalogHead): string {
  const rows = head.first
    .map((e) => {
      const checks = `${t.catalogFailed(e.checks.failed)} · ${t.catalogRounding(e.checks.rounding)}`;
      // Three columns, the region, the department's other years and the checks under the name: a phone reads it.
      return [
        '<tr>',
        `<th scope="row">${budgetLink(e)}<br /><small><a href="./${regionPagePath(e.region, e.year)}">${esc(e.region)}</a> · <a href="./${departmentPagePath(e.departmentId)}">${esc(m.linkDepartment)}</a> · ${esc(checks)}</small></th>`,
        `<td>${amount(e.total, e.unit)}</td>`,
        '</tr>',
      ].join('');
    })
    .join('');
  return [
    '<section class="prerendered" data-testid="prerendered-catalog">',
    `<h1>${esc(t.catalogTitle)}</h1>`,
    `<p>${esc(t.whatIsBudget)}</p>`,
    `<p>${esc(t.noGrandTotal)} ${esc(t.catalogUnitNote)}</p>`,
    `<table><caption>${esc(t.catalogCaption)} · ${esc(t.staticCatalogFirst(head.first.length, head.count))}</caption>`,
    `<thead><tr><th scope="col">${esc(t.colDepartment)} · ${esc(t.colRegion)} · ${esc(t.colChecks)}</th><th scope="col">${esc(t.colTotal)}</th></tr></thead>`,
    `<tbody>${rows}</tbody></table>`,
    '</section>',
  ].join('\n');
}

export interface RoutePagesReport {
  /** The pictures the pages name (routePreviews.ts), for renderPreviews to draw. */
  previews: PreviewJob[];
}

/** Writes the root's catalog; returns the picture it names (drawn by the caller). */
export function writeRoutePages(outDir: string, siteUrl?: string): RoutePagesReport {
  const read = (rel: string): unknown => readJson(resolve(outDir, rel));
  const template = readFileSync(resolve(outDir, 'index.html'), 'utf8');
  const index = read('data/index.json') as BudgetIndex;
  const previews: PreviewJob[] = [];
  // The page's picture: drawn later from its SVG, named now with what it shows.
  const picture = (p: RoutePreview) => {
    previews.push({ path: p.path, svg: p.svg });
    return { image: { path: p.path, alt: p.alt, ...PREVIEW_SIZE } };
  };
  const write = (page: Omit<ShellPage, 'siteName'>) => {
    const dir = resolve(outDir, pageFolder(page.path));
    mkdirSync(dir, { recursive: true });
    writeFileSync(resolve(dir, 'index.html'), shellHtml(template, { ...page, siteName: t.appName }, siteUrl));
  };
  // Last: the root is every other page's template.
  const head = read('data/catalog-head.json') as CatalogHead;
  write({
    path: '',
    // As the app names the catalog (App.tsx).
    title: `${t.appName} · ${t.catalogTitle}`,
    description: `${t.tagline}。${t.staticCatalogFirst(head.first.length, head.count)}`,
    body: catalogBody(head),
    bodyIn: 'noscript',
    noscript: t.staticCatalogNoScript,
    ...picture(catalogPreview(index, head)),
  });
  return { previews };
}

export function routePages(): Plugin {
  let outDir = 'dist';
  let root = '.';
  return {
    name: 'route-pages',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      root = config.root;
    },
    // Sequential and last: staticPages must have read the root index.html before this rewrites it.
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        const n = writeRoutePages(outDir, siteUrlFromEnv());
        console.log('route pages: the catalog');
        // The pages name their pictures: without them (no CJK font) the build fails here, as for the budgets'.
        const r = await renderPreviews(outDir, resolve(root, '.tmp', 'preview-cache'), n.previews);
        console.log(
          `route preview images: ${r.images} in dist/preview/ (${r.rendered} rendered, ${r.images - r.rendered} from .tmp/preview-cache) in ${r.ms} ms`,
        );
      },
    },
  };
}
