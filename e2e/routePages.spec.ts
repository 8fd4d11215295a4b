/**
 * Pages for the routes beside the budget views (issue 11, scripts/routePages.ts, manyPages.ts), served from
 * a sub-folder (/budgets/): the site root carries the catalog's first page as text for readers without
 * JavaScript; every department (department/<id>/) and region-year (region/<region>/<year>/) has a page of its
 * own, in Chinese and in English, with its title, description and Open Graph tags: the app's own page
 * rendered at build time — readable without JavaScript, its chart in the markup, its links leading to the
 * budgets' pages — and hydrated when the script runs. Expectations from dist/data through the model
 * (regionSummary), never hard-coded.
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { formatAmount } from '../src/model/format';
import { formatShown } from '../src/model/displayAmount';
import type { MoneyUnit } from '../src/model/types';
import { regionSummary, regionYears } from '../src/model/region';
import type { CatalogHead } from '../src/model/catalogHead';
import { portNear, startStaticServer, type StaticServer } from './support/staticServer';
import { foreignRequests, watchPage } from './support/pageWatch';
import { DIST, DIST_DATA, dataIn, SHOTS } from './support/realData';
import { linkedComparisons } from '../scripts/comparePages';
import { compareBudgets } from '../src/model/compare';

const { index, budgetOf } = dataIn(DIST_DATA);
const head = JSON.parse(readFileSync(join(DIST_DATA, 'catalog-head.json'), 'utf8')) as CatalogHead;
const departments = [...new Set(index.budgets.map((e) => e.departmentId))];
const regions = regionYears(index);
// A region-year where one budget is inside another (海珠区 2021: 000 inside 001), found from the data.
const withContainment = regions.find((r) => regionSummary(index, r.region, r.year)?.groups.some((g) => g.excluded.length > 0));
const regionPath = (region: string, year: number) => `region/${encodeURIComponent(region)}/${year}/`;
// The comparisons the budget pages link to (a department's two years, older first), from the data.
const pairs = linkedComparisons(index);
const budgetFile = (id: string) => index.budgets.find((e) => e.id === id)!.file;
const KIND_ZH = { budget: '部门预算', unitBudget: '单位预算', final: '部门决算' } as const;

let site: StaticServer;
test.beforeAll(async () => {
  site = await startStaticServer({ root: DIST, mount: '/budgets/', port: portNear(22) });
});
test.afterAll(async () => {
  await site.close();
});

for (const width of [1280, 375]) {
  test(`without JavaScript at ${width} px: the catalog, every department and every region page read as printed`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: width === 375 ? 812 : 900 }, locale: 'zh-CN' });
    const reader = await context.newPage();
    try {
      await reader.goto(site.url);
      await expect(reader).toHaveTitle('预算透视 · 部门预算与决算目录');
      // The app's catalog as the build rendered it: its first page's documents, each total as printed.
      const catalog = reader.getByTestId('catalog-table');
      await expect(catalog).toBeVisible();
      await expect(catalog.locator('tbody tr')).toHaveCount(head.first.length);
      for (const e of head.first) {
        await expect(reader.getByTestId(`catalog-link-${e.id}`)).toHaveAttribute('href', `budget/${e.id}/treemap/`);
        await expect(reader.getByTestId(`catalog-total-${e.id}`)).toHaveText(formatAmount(e.total));
        await expect(reader.getByTestId(`catalog-unit-${e.id}`)).toHaveText(e.unit);
      }
      // A catalog link leads to the budget's own page, which reads without JavaScript too.
      await reader.getByTestId(`catalog-link-${head.first[0]!.id}`).click();
      await expect(reader.getByTestId('first-answer')).toBeVisible();
      // Its department's link leads to the department's page, which reads without JavaScript too.
      await reader.getByTestId('link-department').click();
      await expect(reader.getByTestId('department-page')).toBeVisible();
      // A unit inside another budget links that budget's page (and the other way round).
      const part = index.budgets.find((e) => e.partOf)!;
      await reader.goto(`${site.url}budget/${part.id}/treemap/`);
      await reader.getByTestId('relation-note').locator('a').first().click();
      await expect(reader).toHaveURL(`${site.url}budget/${part.partOf!.budget}/treemap/`);
      await expect(reader.getByTestId('first-answer')).toBeVisible();
      if (width === 375) await reader.goto(site.url).then(() => reader.screenshot({ path: join(SHOTS, 'static-catalog-375.png'), fullPage: true }));

      for (const id of departments) {
        const docs = index.budgets.filter((e) => e.departmentId === id);
        const res = await reader.goto(`${site.url}department/${id}/`);
        expect(res?.status()).toBe(200);
        const page = reader.getByTestId('department-page');
        await expect(page).toBeVisible();
        // The trend chart, drawn in the markup at the width that fits.
        await expect(reader.locator('[data-testid="trend-premeasure"] svg:visible')).toHaveCount(1);
        const title = await reader.title();
        expect(title).toMatch(/各年度预算与决算 · 预算透视$/);
        expect(await reader.locator('meta[property="og:title"]').getAttribute('content')).toBe(title);
        const description = await reader.locator('meta[name="description"]').getAttribute('content');
        for (const d of docs) {
          expect(description).toContain(`${d.year} 年`);
          expect(description).toContain(`${formatAmount(d.total)} ${d.unit}`);
          await expect(reader.getByTestId('department-documents')).toContainText(`${formatAmount(d.total)} ${d.unit}`);
        }
        // The year-by-year table: one column per document, its total as printed.
        await expect(reader.locator('[data-testid="department-table"] thead th')).toHaveCount(docs.length + 1);
        const totals = reader.locator('[data-testid="department-table"] tbody tr').first();
        for (const d of docs) await expect(totals).toContainText(formatAmount(d.total));
      }
      // A document's link leads to the budget's own page, which reads without JavaScript too.
      const doc = reader.getByTestId('department-document').first();
      const budgetId = (await doc.getAttribute('data-budget'))!;
      await doc.click();
      await expect(reader).toHaveURL(`${site.url}budget/${budgetId}/treemap/`);
      await expect(reader.getByTestId('first-answer')).toBeVisible();
      await reader.goBack();
      await reader.screenshot({ path: join(SHOTS, `static-department-${width}.png`), fullPage: true });

      for (const r of regions) {
        const summary = regionSummary(index, r.region, r.year)!;
        const res = await reader.goto(`${site.url}${regionPath(r.region, r.year)}`);
        expect(res?.status()).toBe(200);
        await expect(reader).toHaveTitle(`${r.region} ${r.year} 年各部门 · 预算透视`);
        for (const g of summary.groups) {
          const section = reader.locator(`[data-testid="region-group"][data-kind="${g.kind}"]`);
          await expect(section.getByTestId('region-total')).toHaveAttribute('data-wan', g.totalWan);
          await expect(section.getByTestId('region-total')).toContainText(`${formatAmount(g.totalWan)} 万元`);
          for (const x of g.included) await expect(section).toContainText(`${formatAmount(x.entry.total)} ${x.entry.unit}`);
          for (const x of g.excluded) await expect(section.locator(`[data-testid="region-left-out"][data-budget="${x.member.entry.id}"]`)).toBeVisible();
          // Its treemap, drawn in the markup at the width that fits.
          await expect(section.locator('[data-testid="region-premeasure"] svg:visible')).toHaveCount(1);
        }
      }
      expect(pairs.length, 'a department with two years').toBeGreaterThan(0);
      for (const ids of pairs) {
        const budgets = ids.map((id) => budgetOf(budgetFile(id)));
        const c = compareBudgets(budgets, { crosswalk: index.crosswalk });
        const res = await reader.goto(`${site.url}compare/${ids.join('/')}/`);
        expect(res?.status()).toBe(200);
        await expect(reader).toHaveTitle(`比较预算 · ${budgets.map((b) => `${b.department} ${b.year}`).join(' / ')} · 预算透视`);
        // The app's compare page, its bars drawn in the markup at the width that fits.
        await expect(reader.getByTestId('compare-content')).toHaveAttribute('data-ids', ids.join(','));
        await expect(reader.locator('[data-testid^="compare-bars-"][data-testid$="-premeasure"] svg:visible').first()).toBeVisible();
        const bars = await reader.locator('[data-testid$="-premeasure"] svg:visible').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
        for (const right of bars) expect(right).toBeLessThanOrEqual(width);
        // Every printed line of the totals and the 功能分类 with each budget's figure, as the model has it.
        for (const [section, lines] of [
          ['totals', c.totals],
          ['functional', c.functional],
        ] as const) {
          const table = reader.getByTestId(`prerendered-compare-${section}`);
          for (const l of lines.filter((x) => x.cells.some((cell) => cell !== null))) {
            const row = table
              .locator('tbody tr', { hasText: l.section === 'total' ? undefined : `${l.code} ` })
              .filter({ hasText: formatAmount(l.cells.find((x) => x)!.amount) });
            await expect(row.first()).toBeVisible();
          }
        }
        await reader.screenshot({ path: join(SHOTS, `static-compare-${width}.png`), fullPage: true });
      }
      expect(withContainment, 'a region-year with one budget inside another').toBeDefined();
      await reader.goto(`${site.url}${regionPath(withContainment!.region, withContainment!.year)}`);
      await reader.screenshot({ path: join(SHOTS, `static-region-${width}.png`), fullPage: true });
    } finally {
      await context.close();
    }
  });
}

test('with JavaScript each page becomes the app page, under the sub-folder; the root serves old #/ links without showing its catalog', async ({ page }) => {
  const watch = watchPage(page);
  const id = departments[0]!;
  for (const lang of ['zh', 'en'] as const) {
    await page.goto(`${site.url}${lang === 'en' ? 'en/' : ''}department/${id}/`);
    // Hydrated, not replaced: the element the build wrote is the one the app drives, and its chart goes live.
    const written = await page.getByTestId('department-page').elementHandle();
    await expect(page.getByTestId('trend-svg')).toBeVisible();
    await expect(page.getByTestId('trend-premeasure')).toHaveCount(0);
    expect(await written!.evaluate((el) => el.isConnected)).toBe(true);
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
  }
  // A plain click on a document's link stays in the document (its hash), as the app's links do.
  await page.goto(`${site.url}department/${id}/`);
  await expect(page.getByTestId('trend-svg')).toBeVisible();
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.getByTestId('department-document').first().click();
  await expect(page.getByTestId('budget-page')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  const r = withContainment!;
  await page.goto(`${site.url}${regionPath(r.region, r.year)}`);
  await expect(page.getByTestId('region-page')).toBeVisible();
  await expect(page.getByTestId('region-left-out')).not.toHaveCount(0);
  await expect(page.getByTestId('region-treemap').first()).toBeVisible();
  await expect(page.getByTestId('region-premeasure')).toHaveCount(0);
  // A comparison's page: the app's compare page, named as the static page names it.
  const ids = pairs[0]!;
  await page.goto(`${site.url}compare/${ids.join('/')}/`);
  // Hydrated, not replaced: the element the build wrote is the one the app drives, and its bars go live.
  const compared = await page.getByTestId('compare-content').elementHandle();
  await expect(page.getByTestId('compare-content')).toHaveAttribute('data-ids', ids.join(','));
  await expect(page.getByTestId('compare-legend')).toBeVisible();
  await expect(page.locator('[data-testid$="-premeasure"]')).toHaveCount(0);
  expect(await compared!.evaluate((el) => el.isConnected)).toBe(true);
  await expect(page.getByTestId('prerendered-compare')).toHaveCount(0);
  // Its English page: the app in English, hydrated too, named as its page names it.
  await page.goto(`${site.url}en/compare/${ids.join('/')}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('compare-legend')).toBeVisible();
  await expect(page).toHaveTitle(/^Compare budgets · .* · Budget Lens/);
  await page.goto(`${site.url}compare/${ids.join('/')}/`);
  const staticTitle = /<title>([^<]*)<\/title>/.exec(readFileSync(join(DIST, 'compare', ...ids, 'index.html'), 'utf8'))?.[1];
  await expect(page).toHaveTitle(staticTitle!);
  // The root with an old budget link: the catalog written there is never shown, from the first paint on
  // (the guard runs before it), and the budget page comes.
  const entry = index.budgets[0]!;
  await page.addInitScript(() => {
    const w = window as unknown as { catalogSeen: boolean };
    w.catalogSeen = false;
    const look = () => {
      const table = document.querySelector('[data-testid="catalog-table"]');
      if (table && table.getBoundingClientRect().height > 0) w.catalogSeen = true;
      if (!document.querySelector('[data-testid="budget-page"]')) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(`${site.url}#/budget/${entry.id}/treemap`);
  await expect(page.getByTestId('budget-page')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { catalogSeen: boolean }).catalogSeen)).toBe(false);
  await expect(page.locator('html')).not.toHaveAttribute('data-hash-route');
  // The root itself: the catalog as written, hydrated (the element stays the app's), its links the budgets' pages.
  await page.goto(site.url);
  const table = await page.getByTestId('catalog-table').elementHandle();
  await expect(page.getByTestId(`catalog-link-${entry.id}`)).toHaveAttribute('data-hash', `#/budget/${entry.id}/treemap`);
  await expect(page.locator('html[data-app-ready]')).toHaveCount(1);
  await page.getByTestId('sort-total').click();
  await expect(page.locator('[data-testid="catalog-table"] th[aria-sort]')).toHaveCount(1);
  expect(await table!.evaluate((el) => el.isConnected)).toBe(true);
  expect(site.requests.filter((p) => !p.startsWith('/budgets/'))).toEqual([]);
  expect(foreignRequests(watch.requests, [new URL(site.url).origin])).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('the English catalog has its own page (en/): read without JavaScript, hydrated with it, its links the English pages', async ({ browser, page }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 }, locale: 'en' });
  const reader = await context.newPage();
  try {
    await reader.goto(`${site.url}en/`);
    await expect(reader.locator('html')).toHaveAttribute('lang', 'en');
    await expect(reader).toHaveTitle('Budget Lens (预算透视) · Department budgets and final accounts');
    expect(await reader.locator('link[rel="alternate"]').getAttribute('hreflang')).toBe('zh-CN');
    expect(await reader.locator('meta[property="og:image"]').getAttribute('content')).toBeTruthy();
    await expect(reader.getByTestId('catalog-table').locator('tbody tr')).toHaveCount(head.first.length);
    for (const e of head.first) await expect(reader.getByTestId(`catalog-link-${e.id}`)).toHaveAttribute('href', `en/budget/${e.id}/treemap/`);
    // A budget's English page, and its way back: to this page, not the Chinese root.
    await reader.getByTestId(`catalog-link-${head.first[0]!.id}`).click();
    await expect(reader.getByTestId('first-answer')).toBeVisible();
    await reader.getByTestId('back-link').locator('a').click();
    await expect(reader).toHaveURL(`${site.url}en/`);
    await reader.screenshot({ path: join(SHOTS, 'static-catalog-en-375.png') });
    // The language switch is a link to the page in the other language: here the root, the Chinese catalog.
    await reader.getByTestId('lang-switch').click();
    await expect(reader).toHaveURL(`${site.url}#/`);
    await expect(reader).toHaveTitle('预算透视 · 部门预算与决算目录');
  } finally {
    await context.close();
  }
  // The root names this page as its English version.
  await page.goto(site.url);
  expect(await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href')).toBe('./en/');
  const watch = watchPage(page);
  await page.goto(`${site.url}en/`);
  const table = await page.getByTestId('catalog-table').elementHandle();
  await expect(page.locator('html[data-app-ready]')).toHaveCount(1);
  await page.getByTestId('sort-total').click();
  await expect(page.locator('[data-testid="catalog-table"] th[aria-sort]')).toHaveCount(1);
  // Hydrated, not replaced.
  expect(await table!.evaluate((el) => el.isConnected)).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(watch.errors).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
});

test('every budget view’s embed page reads without JavaScript, and with it opens the route in its hash', async ({ browser, page }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 }, locale: 'zh-CN' });
  const reader = await context.newPage();
  try {
    for (const e of index.budgets) {
      for (const view of ['treemap', 'sankey', 'tables'] as const) {
        const res = await reader.goto(`${site.url}embed/${e.id}/${view}/`);
        expect(res?.status()).toBe(200);
        // The app's embed page, rendered at build time.
        const pre = reader.getByTestId('embed-page');
        await expect(pre).toBeVisible();
        await expect(pre.locator('h1')).toContainText(e.department);
        await expect(reader.locator('#root')).toHaveAttribute('data-route', `#/embed/${e.id}/${view}`);
        expect(await reader.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
        if (view === 'tables') await expect(pre.locator('table').first()).toBeVisible();
        else {
          const svg = pre.locator('svg[viewBox]:visible').first();
          await expect(svg).toBeVisible();
          const box = (await svg.boundingBox())!;
          expect(box.x + box.width).toBeLessThanOrEqual(375);
        }
        // Its link to the full page leads to the budget's own page, which reads without JavaScript too.
        await expect(reader.getByTestId('embed-full-link')).toHaveAttribute('href', `budget/${e.id}/${view}/`);
        // In English: a page of its own (en/embed/…), written in English, so an English article's frame
        // never shows Chinese first; its picture the English one, its full page the English page.
        expect((await reader.goto(`${site.url}en/embed/${e.id}/${view}/`))?.status()).toBe(200);
        await expect(reader.locator('html')).toHaveAttribute('lang', 'en');
        await expect(reader.getByTestId('embed-page').locator('h1')).toContainText(e.departmentEn ?? e.department);
        await expect(reader.locator('#root')).toHaveAttribute('data-route', `#/embed/${e.id}/${view}?lang=en`);
        expect(await reader.locator('meta[property="og:image"]').getAttribute('content')).toMatch(new RegExp(`preview/${e.id}\\.en\\.png$`));
        await expect(reader.getByTestId('embed-full-link')).toHaveAttribute('href', `en/budget/${e.id}/${view}/`);
      }
    }
    await reader.goto(`${site.url}embed/${index.budgets[0]!.id}/treemap/`);
    await reader.screenshot({ path: join(SHOTS, 'static-embed-treemap-375.png'), fullPage: true });
  } finally {
    await context.close();
  }
  // With JavaScript: the app opens the hash's route (here a drilled treemap) in place of the markup.
  const watch = watchPage(page);
  const e = index.budgets[0]!;
  await page.goto(`${site.url}embed/${e.id}/treemap/#/embed/${e.id}/treemap`);
  const cell = page.locator('[data-testid^="treemap-node-"][data-drillable]').first();
  const key = (await cell.getAttribute('data-key'))!;
  await page.goto(`${site.url}embed/${e.id}/treemap/#/embed/${e.id}/treemap?path=${key}`);
  await page.reload();
  await expect(page.getByTestId('embed-page')).toBeVisible();
  await expect(page.getByTestId('treemap-up')).toBeVisible();
  await expect(page.getByTestId('treemap-premeasure')).toHaveCount(0);
  // Its link leads to the budget view's own page under the site (not inside the embed page's folder), the drill in the hash.
  await expect(page.getByTestId('embed-full-link')).toHaveAttribute('href', `${site.url}budget/${e.id}/treemap/#/budget/${e.id}/treemap?path=${key}`);
  // The English embed page, as the English snippet opens it: hydrated in place (the written heading kept).
  await page.goto(`${site.url}en/embed/${e.id}/treemap/#/embed/${e.id}/treemap?lang=en`, { waitUntil: 'commit' });
  const heading = await page.getByTestId('embed-page').locator('h1').elementHandle();
  await expect(page.locator('html[data-app-ready]')).toHaveCount(1);
  await expect(page.getByTestId('embed-page').locator('h1')).toContainText(e.departmentEn ?? e.department);
  expect(await heading?.evaluate((h) => h.isConnected)).toBe(true);
  expect(watch.errors).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
});

/**
 * Each page's link card: og:image names its own picture (scripts/routePreviews.ts; a budget view's embed names
 * the budget's), relative to the page's address (no SITE_URL here: a crawler reads no <base>), served from the
 * sub-folder as a 1200×630 PNG; its alt text, the same for Twitter, names the figures drawn with their unit.
 */
