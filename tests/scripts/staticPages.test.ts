/**
 * The static budget pages (scripts/staticPages.ts): the app's own markup for the route (rendered here as the
 * build renders it, src/entry-server.tsx) in #root with the route it was rendered for; names escaped wherever
 * they go (title, meta, body); the address relative to the site root through <base>, one level deeper in
 * English; the canonical address only with SITE_URL; and a template it cannot place its content in, or a
 * render that did not finish, stops the build instead of publishing empty pages.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageStart, STATIC_CHART_WIDTHS, staticPageHtml, staticPagePath, staticPageRoute, testIdText } from '../../scripts/staticPages';
import { assertFinished } from '../../scripts/prerender';
import { renderRoute } from '../../src/entry-server';
import { chartHeight } from '../../src/charts/Treemap/chartHeight';
import { budgetSankey } from '../../scripts/sankeyMarkup';
import { formatAmount } from '../../src/model/format';
import type { Budget, BudgetIndex } from '../../src/model/types';

const publicDir = join(process.cwd(), 'public');
const dir = join(publicDir, 'data');
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as BudgetIndex;
const entry = index.budgets[1]!;
const budget = JSON.parse(readFileSync(join(dir, entry.file), 'utf8')) as Budget;
const template = readFileSync(join(process.cwd(), 'index.html'), 'utf8').replace(
  '<meta charset="UTF-8" />',
  '<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="default-src \'self\'" />',
);
const HOSTILE = '<img src=x onerror=alert(1)>"\'';

/** The data with this budget's department (or its 功能分类 names) replaced, in a folder of its own. */
function dataWith(change: (b: Budget) => Budget): string {
  const root = mkdtempSync(join(tmpdir(), 'static-pages-'));
  cpSync(dir, join(root, 'data'), { recursive: true });
  writeFileSync(join(root, 'data', entry.file), JSON.stringify(change(budget)));
  return root;
}

type View = 'treemap' | 'sankey' | 'tables';
async function page(
  view: View,
  opts: { lang?: 'zh' | 'en'; siteUrl?: string; root?: string; b?: Budget; tpl?: string; own?: { css: string[]; modules: string[] } } = {},
): Promise<string> {
  const lang = opts.lang ?? 'zh';
  const rendered = await renderRoute(staticPageRoute(budget.id, view, lang), opts.root ?? publicDir);
  return staticPageHtml(opts.tpl ?? template, opts.b ?? budget, view, rendered, index.crosswalk, opts.siteUrl, lang, opts.own);
}

