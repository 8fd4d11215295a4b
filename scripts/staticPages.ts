/**
 * Vite plugin: a real page for every budget view (issue 11) — dist/budget/<id>/<view>/index.html, beside
 * the app's own index.html. Each is the app's page with, in its markup:
 *
 *   - its own <title>, description (the budget's first-answer sentence), Open Graph and Twitter tags, so a
 *     link shared in a chat or a post shows which budget it is (canonical and og:url only when SITE_URL is
 *     set at build time: an address cannot be guessed);
 *   - what a reader needs without JavaScript: the department, year and kind, the sentence, the totals and
 *     the 类 of the 功能分类 table as printed, with their unit, the check counts and the source document;
 *     and the view itself: the treemap's SVG (treemapMarkup.ts), the Sankey's (sankeyMarkup.ts), or the
 *     功能分类 and 经济分类 tables at every level with the list of checks (tablesMarkup.ts, checksMarkup.ts);
 *   - <base href="../../../"> so that every relative URL (assets, data/…, #/… links) still resolves to the
 *     site's root wherever the site is hosted, and a `yusuan-route` meta the app reads when the address has
 *     no hash (src/main.tsx), so the same budget view comes up once the script runs.
 *
 * The figures come from dist/data (as the build copied public/data) through the model (headlineSentence)
 * and the Chinese words (src/app/i18n/zh.ts): the same text the app shows; the charts are the app's own chart
 * components rendered by react-dom/server.
 *
 * The app starts after the page is painted (pageStart): the page needs only its stylesheets to show its
 * sentence and chart, and npm run bench:pages (the static page against its twin without scripts) found two
 * ways the script put its first paint off. On a slow phone link the modules (the whole initial JavaScript,
 * fetched at once) took the bandwidth the stylesheets needed: they now carry fetchpriority="low", and
 * Chromium sends the stylesheets first. On a desktop the modules were in with the stylesheets and the
 * entry's evaluation ran before the first frame: the page now loads a small module that imports the entry
 * once a frame is painted, the entry preloaded as its imports are, so nothing is fetched later than before.
 *
 * Each page names its budget's preview image (scripts/previewImages.ts, dist/preview/<id>.png) as og:image
 * and twitter:image: absolute under SITE_URL, as canonical; without it, relative to the page's own address
 * (../../../preview/<id>.png), which is what a crawler resolves a relative og:image against (it reads no <base>).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { headlineSentence } from '../src/model/headlineSentence';
import { formatAmount } from '../src/model/format';
import { buildFunctionalTree } from '../src/model/functionalTree';
import type { Budget, BudgetIndex } from '../src/model/types';
import type { Crosswalk } from '../src/model/crosswalkTypes';
import { isMisprint, markMisprint } from '../src/model/misprints';
import { zh } from '../src/app/i18n/zh';
import { imageAlt, previewImagePath, PREVIEW_SIZE } from '../src/app/embed/imageEmbed';
import { writePreviewImages } from './previewImages';
import { siteUrlFromEnv } from './pageShell';
import { budgetTreemap, treemapSvgMarkup } from './treemapMarkup';
import { chartHeight } from '../src/charts/Treemap/chartHeight';
import { checksSection } from './checksMarkup';
import { esc } from './htmlEscape';
import { sankeyFigure } from './sankeyMarkup';
import { tablesSection } from './tablesMarkup';
import { readJson } from './readJson';

export const STATIC_VIEWS = ['treemap', 'sankey', 'tables'] as const;
type StaticView = (typeof STATIC_VIEWS)[number];

/** The page's address below the site root, and the route the app opens there. */
export function staticPagePath(id: string, view: StaticView): string {
  return `budget/${encodeURIComponent(id)}/${view}/`;
}

/** The first-answer sentence, in Chinese and in the printed unit, as the app's budget page says it. */
export function pageSentence(budget: Budget, crosswalk?: Crosswalk): string {
  const plain = headlineSentence(budget);
  // A 类 name the crosswalk knows to be misprinted keeps its printed form, marked as the app marks it (FirstAnswer).
  const s = {
    ...plain,
    lines: plain.lines.map((l) => (isMisprint(crosswalk, 'functional', l.code, l.name) ? { ...l, name: `${l.name}${zh.treemapMore.sic}` } : l)),
  };
  return zh.firstAnswer.sentence(s, formatAmount(s.total), zh.unit(s.unit), zh.kinds[s.kind]);
}

