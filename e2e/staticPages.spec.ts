/**
 * A real page for every budget view (issue 11): budget/<id>/<view>/ (and en/budget/…) in the build, the app's
 * own page rendered at build time, served from a sub-folder (/budgets/) as a civic group's host would.
 * Without JavaScript it reads — title, description and Open Graph tags of its own, the first-answer sentence,
 * the headline figures, the chart, the checks — and the sentence is the one the app itself shows for that
 * budget. With JavaScript the page is hydrated, not replaced (the same nodes, no error), the live chart takes
 * the drawing's place where it stood, the view works (drilling), every request stays under the mount, and old
 * #/ links still work. The 资金流向 page carries the Sankey as the app lays it out (at 1280 and 375 px, labels
 * apart and inside the screen), the 明细表 page every 功能分类 and 经济分类 row with its printed figure and every
 * check that did not pass. Every budget of index.json (never hard-coded).
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { formatAmount } from '../src/model/format';
import { portNear, startStaticServer, type StaticServer } from './support/staticServer';
import { foreignRequests, watchPage } from './support/pageWatch';
import { DIST, DIST_DATA, dataIn, SHOTS } from './support/realData';
import { budgetSankey } from '../scripts/sankeyMarkup';
import { STATIC_CHART_WIDTHS } from '../src/charts/staticWidths';

const { index, budgetOf } = dataIn(DIST_DATA);
const VIEWS = ['treemap', 'sankey', 'tables'] as const;
const KIND_ZH = { budget: '部门预算', unitBudget: '单位预算', final: '部门决算' } as const;
const VIEW_ZH = { treemap: '矩形树图', sankey: '资金流向', tables: '明细表' } as const;

let site: StaticServer;
test.beforeAll(async () => {
  site = await startStaticServer({ root: DIST, mount: '/budgets/', port: portNear(19) });
});
test.afterAll(async () => {
  await site.close();
});

for (const entry of index.budgets) {
  const budget = budgetOf(entry.file);
  test(`${entry.id}: its three view pages read without JavaScript, and say what the app says`, async ({ browser, page }) => {
    // What the app says of this budget, read from the running app (the hash address).
    await page.goto(`${site.url}#/budget/${entry.id}/treemap`);
    const sentence = (await page.getByTestId('first-answer').textContent())!.trim();
    expect(sentence).toContain(formatAmount(budget.expenditure.total));

    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 }, locale: 'zh-CN' });
    const reader = await context.newPage();
    try {
      for (const view of VIEWS) {
        const res = await reader.goto(`${site.url}budget/${entry.id}/${view}/`);
        expect(res?.status()).toBe(200);
        const title = `${budget.department} ${budget.year} ${KIND_ZH[budget.kind]} · ${VIEW_ZH[view]} · 预算透视`;
        await expect(reader).toHaveTitle(title);
        const meta = (sel: string) => reader.locator(sel).getAttribute('content');
        expect(await meta('meta[name="description"]')).toBe(sentence);
        expect(await meta('meta[property="og:title"]')).toBe(title);
        expect(await meta('meta[property="og:description"]')).toBe(sentence);
        expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
        // The preview image, named relative to the page's own address (no SITE_URL here), is served as a 1200×630 PNG.
        const image = (await meta('meta[property="og:image"]'))!;
        expect(await meta('meta[name="twitter:image"]')).toBe(image);
        expect([await meta('meta[property="og:image:width"]'), await meta('meta[property="og:image:height"]')]).toEqual(['1200', '630']);
        expect(await meta('meta[property="og:image:alt"]')).toContain(`${formatAmount(budget.expenditure.total)} ${budget.unit}`);
        const png = await reader.request.get(new URL(image, reader.url()).href);
        expect(png.status()).toBe(200);
        expect(png.headers()['content-type']).toContain('image/png');
        const head = await png.body();
        expect([head.readUInt32BE(16), head.readUInt32BE(20)]).toEqual([1200, 630]);
        const pre = reader.getByTestId('budget-page');
        await expect(pre).toBeVisible();
        await expect(pre.locator('h1')).toContainText(budget.department);
        await expect(reader.getByTestId('first-answer')).toHaveText(sentence);
        // The three views, this one marked as the current page.
        for (const v of VIEWS) {
          const tab = reader.getByTestId(`view-link-${v}`);
          if (v === view) await expect(tab).toHaveAttribute('aria-current', 'page');
          else await expect(tab).not.toHaveAttribute('aria-current', 'page');
        }
        await expect(reader.getByTestId('headline-total')).toContainText(formatAmount(budget.expenditure.total));
        await expect(reader.getByTestId('headline-basic')).toContainText(formatAmount(budget.expenditure.basic));
        await expect(reader.getByTestId('headline-project')).toContainText(formatAmount(budget.expenditure.project));
        // The 类 of the 功能分类 table: each code once, each the 类 of some printed line of this budget (on the
        // tables page, the 类 rows of its whole 功能分类 tree).
        // The 类 of the 功能分类 table (the treemap's text table; on the tables page, the 类 rows of its whole 功能分类
        // tree): each code once, each the 类 of some printed line of this budget.
        if (view !== 'sankey') {
          const lei = view === 'tables' ? '[data-testid="prerendered-table-functional"] tbody tr[data-level="lei"]' : '[data-testid="treemap-table"] tbody tr';
          const codes = await reader.locator(`${lei} td:first-child`).allTextContents();
          expect(codes.length).toBeGreaterThan(0);
          expect(new Set(codes).size).toBe(codes.length);
          for (const c of codes) expect(budget.functional.some((f) => f.code.startsWith(c))).toBe(true);
        }
        // The app's 数据核对, every check that did not pass (the rounding ones collapsed).
        await expect(reader.getByTestId('check-failed')).toHaveCount(budget.checks.filter((c) => c.status === 'fail').length);
        await expect(reader.getByTestId('check-rounding')).toHaveCount(budget.checks.filter((c) => c.status === 'rounding').length);
        if (view === 'treemap') {
          // The chart is in the markup, drawn at the phone's width (not a desktop layout shrunk), its largest 类 named on it.
          const shown = reader.locator('[data-testid="treemap-premeasure"] svg[viewBox]:visible');
          await expect(shown).toHaveCount(1);
          const box = (await shown.boundingBox())!;
          expect(box.width).toBeLessThanOrEqual(STATIC_CHART_WIDTHS.narrow);
          expect(await shown.getAttribute('width')).toBe(String(Math.round(box.width)));
          // Its largest cell is labelled with one of the 类 of the table below it.
          const names = await reader.locator('[data-testid="treemap-table"] tbody th').allTextContents();
          const first = (await shown.locator('text tspan').first().textContent())!;
          expect(names.some((n) => n.startsWith(first) || first.startsWith(n.slice(0, first.length)))).toBe(true);
        }
        expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
        if (view === 'treemap') await reader.screenshot({ path: join(SHOTS, `static-${entry.id}-375.png`), fullPage: true });
      }
      // Without a script the view tabs lead to the other views' pages (real files, under the sub-folder).
      await reader.getByTestId('view-link-treemap').click();
      await expect(reader).toHaveURL(`${site.url}budget/${entry.id}/treemap/`);
      await expect(reader.getByTestId('treemap-premeasure')).toBeVisible();
      await reader.getByTestId('view-link-sankey').click();
      await expect(reader).toHaveURL(`${site.url}budget/${entry.id}/sankey/`);
      await expect(reader.getByTestId('sankey-premeasure')).toBeVisible();
    } finally {
      await context.close();
    }
  });
}

/** The viewports the static charts are checked at, with the drawing base.css shows there. */
const SCREENS = [
  { width: 1280, height: 900, drawing: 'wide' },
  { width: 375, height: 812, drawing: 'narrow' },
] as const;

