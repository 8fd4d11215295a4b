/**
 * Many budgets: the department page (every document of a department, a trend with missing years shown as
 * gaps, figures as printed) and the region page (what a region's total sums and what it leaves out: a
 * budget inside another is never added again). Expectations from public/data; 1280 and 375 px, zh and en.
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { formatAmount } from '../src/model/format';
import { budgetOf, index, SHOTS } from './support/realData';
import { watchPage } from './support/pageWatch';

const byDept = new Map<string, typeof index.budgets>();
for (const e of index.budgets) byDept.set(e.departmentId, [...(byDept.get(e.departmentId) ?? []), e]);
const [deptId, docs] = [...byDept].sort((a, b) => b[1].length - a[1].length)[0]!;
const years = docs.map((d) => d.year).sort((a, b) => a - b);
const missing = Array.from({ length: years.at(-1)! - years[0]! + 1 }, (_, i) => years[0]! + i).filter((y) => !years.includes(y));
// A budget that contains another (000 inside 001): its region and year.
const parent = index.budgets.find((b) => (b.contains ?? []).length > 0)!;
const child = index.budgets.find((b) => b.partOf?.budget === parent.id)!;

for (const width of [1280, 375]) {
  for (const lang of ['zh', 'en'] as const) {
    const q = lang === 'en' ? '?lang=en' : '';
    test(`department page at ${width} px (${lang}): every document, the gaps, the printed figures`, async ({ page }) => {
      const w = watchPage(page);
      await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
      await page.goto(`./#/department/${deptId}${q}`);
      await expect(page.getByTestId('department-document')).toHaveCount(docs.length);
      await expect(page.getByTestId('trend-gap')).toHaveCount(missing.length);
      if (missing.length > 0) await expect(page.getByTestId('department-missing')).toContainText(missing.join(', '));
      for (const d of docs) {
        const b = budgetOf(d.file);
        await expect(page.locator(`[data-testid="trend-series-total"] [data-testid="trend-point"][data-year="${d.year}"]`)).toHaveAttribute(
          'data-wan',
          b.unit === '万元' ? b.expenditure.total : /.+/,
        );
        await expect(page.locator('[data-testid="department-row"][data-key="total"]')).toContainText(formatAmount(b.expenditure.total));
      }
      // The page itself never scrolls sideways; the table does, inside its box.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SHOTS, `department-${width}-${lang}.png`), fullPage: true });
      // Its own file and the crosswalk: neither the whole index nor any budget (no year has a 预算 and a 决算 here).
      const data = w.requests.filter((u) => u.includes('/data/')).map((u) => new URL(u).pathname);
      expect(data.sort()).toEqual(['/data/crosswalk.json', `/data/departments/${deptId}.json`]);
      expect(w.errors).toEqual([]);
    });

    test(`region page at ${width} px (${lang}): the total sums the top budgets and names the one inside another`, async ({ page }) => {
      const w = watchPage(page);
      await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
      await page.goto(`./#/budget/${parent.id}/treemap${q}`);
      await page.getByTestId('link-region').click();
      await expect(page.getByTestId('region-page')).toBeVisible();
      const group = page.locator('[data-testid="region-group"][data-kind="budget"]');
      const inSet = index.budgets.filter((b) => b.region === parent.region && b.year === parent.year && b.kind === 'budget');
      await expect(group.getByTestId('region-row')).toHaveCount(inSet.length);
      await expect(group.getByTestId('region-left-out')).toHaveAttribute('data-budget', child.id);
      // In English the department's English name (data/names-en.json), in Chinese as printed.
      await expect(group.getByTestId('region-left-out')).toContainText(lang === 'en' ? (child.departmentEn ?? child.department) : child.department);
      await expect(group.getByTestId('region-left-out')).toContainText(child.partOf!.unitCode);
      await expect(group.locator(`[data-testid="region-row"][data-budget="${child.id}"]`)).toHaveAttribute('data-in-total', 'false');
      await expect(group.getByTestId('region-cell')).toHaveCount(inSet.length - 1);
      if (inSet.length === 2) await expect(group.getByTestId('region-total')).toHaveAttribute('data-wan', parent.total);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SHOTS, `region-${width}-${lang}.png`), fullPage: true });
      expect(w.errors).toEqual([]);
    });
  }
}

test('a budget page links its department; an unknown department or region says so', async ({ page }) => {
  await page.goto(`./#/budget/${docs[0]!.id}/treemap`);
  await page.getByTestId('link-department').click();
  await expect(page.getByTestId('department-page')).toHaveAttribute('data-department', deptId);
  // An id from before the kind was part of ids: no such budget, and the document it meant is offered.
  const final = index.budgets.find((e) => e.kind === 'final')!;
  await page.goto(`./#/budget/${final.id.replace(/-final$/, '')}`);
  await expect(page.getByTestId('did-you-mean').getByRole('link')).toHaveAttribute('href', new RegExp(`^#/budget/${final.id}(/|$)`));
  await page.getByTestId('did-you-mean').getByRole('link').click();
  await expect(page.getByTestId('treemap-svg')).toBeVisible();
  await page.goto('./#/department/no-such-department');
  await expect(page.getByText('没有找到这个部门。')).toBeVisible();
  await page.goto(`./#/region/${encodeURIComponent('海珠区')}/1999`);
  await expect(page.getByText('本站没有该地区该年度的文件。')).toBeVisible();
});