/**
 * The widths the static treemap and Sankey are laid out at: the page's column on a desktop (.prerendered:
 * 60rem less its padding) and on a 375 px phone. A layout shrunk from the wide one would make a phone's labels
 * 4 px high; each is shown at its own width (base.css swaps them at 520 px, where the treemap changes shape;
 * the Sankey is split in two parts below 640 px, so the phone's is always the app's phone drawing).
 */
export const STATIC_CHART_WIDTHS = { wide: 928, narrow: 343 } as const;

/** The treemap in the markup, as the app draws it at each of the two widths; the app replaces it when it starts. */
export function treemapFigure(budget: Budget, crosswalk?: Crosswalk): string {
  const tm = budgetTreemap(budget, crosswalk);
  const title = `${budget.department} ${budget.year} · ${zh.views.treemap}`;
  const svg = (key: keyof typeof STATIC_CHART_WIDTHS) => {
    const w = STATIC_CHART_WIDTHS[key];
    return `<div class="prerendered-${key}">${treemapSvgMarkup(tm.at(w, chartHeight(w)), title, `treemap-hatch-${key}`)}</div>`;
  };
  const legend = tm
    .legend(tm.at(STATIC_CHART_WIDTHS.wide, chartHeight(STATIC_CHART_WIDTHS.wide)))
    // The swatch as SVG: a fill attribute, where a style attribute would be refused by the site's CSP.
    .map((it) => `<li><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="${esc(it.fill)}"/></svg> ${esc(it.label)}</li>`)
    .join('');
  return [
    '<figure class="prerendered-chart" data-testid="prerendered-treemap">',
    svg('wide'),
    svg('narrow'),
    `<figcaption>${esc(zh.treemapMore.legendTitle)}<ul>${legend}</ul></figcaption>`,
    '</figure>',
  ].join('\n');
}

/** 查看方式: the three views as links between the static pages (the app's tabs, which need no script here). */
function viewTabs(id: string, view: StaticView): string {
  const links = STATIC_VIEWS.map(
    (v) => `<a href="./${staticPagePath(id, v)}"${v === view ? ' aria-current="page"' : ''} data-testid="prerendered-tab-${v}">${esc(zh.views[v])}</a>`,
  );
  return `<nav class="prerendered-tabs" aria-label="${esc(zh.viewsNav)}">${links.join('')}</nav>`;
}