for (const entry of index.budgets) {
  const budget = budgetOf(entry.file);
  test(`${entry.id}: without JavaScript the Sankey page draws the chart and the tables page lists every row, at 1280 and 375 px`, async ({ browser }) => {
    for (const screen of SCREENS) {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: screen.width, height: screen.height }, locale: 'zh-CN' });
      const reader = await context.newPage();
      try {
        await reader.goto(`${site.url}budget/${entry.id}/sankey/`);
        // The chart the app computes at this width (its model, its words): every node, with its amount, in the markup.
        const chart = budgetSankey(budget, STATIC_CHART_WIDTHS[screen.drawing], index.crosswalk);
        if (!chart.ok) throw new Error(chart.reason);
        const drawing = reader.locator(`[data-testid="sankey-premeasure"] .prerendered-${screen.drawing}`);
        await expect(drawing).toBeVisible();
        const svgs = drawing.locator('svg[viewBox]');
        await expect(svgs).toHaveCount(chart.value.parts.length);
        for (const part of chart.value.parts) {
          for (const n of part.nodes) {
            const node = drawing.locator(`[data-testid="sankey-node-${n.node.id}${n.repeated ? '--continued' : ''}"]`);
            await expect(node).toHaveAttribute('data-amount', n.node.amount);
            await expect(node.locator('text')).toContainText(n.amountLines.join(''));
            await expect(node.locator('text')).toContainText(n.lines[0] ?? '');
          }
        }
        // Tied to the budget itself: 基本支出 and 项目支出 carry the document's figures.
        await expect(drawing.locator('[data-testid="sankey-node-spending_basic"] text')).toContainText(formatAmount(budget.expenditure.basic));
        await expect(drawing.locator('[data-testid="sankey-node-spending_project"] text')).toContainText(formatAmount(budget.expenditure.project));
        // Each part inside the screen, each label inside its chart and on no other label (real fonts, not the estimate).
        const geometry = await svgs.evaluateAll((els) =>
          els.map((svg) => {
            const r = svg.getBoundingClientRect();
            const labels = [...svg.querySelectorAll('text[data-testid="sankey-label"]')].map((t) => {
              const b = t.getBoundingClientRect();
              return { text: t.textContent ?? '', left: b.left, right: b.right, top: b.top, bottom: b.bottom };
            });
            return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, labels };
          }),
        );
        for (const g of geometry) {
          expect(g.left).toBeGreaterThanOrEqual(0);
          expect(g.right).toBeLessThanOrEqual(screen.width);
          for (const [i, a] of g.labels.entries()) {
            expect(a.right, a.text).toBeLessThanOrEqual(g.right + 1);
            expect(a.top, a.text).toBeGreaterThanOrEqual(g.top - 1);
            expect(a.bottom, a.text).toBeLessThanOrEqual(g.bottom + 1);
            for (const b of g.labels.slice(i + 1)) {
              const apart = a.right <= b.left + 1 || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1;
              expect(apart, `${a.text} / ${b.text}`).toBe(true);
            }
          }
        }
        expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(screen.width);
        if (entry === index.budgets[1]) await reader.screenshot({ path: join(SHOTS, `static-sankey-${entry.id}-${screen.width}.png`), fullPage: true });

        await reader.goto(`${site.url}budget/${entry.id}/tables/`);
        // Every row of the budget's 功能分类 and 经济分类 tables, each with its printed figure: a row printed per
        // sub-unit in that unit's own table, every other row in the department's.
        const rows = await reader.locator('[data-testid="prerendered-tables"] tbody tr').evaluateAll((trs) =>
          trs.map((tr) => {
            const table = tr.closest('table');
            return {
              table: table?.dataset.testid ?? '',
              unit: table?.dataset.unit ?? '',
              code: tr.getAttribute('data-code') ?? '',
              text: tr.textContent ?? '',
            };
          }),
        );
        const listed = (table: string, unit: string, code: string) =>
          rows.filter((r) => r.table === table && r.unit === unit && r.code === code).map((r) => r.text);
        for (const f of budget.functional) {
          const texts = f.unit ? listed('prerendered-table-functional-unit', f.unit, f.code) : listed('prerendered-table-functional', '', f.code);
          expect(
            texts.some((t) => t.includes(f.name) && t.includes(formatAmount(f.total))),
            `功能分类 ${f.code} ${f.name} ${f.total}`,
          ).toBe(true);
        }
        for (const e of budget.economic) {
          const texts = listed('prerendered-table-economic', '', e.code);
          expect(
            texts.some((t) => t.includes(formatAmount(e.amount))),
            `经济分类 ${e.code} ${e.amount}`,
          ).toBe(true);
        }
        // 项目 where the document prints them: every project with its printed amount.
        const projects = await reader.locator('[data-testid="prerendered-table-projects"] tbody tr').allTextContents();
        for (const p of budget.projects) {
          expect(
            projects.some((t) => t.includes(p.name) && t.includes(formatAmount(p.amount))),
            `项目 ${p.id} ${p.name} ${p.amount}`,
          ).toBe(true);
        }
        const notPassed = (status: string) => budget.checks.filter((c) => c.status === status).length;
        await expect(reader.getByTestId('prerendered-check-failed')).toHaveCount(notPassed('fail'));
        await expect(reader.getByTestId('prerendered-check-rounding')).toHaveCount(notPassed('rounding'));
        expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(screen.width);
        if (entry === index.budgets[1]) await reader.screenshot({ path: join(SHOTS, `static-tables-${entry.id}-${screen.width}.png`), fullPage: true });
      } finally {
        await context.close();
      }
    }
  });
}