describe('static budget pages', () => {
  it('escapes a hostile name in the title, the meta tags and the body', async () => {
    const b = { ...budget, department: HOSTILE };
    const html = await page('treemap', { root: dataWith(() => b), b });
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;');
    expect(html.match(/<title>[^<]*<\/title>/)?.[0]).toContain('&lt;img');
    expect(html.match(/<meta property="og:image:alt" content="[^"]*"/)?.[0]).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;');
  });

  it('resolves every relative URL from the site root and names the route it was rendered for', async () => {
    const html = await page('sankey');
    expect(staticPagePath(budget.id, 'sankey')).toBe(`budget/${budget.id}/sankey/`);
    // Three folders down: budget/<id>/<view>/.
    expect(html).toContain('<base href="../../../" />');
    expect(html.indexOf('<base ')).toBeLessThan(html.indexOf('src="/src/main.tsx"'));
    expect(html).toContain(`<meta name="yusuan-route" content="#/budget/${budget.id}/sankey" />`);
    // With the prints of the data it was rendered with (the browser hydrates only with the same).
    expect(html).toMatch(
      new RegExp(`<div id="root" data-route="#/budget/${budget.id}/sankey" data-prints="[^"]*data/budgets/${budget.id}\\.json=[0-9a-f]{8}[^"]*">`),
    );
    expect(html).toContain('<link rel="alternate" hreflang="en" href="en/budget/');
    expect(html).not.toContain('rel="canonical"');
  });

  it('writes the English page one folder deeper, in English, its description the sentence the page shows', async () => {
    expect(staticPagePath(budget.id, 'treemap', 'en')).toBe(`en/budget/${budget.id}/treemap/`);
    const html = await page('treemap', { lang: 'en' });
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('<base href="../../../../" />');
    expect(html).toContain(`<meta name="yusuan-route" content="#/budget/${budget.id}/treemap?lang=en" />`);
    expect(html).toContain('<meta property="og:locale" content="en_US" />');
    expect(html).toMatch(/<title>[^<]* · Treemap · Budget Lens/);
    const sentence = testIdText(html, 'first-answer');
    expect(sentence).toMatch(/^The \d{4} /);
    expect(html).toContain(`<meta name="description" content="${sentence}" />`);
    expect(html).toContain('<link rel="alternate" hreflang="zh-CN" href="budget/');
  });

  it('names the preview image relative to the page, or under the site address where there is one', async () => {
    const rel = await page('treemap');
    expect(rel).toContain(`<meta property="og:image" content="../../../preview/${budget.id}.png" />`);
    expect(rel).toContain(`<meta name="twitter:image" content="../../../preview/${budget.id}.png" />`);
    expect(rel).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(rel).toContain('<meta property="og:image:width" content="1200" />');
    expect(rel).toContain('<meta property="og:image:height" content="630" />');
    const abs = await page('treemap', { siteUrl: 'https://example.org/budgets/' });
    expect(abs).toContain(`<meta property="og:image" content="https://example.org/budgets/preview/${budget.id}.png" />`); // The English page names the English picture (million yuan), one folder deeper.
    const en = await page('treemap', { lang: 'en' });
    expect(en).toContain(`<meta property="og:image" content="../../../../preview/${budget.id}.en.png" />`);
    expect(en.match(/<meta property="og:image:alt" content="([^"]*)"/)?.[1]).toMatch(/million yuan/);
  });

  it("carries the app's treemap, drawn at the desktop column's width and at a phone's, with its legend and no style attribute", async () => {
    const html = await page('treemap');
    const root = html.slice(html.indexOf('<div id="root"'), html.indexOf('<noscript>'));
    for (const w of Object.values(STATIC_CHART_WIDTHS)) expect(root).toContain(`viewBox="0 0 ${w} ${chartHeight(w)}"`);
    expect(root).toContain('data-testid="treemap-premeasure"');
    expect(root).toContain('data-testid="treemap-legend"');
    // Each drawing with its own hatch pattern: a reference into the hidden one would draw nothing.
    const hatches = [...root.matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(hatches).size).toBe(hatches.length);
    expect(hatches.length).toBeGreaterThanOrEqual(2);
    // The site's CSP (style-src 'self') refuses style attributes; no inline script either.
    expect(root).not.toMatch(/\sstyle="/);
    expect(root).not.toContain('<script');
    expect(await page('sankey')).not.toContain('treemap-premeasure');
  });

  it("carries the app's Sankey as it lays it out, at both widths, every node with its amount", async () => {
    const html = await page('sankey');
    const root = html.slice(html.indexOf('<div id="root"'), html.indexOf('<noscript>'));
    for (const width of Object.values(STATIC_CHART_WIDTHS)) {
      const chart = budgetSankey(budget, width, index.crosswalk);
      if (!chart.ok) throw new Error(chart.reason);
      for (const part of chart.value.parts) {
        expect(root).toContain(`viewBox="0 0 ${part.width} ${part.height}"`);
        for (const n of part.nodes) {
          expect(root).toContain(`data-testid="sankey-node-${n.node.id}${n.repeated ? '--continued' : ''}" data-amount="${n.node.amount}"`);
        }
      }
    }
    expect(root).toContain(formatAmount(budget.expenditure.basic));
    expect(root).not.toMatch(/\sstyle="/);
  });

  it('puts every 功能分类 and 经济分类 row and every check that did not pass in <noscript> on the tables page', async () => {
    const html = await page('tables');
    const noscript = html.slice(html.indexOf('<noscript>'), html.indexOf('</noscript>'));
    expect(noscript).toContain('data-testid="prerendered-table-functional"');
    expect(noscript).toContain('data-testid="prerendered-table-economic"');
    for (const r of budget.functional) {
      expect(noscript).toContain(`data-code="${r.code}"`);
      expect(noscript).toContain(`<td data-amount="${r.total}">${formatAmount(r.total)}`);
    }
    expect(noscript.match(/data-testid="prerendered-check-failed"/g)?.length ?? 0).toBe(budget.checks.filter((c) => c.status === 'fail').length);
    expect(noscript.match(/data-testid="prerendered-check-rounding"/g)?.length ?? 0).toBe(budget.checks.filter((c) => c.status === 'rounding').length);
    // The app's own tables view is in #root as well.
    expect(html.slice(html.indexOf('<div id="root"'))).toContain('data-testid="budget-page"');
    expect(await page('treemap')).not.toContain('prerendered-table-functional');
    // The English page's: the same rows and printed figures, in English words (headings, unit, checks).
    const en = await page('tables', { lang: 'en' });
    const enNoscript = en.slice(en.indexOf('<noscript>'), en.indexOf('</noscript>'));
    for (const r of budget.functional) expect(enNoscript).toContain(`<td data-amount="${r.total}">${formatAmount(r.total)}`);
    expect(enNoscript).toContain('Data checks');
    // Headings and captions in English (the check sentences quote printed table names, in Chinese on purpose).
    const heads = [...enNoscript.matchAll(/<(h2|h3|caption|th scope="col")>([\s\S]*?)<\/(?:h2|h3|caption|th)>/g)].map((m) => m[2] as string);
    expect(heads.length).toBeGreaterThan(5);
    // (The unit names its printed Chinese word beside the English, as everywhere in English: "10,000 yuan (万元)".)
    for (const h of heads) expect(h.replace(/\((?:万元|元)\)/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('starts the app after the first paint: no module tag but the start, which fetches the modules the meta names', async () => {
    // As the build writes dist/index.html.
    const built = template
      .replace(/\s*<script type="module" src="\/src\/main.tsx"><\/script>/, '')
      .replace(
        '</title>',
        '</title>\n    <script type="module" crossorigin src="./assets/index-a.js"></script>\n    <link rel="modulepreload" crossorigin href="./assets/b.js">\n    <link rel="stylesheet" crossorigin href="./assets/index-c.css">',
      );
    const { template: tpl, boot } = pageStart(built);
    expect(boot?.path).toMatch(/^assets\/page-start-[0-9a-f]{8}\.js$/);
    expect(boot?.code).toContain("import('./index-a.js')");
    expect(boot?.code).toContain("link.rel = 'modulepreload'");
    // Before the first paint the page fetches no JavaScript but the start's few lines.
    expect(tpl).not.toContain('src="./assets/index-a.js"');
    expect(tpl).not.toContain('modulepreload');
    expect(tpl).toContain('<meta name="yusuan-modules" content="./assets/index-a.js ./assets/b.js" />');
    expect(tpl).toContain(`<script type="module" crossorigin src="./${boot?.path}"></script>`);
    expect(tpl).toContain('<link rel="stylesheet" crossorigin href="./assets/index-c.css">');
    // The page's own chunks join the list; its content still goes in.
    // (each once: b.js, which the entry preloads, is named already)
    const html = await page('treemap', { tpl, own: { css: ['assets/BudgetPage-x.css'], modules: ['assets/b.js', 'assets/BudgetPage-x.js'] } });
    expect(html).toContain('<meta name="yusuan-modules" content="./assets/index-a.js ./assets/b.js ./assets/BudgetPage-x.js" />');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="./assets/BudgetPage-x.css">');
    expect(html).toContain(`<script type="module" crossorigin src="./${boot?.path}"></script>`);
    // A template with no built entry keeps its script.
    expect(pageStart(template).boot).toBeNull();
  });

  it('gives a canonical address, og:url and absolute alternates only with a site address', async () => {
    const html = await page('tables', { siteUrl: 'https://example.org/budgets/' });
    expect(html).toContain(`<link rel="canonical" href="https://example.org/budgets/budget/${budget.id}/tables/" />`);
    expect(html).toContain(`<meta property="og:url" content="https://example.org/budgets/budget/${budget.id}/tables/" />`);
    expect(html).toContain(`<link rel="alternate" hreflang="en" href="https://example.org/budgets/en/budget/${budget.id}/tables/" />`);
  });

  it('stops on a template it cannot fill, naming the budget and view', async () => {
    await expect(page('treemap', { tpl: '<html><body>nothing here</body></html>' })).rejects.toThrow(new RegExp(`no place for .*budget ${budget.id}, treemap`));
  });

  it('stops on a render that did not finish (a fallback, an error boundary, an inline script), naming the route', () => {
    expect(() => assertFinished('#/budget/x/treemap', '<main><!--$?--><template id="B:0"></template><p>loading</p><!--/$--></main>')).toThrow(
      /#\/budget\/x\/treemap did not render completely/,
    );
    expect(() => assertFinished('#/budget/x/sankey', '<!--$!--><template data-msg="document is not defined"></template>')).toThrow(/document is not defined/);
    expect(() => assertFinished('#/budget/x/tables', '<p>ok</p><script>x()</script>')).toThrow(/<script/);
    // The app's own message that the data did not load: a finished render, but not a page to publish.
    expect(() =>
      assertFinished('#/budget/x/treemap', '<div role="alert" data-testid="load-error" data-kind="network"><code>data/budgets/x.json</code>: Failed</div>'),
    ).toThrow(/load-error.*data\/budgets\/x\.json/);
    expect(() => assertFinished('#/budget/x/treemap', '<div role="alert" data-testid="render-error">…</div>')).toThrow(/render-error/);
    expect(() => assertFinished('#/budget/x/tables', '<p>ok</p>')).not.toThrow();
  });

  it("reads a test id's text with tags dropped and entities decoded", () => {
    expect(testIdText('<div><p class="a" data-testid="first-answer">A &amp; B <span>&lt;c&gt;</span><!-- --> &quot;d&#x27;</p></div>', 'first-answer')).toBe(
      'A & B <c> "d\'',
    );
    expect(testIdText('<p>none</p>', 'first-answer')).toBeNull();
  });
});

describe('a "$&" in a printed name', () => {
  it('stays text in the static budget page (replacement patterns are not applied)', async () => {
    const b = { ...budget, department: 'A$&B$1C' };
    const html = await page('treemap', { root: dataWith(() => b), b });
    expect(html.match(/<title>[^<]*<\/title>/)?.[0]).toContain('A$&amp;B$1C');
    expect(html).toContain('A$&amp;B$1C');
  });
});