/** The readable page body: what the app shows first, as plain HTML (the app replaces it when it starts). */
function body(budget: Budget, view: StaticView, crosswalk?: Crosswalk): string {
  const t = zh;
  const unit = esc(t.unit(budget.unit));
  const amount = (a: string) => `${esc(formatAmount(a))} ${unit}`;
  // The 类 as the treemap draws them (model/functionalTree): printed rows, or the exact sum (Σ) where a
  // document prints its 类 per unit only.
  const lei = buildFunctionalTree(budget).root.children;
  const failed = budget.checks.filter((c) => c.status === 'fail').length;
  const rounding = budget.checks.filter((c) => c.status === 'rounding').length;
  const rows = lei
    .map((n) => {
      const total = n.values.total;
      const shown = total === null ? '—' : `${esc(formatAmount(total))}${n.printed ? '' : ' Σ'}`;
      const name = markMisprint(n.name, isMisprint(crosswalk, 'functional', n.code, n.name), t.treemapMore.sic);
      return `<tr><td>${esc(n.code)}</td><th scope="row">${esc(name)}</th><td>${shown}</td></tr>`;
    })
    .join('');
  return [
    // The app's header bar and back link, so the chart stands about where the app then draws it.
    `<header class="prerendered-bar"><a href="./">${esc(t.appName)}</a> <span>${esc(t.tagline)}</span></header>`,
    `<article class="prerendered" data-testid="prerendered" data-budget-id="${esc(budget.id)}" data-view="${view}">`,
    `<p><a href="./">← ${esc(t.backToCatalog)}</a></p>`,
    `<h1>${esc(budget.department)} ${budget.year} <small>${esc(t.kinds[budget.kind])}</small></h1>`,
    `<p>${esc(budget.region)} · ${budget.year} · ${esc(t.sourceDoc)}：<code>${esc(budget.source)}</code> · ${esc(t.unitLong(budget.unit))}</p>`,
    `<p data-testid="prerendered-sentence">${esc(pageSentence(budget, crosswalk))}</p>`,
    viewTabs(budget.id, view),
    view === 'treemap' ? treemapFigure(budget, crosswalk) : '',
    view === 'sankey' ? sankeyFigure(budget, STATIC_CHART_WIDTHS, crosswalk) : '',
    `<ul data-testid="prerendered-totals"><li>${esc(t.colTotal)}：${amount(budget.expenditure.total)}</li><li>${esc(t.measures.basic)}：${amount(budget.expenditure.basic)}</li><li>${esc(t.measures.project)}：${amount(budget.expenditure.project)}</li></ul>`,
    // The tables page has the whole 功能分类 tree below (tablesSection): the 类 summary is for the chart pages.
    view === 'tables' ? tablesSection(budget, crosswalk) : '',
    lei.length > 0 && view !== 'tables'
      ? `<table data-testid="prerendered-functional"><caption>功能分类（${esc(t.levels.lei)}） · ${unit}</caption><thead><tr><th scope="col">编码</th><th scope="col">科目</th><th scope="col">${esc(t.measures.total)}</th></tr></thead><tbody>${rows}</tbody></table>`
      : '',
    // The tables page lists the checks themselves (checksSection, the app's 数据核对), their counts first.
    view === 'tables'
      ? checksSection(budget)
      : `<p data-testid="prerendered-checks">${esc(t.checksTitle)}：${esc(t.catalogFailed(failed))}，${esc(t.catalogRounding(rounding))}，${esc(t.catalogChecksTotal(budget.checks.length))}</p>`,
    `<p><a href="${esc(`#/source/${encodeURIComponent(budget.id)}`)}">${esc(t.sourceDoc)}</a> · <a href="./">${esc(t.backToCatalog)}</a></p>`,
    '</article>',
  ].join('\n');
}

/** One page: the built index.html with this view's head and readable body. `siteUrl` ends with '/'. */
export function staticPageHtml(template: string, budget: Budget, view: StaticView, crosswalk?: Crosswalk, siteUrl?: string): string {
  const t = zh;
  // The title the app then sets (BudgetPage): the same words before and after the script.
  const title = `${budget.department} ${budget.year} ${t.kinds[budget.kind]} · ${t.views[view]} · ${t.appName}`;
  const description = pageSentence(budget, crosswalk);
  const canonical = siteUrl ? `${siteUrl}${staticPagePath(budget.id, view)}` : null;
  const image = `${siteUrl ?? '../../../'}${previewImagePath(budget.id)}`;
  const alt = imageAlt(budget, t);
  const meta = [
    '<base href="../../../" />',
    `<meta name="yusuan-route" content="${esc(`#/budget/${encodeURIComponent(budget.id)}/${view}`)}" />`,
    `<meta property="og:type" content="article" />`,
    `<meta property="og:site_name" content="${esc(t.appName)}" />`,
    `<meta property="og:locale" content="zh_CN" />`,
    `<meta property="og:title" content="${esc(title)}" />`,
    `<meta property="og:description" content="${esc(description)}" />`,
    `<meta property="og:image" content="${esc(image)}" />`,
    `<meta property="og:image:type" content="image/png" />`,
    `<meta property="og:image:width" content="${PREVIEW_SIZE.width}" />`,
    `<meta property="og:image:height" content="${PREVIEW_SIZE.height}" />`,
    `<meta property="og:image:alt" content="${esc(alt)}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:image" content="${esc(image)}" />`,
    `<meta name="twitter:image:alt" content="${esc(alt)}" />`,
    `<meta name="twitter:title" content="${esc(title)}" />`,
    `<meta name="twitter:description" content="${esc(description)}" />`,
    ...(canonical ? [`<link rel="canonical" href="${esc(canonical)}" />`, `<meta property="og:url" content="${esc(canonical)}" />`] : []),
  ].join('\n    ');
  const out = template
    // The base must come before the first relative URL of the head (the CSP meta has none).
    .replace(/(<meta http-equiv="Content-Security-Policy"[^>]*>)/, (csp) => `${csp}\n    ${meta}`)
    // Functions, not strings: a "$&" in a printed name must stay text, not a replacement pattern.
    .replace(/<title>[^<]*<\/title>/, () => `<title>${esc(title)}</title>`)
    .replace(/<meta name="description" content="[^"]*" \/>/, () => `<meta name="description" content="${esc(description)}" />`)
    .replace(/<div id="root">[\s\S]*?<\/div>/, () => `<div id="root">${body(budget, view, crosswalk)}</div>`)
    .replace(/<noscript>[\s\S]*?<\/noscript>/, () => `<noscript><p class="prerendered">${esc(t.staticNoScript)}</p></noscript>`);
  // A template this code does not recognise would publish pages without their content: stop the build.
  for (const must of ['<base href=', 'data-testid="prerendered"', `<title>${esc(title)}</title>`]) {
    if (!out.includes(must)) throw new Error(`static pages: dist/index.html has no place for ${must} (budget ${budget.id}, ${view})`);
  }
  return out;
}