test('with JavaScript a view page is hydrated in place, drills, stays under the sub-folder; old #/ links still work', async ({ page }) => {
  const watch = watchPage(page);
  const entry = index.budgets[0]!;
  // An expando on the page's <h1> once the markup is parsed: hydration keeps that element, a new render would not.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const h1 = document.querySelector('h1') as (HTMLElement & { kept?: boolean }) | null;
      if (h1) h1.kept = true;
    });
  });
  for (const lang of ['', 'en/']) {
    for (const view of VIEWS) {
      await page.goto(`${site.url}${lang}budget/${entry.id}/${view}/`);
      await expect(page.getByTestId('budget-page')).toBeVisible();
      await expect(page.getByTestId(`view-${view}`)).toBeVisible();
      if (view !== 'tables') {
        await expect(page.getByTestId(`${view}-svg`)).toBeVisible();
        await expect(page.getByTestId(`${view}-premeasure`)).toHaveCount(0);
      }
      expect(await page.evaluate(() => (document.querySelector('h1') as HTMLElement & { kept?: boolean }).kept)).toBe(true);
      await expect(page.locator('html')).toHaveAttribute('lang', lang ? 'en' : 'zh-CN');
    }
  }
  await page.goto(`${site.url}budget/${entry.id}/treemap/`);
  const cell = page.locator('[data-testid^="treemap-node-"][data-drillable]').first();
  const key = (await cell.getAttribute('data-key'))!;
  await cell.click();
  await expect(page.getByTestId('treemap-up')).toBeVisible();
  expect(page.url()).toBe(`${site.url}budget/${entry.id}/treemap/#/budget/${entry.id}/treemap?path=${key}`);
  // A drilled address is not the route the page was rendered for: the app renders it itself.
  await page.reload();
  await expect(page.getByTestId('treemap-up')).toBeVisible();
  // On the hydrated page, a view tab and the app's #/ links stay in this document (the <base> names the site
  // root: without the app's handling they would load the root's index.html).
  await page.goto(`${site.url}en/budget/${entry.id}/treemap/`);
  await expect(page.getByTestId('treemap-svg')).toBeVisible();
  await page.evaluate(() => {
    (window as Window & { sameDocument?: boolean }).sameDocument = true;
  });
  await page.getByTestId('view-link-sankey').click();
  await expect(page.getByTestId('sankey-svg')).toBeVisible();
  expect(page.url()).toBe(`${site.url}en/budget/${entry.id}/treemap/#/budget/${entry.id}/sankey?lang=en`);
  await page.getByTestId('link-department').click();
  await expect(page.getByTestId('department-page')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`/budgets/en/budget/${entry.id}/treemap/`);
  expect(await page.evaluate(() => (window as Window & { sameDocument?: boolean }).sameDocument)).toBe(true);
  await page.goBack();
  await expect(page.getByTestId('sankey-svg')).toBeVisible();
  // The old address form.
  await page.goto(`${site.url}#/budget/${entry.id}/sankey`);
  await expect(page.getByTestId('sankey-svg')).toBeVisible();
  // Every request under the mount (relative URLs through <base>), none to another host.
  expect(site.requests.filter((p) => !p.startsWith('/budgets/'))).toEqual([]);
  expect(foreignRequests(watch.requests, [new URL(site.url).origin])).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
  expect(watch.errors).toEqual([]);
});

