/**
 * The catalog at 2,000 budgets (issue 14): the first page comes from catalog-head.json alone — its 50 rows
 * and the facet counts are on screen while index.json (every budget) is still held back — and a filter,
 * the text filter or "show more" then works on the whole list once it arrives. A filter set before then
 * says the list is loading and keeps the reader's place (the focus stays in the text box). The budgets are
 * generated (scripts/manyBudgets.ts, names marked 生成数据); expectations are counted here from that list.
 */
import { expect, test, type Page } from '@playwright/test';
import { manyIndex } from '../scripts/manyBudgets';
import { index as realIndex } from './support/realData';
import { watchPage } from './support/pageWatch';

const SIZE = 2000;
const { index, head } = manyIndex(SIZE, realIndex.crosswalk);
const region = '普陀区';
const inRegion = index.budgets.filter((e) => e.region === region);

/** Serve the generated head at once and hold index.json until `release()`; counts how often it was asked for. */
async function serveMany(page: Page): Promise<{ release(): void; indexRequests(): number }> {
  let open: () => void = () => {};
  const gate = new Promise<void>((r) => {
    open = r;
  });
  let asked = 0;
  await page.route('**/data/catalog-head.json', (route) => route.fulfill({ json: head }));
  await page.route('**/data/index.json', async (route) => {
    asked++;
    await gate;
    await route.fulfill({ json: index });
  });
  return { release: () => open(), indexRequests: () => asked };
}

for (const width of [1280, 375]) {
  for (const lang of ['zh', 'en'] as const) {
    test(`${SIZE} budgets at ${width} px (${lang}): the first page before index.json, then facets, text and more on all`, async ({ page }) => {
      const w = watchPage(page);
      await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
      const served = await serveMany(page);
      await page.goto(`./#/${lang === 'en' ? '?lang=en' : ''}`);
      const rows = page.locator('[data-testid^="catalog-row-"]');
      // index.json is held back: all of this comes from the head.
      await expect(rows).toHaveCount(50);
      await expect(page.getByTestId(`catalog-row-${index.budgets[0]!.id}`)).toBeVisible();
      await expect(page.getByTestId(`catalog-row-${index.budgets[50]!.id}`)).toHaveCount(0);
      await expect(page.getByTestId('catalog-shown')).toContainText(String(SIZE));
      await expect(page.getByTestId('facet-region').locator(`option[value="${region}"]`)).toContainText(String(inRegion.length));
      await page.screenshot({ path: `test-results/screenshots/catalog-scale-${width}-${lang}.png` });
      served.release();

      await page.getByTestId('facet-region').selectOption(region);
      await expect(page.getByTestId('catalog-shown')).toContainText(String(inRegion.length));
      await expect(rows).toHaveCount(Math.min(50, inRegion.length));
      for (const e of inRegion.slice(0, 3)) await expect(page.getByTestId(`catalog-row-${e.id}`)).toBeVisible();
      // A year as well: counted here from the generated list.
      const year = inRegion[inRegion.length - 1]!.year;
      const inRegionYear = inRegion.filter((e) => e.year === year);
      await page.getByTestId('facet-year').selectOption(String(year));
      await expect(rows).toHaveCount(Math.min(50, inRegionYear.length));
      await expect(page.getByTestId('catalog-shown')).toContainText(String(inRegionYear.length));
      await page.getByTestId('facet-clear').click();

      // Show more: the second page, which only index.json has.
      await page.getByTestId('catalog-more').click();
      await expect(rows).toHaveCount(100);
      await expect(page.getByTestId(`catalog-row-${index.budgets[99]!.id}`)).toBeVisible();
      // Text: a department's English or Chinese name, beyond the first page.
      const target = index.budgets[SIZE - 1]!;
      await page.getByTestId('facet-text').fill(target.department);
      await expect(page.getByTestId(`catalog-row-${target.id}`)).toBeVisible();
      expect(served.indexRequests()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      expect(w.errors).toEqual([]);
    });
  }
}

test(`${SIZE} budgets: typing a filter before index.json arrives says the list is loading and keeps the focus`, async ({ page }) => {
  const w = watchPage(page);
  const served = await serveMany(page);
  await page.goto('./#/');
  await expect(page.locator('[data-testid^="catalog-row-"]')).toHaveCount(50);
  const box = page.getByTestId('facet-text');
  await box.fill('普陀');
  await expect(page.getByTestId('catalog-loading-all')).toContainText(String(SIZE));
  await expect(box).toBeFocused();
  served.release();
  await expect(page.getByTestId('catalog-loading-all')).toHaveCount(0);
  const expected = index.budgets.filter((e) => e.department.includes('普陀') || e.region.includes('普陀'));
  await expect(page.getByTestId('catalog-shown')).toContainText(String(expected.length));
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('普陀');
  expect(w.errors).toEqual([]);
});