/**
 * The built page's scripts for a static page: the entry (`<script type="module" src="./assets/<entry>.js">`)
 * replaced by a modulepreload of it and a small module that imports it after the first painted frame (at
 * once in a hidden tab, where no frame comes); every module script and modulepreload at fetchpriority=low.
 * `boot` is that module's file below the site root and its text, or null for a template with no built
 * entry (left as it is, but for the priorities).
 */
export function pageStart(template: string): { template: string; boot: { path: string; code: string } | null } {
  const low = (html: string) => html.replace(/<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g, '<$1 fetchpriority="low"');
  const entry = /<script type="module" crossorigin src="\.\/assets\/([^"/]+\.js)"><\/script>/.exec(template);
  if (!entry) return { template: low(template), boot: null };
  const file = entry[1] as string;
  const code = [
    '// Static budget pages (scripts/staticPages.ts): the app, started once the page as written is painted.',
    `const start = () => import('./${file}');`,
    "if (document.visibilityState === 'hidden') start();",
    'else requestAnimationFrame(() => setTimeout(start, 0));',
    '',
  ].join('\n');
  const path = `assets/page-start-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
  const tags = `<link rel="modulepreload" crossorigin href="./assets/${file}">\n    <script type="module" crossorigin src="./${path}"></script>`;
  return { template: low(template.replace(entry[0], tags)), boot: { path, code } };
}

/** Writes every budget view's page into the built site. */
export function writeStaticPages(outDir: string, siteUrl?: string): number {
  const { template, boot } = pageStart(readFileSync(resolve(outDir, 'index.html'), 'utf8'));
  if (boot) writeFileSync(resolve(outDir, boot.path), boot.code);
  const index = readJson(resolve(outDir, 'data', 'index.json')) as BudgetIndex;
  let n = 0;
  for (const e of index.budgets) {
    const budget = readJson(resolve(outDir, 'data', e.file)) as Budget;
    for (const view of STATIC_VIEWS) {
      const dir = resolve(outDir, staticPagePath(e.id, view));
      mkdirSync(dir, { recursive: true });
      writeFileSync(resolve(dir, 'index.html'), staticPageHtml(template, budget, view, index.crosswalk, siteUrl));
      n++;
    }
  }
  return n;
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
    async writeBundle() {
      const siteUrl = siteUrlFromEnv();
      const n = writeStaticPages(outDir, siteUrl);
      console.log(`static pages: ${n} budget views in dist/budget/${siteUrl ? ` (canonical ${siteUrl})` : ' (no SITE_URL: no canonical address)'}`);
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
