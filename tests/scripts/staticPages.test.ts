/**
 * The static budget pages (scripts/staticPages.ts): names are escaped wherever they go (title, meta,
 * body), the address is relative to the site root through <base>, the canonical address appears only with
 * SITE_URL, and a template it cannot place its content in stops the build instead of publishing empty pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageStart, STATIC_CHART_WIDTHS, staticPageHtml, staticPagePath } from '../../scripts/staticPages';
import { chartHeight } from '../../src/charts/Treemap/chartHeight';
import { budgetSankey } from '../../scripts/sankeyMarkup';
import { formatAmount } from '../../src/model/format';
import type { Budget, BudgetIndex } from '../../src/model/types';

const dir = join(process.cwd(), 'public', 'data');
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as BudgetIndex;
const budget = JSON.parse(readFileSync(join(dir, index.budgets[1]!.file), 'utf8')) as Budget;
const template = readFileSync(join(process.cwd(), 'index.html'), 'utf8').replace(
  '<meta charset="UTF-8" />',
  '<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="default-src \'self\'" />',
);
const HOSTILE = '<img src=x onerror=alert(1)>"\'';

describe('static budget pages', () => {
  it('escapes a hostile name in the title, the meta tags and the body', () => {
    const html = staticPageHtml(template, { ...budget, department: HOSTILE }, 'treemap', index.crosswalk);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;');
    expect(html.match(/<title>[^<]*<\/title>/)?.[0]).toContain('&lt;img');
  });

  it('resolves every relative URL from the site root and names the route for the app', () => {
    const html = staticPageHtml(template, budget, 'sankey', index.crosswalk);
    expect(staticPagePath(budget.id, 'sankey')).toBe(`budget/${budget.id}/sankey/`);
    // Three folders down: budget/<id>/<view>/.
    expect(html).toContain('<base href="../../../" />');
    expect(html.indexOf('<base ')).toBeLessThan(html.indexOf('src="/src/main.tsx"'));
    expect(html).toContain(`<meta name="yusuan-route" content="#/budget/${budget.id}/sankey" />`);
    expect(html).not.toContain('rel="canonical"');
  });

  it('names the preview image relative to the page, or under the site address where there is one', () => {
    const rel = staticPageHtml(template, budget, 'treemap', index.crosswalk);
    expect(rel).toContain(`<meta property="og:image" content="../../../preview/${budget.id}.png" />`);
    expect(rel).toContain(`<meta name="twitter:image" content="../../../preview/${budget.id}.png" />`);
    expect(rel).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(rel).toContain('<meta property="og:image:width" content="1200" />');
    expect(rel).toContain('<meta property="og:image:height" content="630" />');
    const abs = staticPageHtml(template, budget, 'treemap', index.crosswalk, 'https://example.org/budgets/');
    expect(abs).toContain(`<meta property="og:image" content="https://example.org/budgets/preview/${budget.id}.png" />`);
    const hostile = staticPageHtml(template, { ...budget, department: HOSTILE }, 'treemap', index.crosswalk);
    expect(hostile.match(/<meta property="og:image:alt" content="[^"]*"/)?.[0]).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;');
  });

  it("draws the treemap page's chart in the markup at the desktop column's width and at a phone's, with its legend", () => {
    const html = staticPageHtml(template, budget, 'treemap', index.crosswalk);
    const wide = STATIC_CHART_WIDTHS.wide;
    const narrow = STATIC_CHART_WIDTHS.narrow;
    expect(html).toContain(`viewBox="0 0 ${wide} ${chartHeight(wide)}"`);
    expect(html).toContain(`viewBox="0 0 ${narrow} ${chartHeight(narrow)}"`);
    // Each with its own hatch pattern: a reference into the hidden one would draw nothing.
    expect(html).toContain('id="treemap-hatch-wide"');
    expect(html).toContain('id="treemap-hatch-narrow"');
    expect(html).toContain('data-testid="prerendered-treemap"');
    // No style attribute: the site's CSP (style-src 'self') would refuse it.
    expect(html.slice(html.indexOf('prerendered-treemap'))).not.toMatch(/\sstyle="/);
    expect(staticPageHtml(template, budget, 'sankey', index.crosswalk)).not.toContain('prerendered-treemap');
    const hostile = staticPageHtml(template, { ...budget, department: HOSTILE }, 'treemap', index.crosswalk);
    expect(hostile).not.toContain('<img src=x');
  });

  it("draws the Sankey page's chart in the markup as the app lays it out, at both widths, without style attributes", () => {
    const html = staticPageHtml(template, budget, 'sankey', index.crosswalk);
    const figure = html.slice(html.indexOf('data-testid="prerendered-sankey"'), html.indexOf('</figure>', html.indexOf('prerendered-sankey')));
    for (const [key, width] of Object.entries(STATIC_CHART_WIDTHS)) {
      const chart = budgetSankey(budget, width, index.crosswalk);
      if (!chart.ok) throw new Error(chart.reason);
      for (const part of chart.value.parts) {
        expect(figure).toContain(`viewBox="0 0 ${part.width} ${part.height}"`);
        expect(figure).toContain(`id="sankey-${key}-${part.key}-hatch-unitemised"`);
        // Every node with its label's first line and amount, as computeSankey wrapped them.
        for (const n of part.nodes) {
          expect(figure).toContain(`data-testid="sankey-node-${n.node.id}${n.repeated ? '--continued' : ''}" data-amount="${n.node.amount}"`);
          expect(figure).toContain(`>${n.amountLines.join('')}<`.replace(/&/g, '&amp;'));
        }
      }
    }
    expect(figure).toContain(formatAmount(budget.expenditure.basic));
    expect(figure).not.toMatch(/\sstyle="/);
    expect(staticPageHtml(template, budget, 'treemap', index.crosswalk)).not.toContain('prerendered-sankey');
  });

  it("puts the tables page's 功能分类 and 经济分类 trees and its checks in the markup, figures as printed", () => {
    const html = staticPageHtml(template, budget, 'tables', index.crosswalk);
    expect(html).toContain('data-testid="prerendered-table-functional"');
    expect(html).toContain('data-testid="prerendered-table-economic"');
    for (const r of budget.functional) {
      expect(html).toContain(`data-code="${r.code}"`);
      expect(html).toContain(`<td data-amount="${r.total}">${formatAmount(r.total)}`);
    }
    for (const c of budget.checks.filter((x) => x.status !== 'pass')) expect(html).toContain(`data-code="${c.code}"`);
    expect(html.match(/data-testid="prerendered-check-failed"/g)?.length ?? 0).toBe(budget.checks.filter((c) => c.status === 'fail').length);
    expect(html.match(/data-testid="prerendered-check-rounding"/g)?.length ?? 0).toBe(budget.checks.filter((c) => c.status === 'rounding').length);
    expect(html.slice(html.indexOf('prerendered-tables'))).not.toMatch(/\sstyle="/);
    const hostile = staticPageHtml(template, { ...budget, functional: budget.functional.map((r) => ({ ...r, name: HOSTILE })) }, 'tables', index.crosswalk);
    expect(hostile).not.toContain('<img src=x');
  });

  it('starts the app after the first paint, its modules fetched after the stylesheets (fetchpriority=low)', () => {
    // As the build writes dist/index.html.
    const built = template
      .replace(/\s*<script type="module" src="\/src\/main.tsx"><\/script>/, '')
      .replace(
        '</title>',
        '</title>\n    <script type="module" crossorigin src="./assets/index-a.js"></script>\n    <link rel="modulepreload" crossorigin href="./assets/b.js">\n    <link rel="stylesheet" crossorigin href="./assets/index-c.css">',
      );
    const { template: page, boot } = pageStart(built);
    expect(boot?.path).toMatch(/^assets\/page-start-[0-9a-f]{8}\.js$/);
    expect(boot?.code).toContain("import('./index-a.js')");
    expect(page).not.toContain('src="./assets/index-a.js"');
    expect(page).toContain('<link rel="modulepreload" fetchpriority="low" crossorigin href="./assets/index-a.js">');
    expect(page).toContain(`<script type="module" fetchpriority="low" crossorigin src="./${boot?.path}"></script>`);
    expect(page).toContain('<link rel="modulepreload" fetchpriority="low" crossorigin href="./assets/b.js">');
    expect(page).toContain('<link rel="stylesheet" crossorigin href="./assets/index-c.css">');
    // The page's own content still goes in.
    expect(staticPageHtml(page, budget, 'treemap', index.crosswalk)).toContain(
      `<script type="module" fetchpriority="low" crossorigin src="./${boot?.path}"></script>`,
    );
    // A template with no built entry keeps its script.
    expect(pageStart(template).boot).toBeNull();
  });

  it('gives a canonical address and og:url only with a site address', () => {
    const html = staticPageHtml(template, budget, 'tables', index.crosswalk, 'https://example.org/budgets/');
    expect(html).toContain(`<link rel="canonical" href="https://example.org/budgets/budget/${budget.id}/tables/" />`);
    expect(html).toContain(`<meta property="og:url" content="https://example.org/budgets/budget/${budget.id}/tables/" />`);
  });

  it('stops on a template it cannot fill, naming the budget and view', () => {
    expect(() => staticPageHtml('<html><body>nothing here</body></html>', budget, 'treemap', index.crosswalk)).toThrow(
      new RegExp(`no place for .*budget ${budget.id}, treemap`),
    );
  });
});

describe('a "$&" in a printed name', () => {
  it('stays text in the static budget page (replacement patterns are not applied)', () => {
    const html = staticPageHtml(template, { ...budget, department: 'A$&B$1C' }, 'treemap', index.crosswalk);
    expect(html.match(/<title>[^<]*<\/title>/)?.[0]).toContain('A$&amp;B$1C');
    expect(html).toContain('<h1>A$&amp;B$1C');
  });
});