for (const screen of SCREENS) {
  test(`the first chart at ${screen.width} px: inside the first screen, and the live chart takes the drawing's place`, async ({ browser }) => {
    const entry = index.budgets[0]!;
    const url = `${site.url}budget/${entry.id}/treemap/`;
    const box = async (js: boolean, selector: string) => {
      const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width: screen.width, height: screen.height }, locale: 'zh-CN' });
      const p = await context.newPage();
      await p.goto(url);
      const el = p.locator(selector);
      await expect(el).toBeVisible();
      const b = (await el.boundingBox())!;
      await context.close();
      return b;
    };
    const drawn = await box(false, `[data-testid="treemap-premeasure"] .prerendered-${screen.drawing} svg`);
    const live = await box(true, '[data-testid="treemap-svg"]');
    // The targets: within the first screen on a desktop, within 1.5 screens on a phone.
    expect(drawn.y).toBeLessThan(screen.width > 500 ? screen.height : 1.5 * screen.height);
    expect(drawn.y + Math.min(drawn.height, 200)).toBeLessThan(screen.width > 500 ? screen.height : 1.5 * screen.height);
    // No jump when the script takes over: the same place and size.
    expect(Math.abs(live.y - drawn.y)).toBeLessThanOrEqual(2);
    expect(Math.abs(live.width - drawn.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(live.height - drawn.height)).toBeLessThanOrEqual(2);
  });
}