test('every route page names its own 1200×630 preview picture, its alt text giving the figures with their unit', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const reader = await context.newPage();
  const seen = new Set<string>();
  const card = async (path: string, figures: readonly string[]) => {
    const res = await reader.goto(`${site.url}${path}`);
    expect(res?.status(), path).toBe(200);
    const meta = (sel: string) => reader.locator(sel).getAttribute('content');
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    const image = (await meta('meta[property="og:image"]'))!;
    expect(image, path).not.toMatch(/^(\/|https?:)/);
    expect(await meta('meta[name="twitter:image"]')).toBe(image);
    expect(await meta('meta[property="og:image:type"]')).toBe('image/png');
    expect([await meta('meta[property="og:image:width"]'), await meta('meta[property="og:image:height"]')]).toEqual(['1200', '630']);
    const alt = (await meta('meta[property="og:image:alt"]'))!;
    expect(await meta('meta[name="twitter:image:alt"]')).toBe(alt);
    for (const f of figures) expect(alt, `${path}: ${f}`).toContain(f);
    const url = new URL(image, reader.url()).href;
    expect(url.startsWith(site.url), url).toBe(true);
    const png = await reader.request.get(url);
    expect(png.status(), url).toBe(200);
    expect(png.headers()['content-type']).toContain('image/png');
    const body = await png.body();
    expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([body.readUInt32BE(16), body.readUInt32BE(20)], url).toEqual([1200, 630]);
    return new URL(url).pathname;
  };
  try {
    // The catalog: its first documents' totals as printed, each with its unit.
    seen.add(
      await card(
        '',
        head.first.slice(0, 3).map((e) => `${formatAmount(e.total)} ${e.unit}`),
      ),
    );
    for (const id of departments) {
      const docs = index.budgets.filter((e) => e.departmentId === id);
      seen.add(
        await card(
          `department/${id}/`,
          docs.map((d) => `${d.year} ${KIND_ZH[d.kind]} 支出总计 ${formatAmount(d.total)} ${d.unit}`),
        ),
      );
    }
    for (const r of regions) {
      const summary = regionSummary(index, r.region, r.year)!;
      const figures = summary.groups.flatMap((g) => [
        `合计 ${formatAmount(g.totalWan)} 万元`,
        ...g.included.map((x) => `${x.entry.department} ${formatAmount(x.entry.total)} ${x.entry.unit}`),
        // What the total leaves out, and why, is said too.
        ...g.excluded.map((x) => `未计入：${x.member.entry.department}`),
      ]);
      seen.add(await card(regionPath(r.region, r.year), figures));
    }
    for (const ids of pairs) {
      const c = compareBudgets(
        ids.map((id) => budgetOf(budgetFile(id))),
        { crosswalk: index.crosswalk },
      );
      const total = c.totals.find((l) => l.code === 'total')!;
      seen.add(await card(`compare/${ids.join('/')}/`, [`（${c.unit}）`, ...total.cells.map((x) => formatAmount(x!.amount))]));
    }
    // Every picture is a page's own: no two route pages share one.
    expect(seen.size).toBe(1 + departments.length + regions.length + pairs.length);
    // An embed page names its budget's picture, as the budget's own pages do.
    for (const e of index.budgets) {
      const path = await card(`embed/${e.id}/treemap/`, [`支出总计 ${formatAmount(e.total)} ${e.unit}`]);
      expect(path).toBe(`/budgets/preview/${e.id}.png`);
      // A source document's page too (原文: the budget it is the document of).
      expect(await card(`source/${e.id}/`, [`支出总计 ${formatAmount(e.total)} ${e.unit}`])).toBe(`/budgets/preview/${e.id}.png`);
    }
    // The downloads page: the catalog's picture (every budget's data is on it).
    expect(await card('downloads/', [`${formatAmount(head.first[0]!.total)} ${head.first[0]!.unit}`])).toBe(`/budgets/preview/catalog/index.png`);
    // The English pages: pictures of their own, in English, figures in million yuan converted exactly (as
    // those pages show them), beside the Chinese ones (.en.png).
    const million = (a: string, u: MoneyUnit) => `${formatShown(a, u, 'million')} million yuan`;
    const english = new Set<string>();
    english.add(await card('en/', [million(head.first[0]!.total, head.first[0]!.unit)]));
    for (const id of departments)
      english.add(
        await card(
          `en/department/${id}/`,
          index.budgets.filter((e) => e.departmentId === id).map((d) => `Total spending ${million(d.total, d.unit)}`),
        ),
      );
    for (const r of regions) {
      const summary = regionSummary(index, r.region, r.year)!;
      english.add(
        await card(
          `en/${regionPath(r.region, r.year)}`,
          summary.groups.map((g) => `Total ${million(g.totalWan, '万元')}`),
        ),
      );
    }
    for (const ids of pairs) english.add(await card(`en/compare/${ids.join('/')}/`, ['(million yuan)']));
    for (const path of english) {
      expect(path).toMatch(/\.en\.png$/);
      expect(seen.has(path)).toBe(false);
    }
    expect(english.size).toBe(1 + departments.length + regions.length + pairs.length);
    expect(await card('en/downloads/', [million(head.first[0]!.total, head.first[0]!.unit)])).toBe(`/budgets/preview/catalog/index.en.png`);
  } finally {
    await context.close();
  }
});

