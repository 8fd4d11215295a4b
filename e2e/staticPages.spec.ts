/**
 * A real page for every budget view (issue 11): budget/<id>/<view>/ in the build, served from a sub-folder
 * (/budgets/) as a civic group's host would. Without JavaScript it reads — title, description and Open
 * Graph tags of its own, the first-answer sentence, the totals, the 类 as printed, the check counts — and the
 * sentence is the one the app itself shows for that budget. With JavaScript the same budget view comes up
 * and works (drilling), every request stays under the mount, and old #/ links still work. Every budget of
 * index.json (never hard-coded).
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { formatAmount } from '../src/model/format';
import { portNear, startStaticServer, type StaticServer } from './support/staticServer';
import { foreignRequests, watchPage } from './support/pageWatch';
import { DIST, DIST_DATA, dataIn, SHOTS } from './support/realData';

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
        const pre = reader.getByTestId('prerendered');
        await expect(pre).toBeVisible();
        await expect(pre.locator('h1')).toContainText(budget.department);
        await expect(reader.getByTestId('prerendered-sentence')).toHaveText(sentence);
        const totals = reader.getByTestId('prerendered-totals');
        for (const a of [budget.expenditure.total, budget.expenditure.basic, budget.expenditure.project]) await expect(totals).toContainText(formatAmount(a));
        // The 类 of the 功能分类 table: each code once, each the 类 of some printed line of this budget.
        const codes = await reader.locator('[data-testid="prerendered-functional"] tbody tr td:first-child').allTextContents();
        expect(codes.length).toBeGreaterThan(0);
        expect(new Set(codes).size).toBe(codes.length);
        for (const c of codes) expect(budget.functional.some((f) => f.code.startsWith(c))).toBe(true);
        const failed = budget.checks.filter((c) => c.status === 'fail').length;
        await expect(reader.getByTestId('prerendered-checks')).toContainText(`${failed} 项未通过`);
        if (view === 'treemap') {
          // The chart is in the markup, drawn at the phone's width (not a desktop layout shrunk), its largest 类 named on it.
          const shown = reader.locator('[data-testid="prerendered-treemap"] svg[viewBox]:visible');
          await expect(shown).toHaveCount(1);
          const box = (await shown.boundingBox())!;
          expect(box.width).toBeLessThanOrEqual(343);
          expect(await shown.getAttribute('width')).toBe(String(Math.round(box.width)));
          // Its largest cell is labelled with one of the 类 of the table below it.
          const names = await reader.locator('[data-testid="prerendered-functional"] tbody th').allTextContents();
          const first = (await shown.locator('text tspan').first().textContent())!;
          expect(names.some((n) => n.startsWith(first) || first.startsWith(n.slice(0, first.length)))).toBe(true);
        }
        expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
        if (view === 'treemap') await reader.screenshot({ path: join(SHOTS, `static-${entry.id}-375.png`), fullPage: true });
      }
    } finally {
      await context.close();
    }
  });
}

test('with JavaScript a view page opens that view, drills, stays under the sub-folder; old #/ links still work', async ({ page }) => {
  const watch = watchPage(page);
  const entry = index.budgets[0]!;
  for (const view of VIEWS) {
    await page.goto(`${site.url}budget/${entry.id}/${view}/`);
    await expect(page.getByTestId('budget-page')).toBeVisible();
    await expect(page.getByTestId(`view-${view}`)).toBeVisible();
    await expect(page.getByTestId('prerendered')).toHaveCount(0);
  }
  await page.goto(`${site.url}budget/${entry.id}/treemap/`);
  const cell = page.locator('[data-testid^="treemap-node-"][data-drillable]').first();
  const key = (await cell.getAttribute('data-key'))!;
  await cell.click();
  await expect(page.getByTestId('treemap-up')).toBeVisible();
  expect(page.url()).toBe(`${site.url}budget/${entry.id}/treemap/#/budget/${entry.id}/treemap?path=${key}`);
  await page.reload();
  await expect(page.getByTestId('treemap-up')).toBeVisible();
  // The old address form.
  await page.goto(`${site.url}#/budget/${entry.id}/sankey`);
  await expect(page.getByTestId('sankey-svg')).toBeVisible();
  // Every request under the mount (relative URLs through <base>), none to another host.
  expect(site.requests.filter((p) => !p.startsWith('/budgets/'))).toEqual([]);
  expect(foreignRequests(watch.requests, [new URL(site.url).origin])).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
  expect(watch.errors).toEqual([]);
});
