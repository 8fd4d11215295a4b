/**
 * The catalog's facets (issue 14): a region, a year, a kind chosen from selects with counts, a text filter,
 * all in the URL (a reload and a shared link keep them), the count shown, clear. Expectations from
 * public/data's index. 1280 and 375 px, zh and en.
 */
import { expect, test } from '@playwright/test';
import { index } from './support/realData';
import { watchPage } from './support/pageWatch';

const regions = [...new Set(index.budgets.map((b) => b.region))];
const region = regions.sort((a, b) => index.budgets.filter((e) => e.region === b).length - index.budgets.filter((e) => e.region === a).length)[0]!;
const inRegion = index.budgets.filter((b) => b.region === region);
const year = inRegion[0]!.year;
const inRegionYear = inRegion.filter((b) => b.year === year);

for (const width of [1280, 375]) {
  for (const lang of ['zh', 'en'] as const) {
    test(`catalog facets at ${width} px (${lang}): region and year with counts, in the URL, text filter, clear`, async ({ page }) => {
      const w = watchPage(page);
      await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
      await page.goto(`./#/${lang === 'en' ? '?lang=en' : ''}`);
      const rows = page.locator('[data-testid^="catalog-row-"]');
      await expect(rows).toHaveCount(index.budgets.length);
      // The option says how many budgets it gives, before it is chosen.
      await expect(page.getByTestId('facet-region').locator(`option[value="${region}"]`)).toContainText(String(inRegion.length));
      await page.getByTestId('facet-region').selectOption(region);
      await expect(rows).toHaveCount(inRegion.length);
      await expect(page).toHaveURL(new RegExp(`region=${encodeURIComponent(region)}`));
      await page.getByTestId('facet-year').selectOption(String(year));
      await expect(rows).toHaveCount(inRegionYear.length);
      await expect(page.getByTestId('catalog-shown')).toContainText(`${inRegionYear.length}`);
      // A reload (a shared link) keeps the filter.
      await page.reload();
      await expect(rows).toHaveCount(inRegionYear.length);
      for (const b of inRegionYear) await expect(page.getByTestId(`catalog-row-${b.id}`)).toBeVisible();
      await page.getByTestId('facet-clear').click();
      await expect(rows).toHaveCount(index.budgets.length);
      // Text: part of one department's name finds it (and whatever else has those characters).
      const target = index.budgets[index.budgets.length - 1]!;
      const needle = target.department.slice(-6);
      await page.getByTestId('facet-text').fill(needle);
      await expect(page.getByTestId(`catalog-row-${target.id}`)).toBeVisible();
      await expect(rows).toHaveCount(index.budgets.filter((b) => b.department.includes(needle) || b.region.includes(needle)).length);
      await page.getByTestId('facet-text').fill('没有这个部门zzz');
      await expect(rows).toHaveCount(0);
      await expect(page.getByText(lang === 'zh' ? '没有符合筛选条件的文件' : 'No document matches')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await page.getByTestId('facet-text').fill('');
      await page.screenshot({ path: `test-results/screenshots/catalog-facets-${width}-${lang}.png` });
      expect(w.errors).toEqual([]);
    });
  }
}

test('a hostile catalog link shows the catalog unfiltered by it and says the filter was ignored', async ({ page }) => {
  const w = watchPage(page);
  await page.goto(`./#/?region=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.locator('[data-testid^="catalog-row-"]')).toHaveCount(index.budgets.length);
  await expect(page.getByText('链接中的筛选条件无效')).toBeVisible();
  expect(w.errors).toEqual([]);
});