/**
 * 原文 and 数据下载 (scripts/sourcePages.ts): every budget's source document (source/<id>/) and the downloads
 * (downloads/) are pages of their own, in Chinese and English — the app's render, readable without
 * JavaScript (the document's lines as the site read them; every file a link), hydrated with it. Expectations
 * from dist/data (the source files themselves, the downloads manifest), never hard-coded.
 */
test('every source document and the downloads have their own page: read without JavaScript, hydrated with it', async ({ browser, page }) => {
  const manifest = JSON.parse(readFileSync(join(DIST_DATA, 'downloads', 'manifest.json'), 'utf8')) as { budgets: { id: string }[] };
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 }, locale: 'zh-CN' });
  const reader = await context.newPage();
  try {
    for (const e of index.budgets) {
      const budget = budgetOf(e.file);
      const lines = readFileSync(join(DIST_DATA, 'sources', budget.source), 'utf8')
        .replace(/\r\n?/g, '\n')
        .split('\n');
      const firstText = lines
        .find((l) => l.trim() !== '')!
        .replace(/\f/g, '')
        .trim();
      for (const lang of ['zh', 'en'] as const) {
        const res = await reader.goto(`${site.url}${lang === 'en' ? 'en/' : ''}source/${e.id}/`);
        expect(res?.status()).toBe(200);
        await expect(reader.getByTestId('source-page')).toHaveAttribute('data-budget-id', e.id);
        await expect(reader.getByTestId('source-file')).toHaveText(budget.source);
        await expect(reader.getByTestId('source-line-text').first()).toBeVisible();
        await expect(reader.locator('[data-line]', { hasText: firstText }).first()).toBeVisible();
        const title = await reader.title();
        expect(title).toContain(`${budget.year} · ${lang === 'en' ? 'Source' : '原文'}`);
        expect(await reader.locator('meta[property="og:title"]').getAttribute('content')).toBe(title);
        const description = (await reader.locator('meta[name="description"]').getAttribute('content'))!;
        expect(description).toContain(budget.source);
        expect(description).toContain(`${budget.tables.length}`);
        // Its way back leads to the budget's own page, which reads without JavaScript too.
        await expect(reader.getByTestId('source-back')).toHaveAttribute('href', `${lang === 'en' ? 'en/' : ''}budget/${e.id}/treemap/`);
      }
    }
    await reader.goto(`${site.url}source/${index.budgets[0]!.id}/`);
    await reader.screenshot({ path: join(SHOTS, 'static-source-375.png') });
    for (const lang of ['zh', 'en'] as const) {
      const res = await reader.goto(`${site.url}${lang === 'en' ? 'en/' : ''}downloads/`);
      expect(res?.status()).toBe(200);
      await expect(reader.getByTestId('data-page')).toBeVisible();
      await expect(reader.getByTestId('data-budget')).toHaveCount(manifest.budgets.length);
      // Every file is a plain link that works without a script.
      const json = reader.getByTestId('data-json').first();
      // Resolved as the browser does, against the page's <base> (the site's root).
      const file = await reader.request.get(await json.evaluate((a) => (a as HTMLAnchorElement).href));
      expect(file.status()).toBe(200);
      // The citation names no address and no day before the script knows them.
      await expect(reader.getByTestId('data-citation').first()).not.toContainText('#/');
    }
    await reader.goto(`${site.url}downloads/`);
    await reader.screenshot({ path: join(SHOTS, 'static-downloads-375.png') });
  } finally {
    await context.close();
  }
  // With JavaScript: hydrated, not replaced; the citation then names the budget page's address and the day.
  const watch = watchPage(page);
  const e = index.budgets[0]!;
  await page.goto(`${site.url}source/${e.id}/`);
  const written = await page.getByTestId('source-page').elementHandle();
  // Hydrated: the element the build wrote is the app's, and a plain click on its way back stays in the app.
  await expect(page.locator('html[data-app-ready]')).toHaveCount(1);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  expect(await written!.evaluate((el) => el.isConnected)).toBe(true);
  await page.getByTestId('source-back').click();
  await expect(page.getByTestId('budget-page')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  await page.goto(`${site.url}en/downloads/`);
  const card = page.getByTestId('data-citation').first();
  await expect(card).toContainText(`${site.url}en/budget/`);
  await expect(card).toContainText(/accessed \d{4}-\d{2}-\d{2}/);
  expect(watch.cspViolations).toEqual([]);
  expect(watch.errors).toEqual([]);
});
