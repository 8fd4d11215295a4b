/**
 * English as a first-class language (issue 12): on English pages, departments, regions, units and
 * 功能分类 / 经济分类 lines are named in English (data/names-en.json, emitted beside the printed Chinese),
 * with the printed Chinese kept at hand (under the title, in tooltips); a misprint keeps its printed
 * form; no stray Chinese otherwise, except bracketed terms and the printed original. Search finds
 * "salary", "grid" and "Haizhu", and says what to try when nothing is found. At 1280 and 375 px; no
 * console errors. Expected names come from public/data, never typed in here.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { budgetOf, index, SHOTS } from './support/realData';
import { watchPage } from './support/pageWatch';

const HAN = /\p{Script=Han}/u;
const withEnglish = index.budgets.filter((b) => b.departmentEn && b.regionEn);
// A budget with units and 经济分类 rows in English (the data bureau of 2021 holds the grid centre).
const parent = index.budgets.find((b) => (b.contains ?? []).length > 0);
if (!parent) throw new Error('no budget contains another');
const budget = budgetOf(parent.file);

/**
 * The element's text without the printed originals ([data-printed-name]), bracketed terms ("(部门预算)")
 * and the given printed names that have no English (misprints): what is left must hold no Chinese.
 */
async function strayChinese(loc: Locator, printedOnly: readonly string[] = []): Promise<string[]> {
  const texts = await loc.evaluateAll((els) =>
    els.map((el) => {
      const c = el.cloneNode(true) as HTMLElement;
      for (const x of c.querySelectorAll('[data-printed-name]')) x.remove();
      return c.textContent ?? '';
    }),
  );
  return texts
    .map((t) => printedOnly.reduce((acc, p) => acc.split(p).join(''), t))
    .map((t) => t.replace(/[（(][^）)]*[）)]/gu, ''))
    .filter((t) => HAN.test(t));
}

const misprints = budget.functional.filter((r) => r.name !== '' && r.nameEn === undefined).map((r) => r.name);

async function openSearch(page: Page, q: string): Promise<Locator> {
  const input = page.getByTestId('search-input').first();
  await input.fill(q);
  return page.getByTestId('search-list').first();
}

for (const width of [1280, 375]) {
  test.describe(`English names at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('the catalog names every department and region in English, nothing else in Chinese', async ({ page }) => {
      const w = watchPage(page);
      await page.goto('#/?lang=en');
      expect(withEnglish.length).toBe(index.budgets.length);
      for (const b of withEnglish) {
        const row = page.getByTestId(`catalog-row-${b.id}`);
        await expect(page.getByTestId(`catalog-link-${b.id}`)).toHaveText(b.departmentEn as string);
        await expect(row).toContainText(b.regionEn as string);
        await expect(page.getByTestId(`catalog-link-${b.id}`).getByTestId('english-name')).toHaveAttribute('title', new RegExp(b.department));
        expect(await strayChinese(row)).toEqual([]);
      }
      await page.screenshot({ path: join(SHOTS, `english-catalog-${width}.png`), fullPage: true });
      expect(w.errors).toEqual([]);
    });

    test('a budget page: English title with the printed name beneath, English treemap labels, a misprint as printed', async ({ page }) => {
      const w = watchPage(page);
      await page.goto(`#/budget/${budget.id}/treemap?lang=en`);
      const h1 = page.locator('h1').first();
      await expect(h1).toContainText(budget.departmentEn as string);
      await expect(h1.locator('[data-printed-name]')).toHaveText(budget.department);
      expect(await strayChinese(h1)).toEqual([]);
      await expect(page.getByTestId('link-region')).toContainText(budget.regionEn as string);
      // Every 类 cell is named in English where the data has it; the misprint keeps its printed form.
      for (const r of budget.functional.filter((x) => x.level === 'lei' && x.unit === undefined)) {
        const cell = page.getByTestId(`treemap-node-${r.code}`);
        if ((await cell.count()) === 0) continue;
        await expect(cell).toHaveAttribute('aria-label', new RegExp(`^${(r.nameEn ?? r.name).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`));
      }
      expect(await strayChinese(page.getByTestId('treemap-svg'), misprints)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `english-budget-${width}.png`), fullPage: true });
      expect(w.errors).toEqual([]);
    });

    test('tables and the Sankey name 经济分类 lines and units in English', async ({ page }) => {
      const w = watchPage(page);
      await page.goto(`#/budget/${budget.id}/tables?tab=economic&lang=en`);
      const names = page.getByTestId('tables-name');
      // The tables arrive as a lazy chunk.
      await expect(names.first()).toBeVisible({ timeout: 20_000 });
      await page.getByTestId('tables-expand-all').first().click();
      const shown = (await names.allTextContents()).join(' ');
      // Every department-wide line, e.g. 301 Wages, salaries and benefits, 30101 Basic salaries.
      const lines = budget.economic.filter((r) => r.unit === undefined);
      expect(lines.length).toBeGreaterThan(0);
      for (const r of lines) expect(shown).toContain(r.nameEn ?? r.name);
      expect(await strayChinese(names, misprints)).toEqual([]);
      await page.goto(`#/budget/${budget.id}/tables?tab=units&lang=en`);
      const units = page.getByTestId('tables-name');
      await expect(units.first()).toBeVisible({ timeout: 20_000 });
      const unitNames = (await units.allTextContents()).join(' ');
      for (const u of budget.units.filter((x) => x.nameEn && x.total !== undefined)) expect(unitNames).toContain(u.nameEn as string);
      await page.screenshot({ path: join(SHOTS, `english-tables-${width}.png`), fullPage: true });
      await page.goto(`#/budget/${budget.id}/sankey?lang=en`);
      const labels = page.getByTestId('sankey-label');
      await expect(labels.first()).toBeVisible({ timeout: 20_000 });
      // Labels wrap into lines (tspans): compare without spaces.
      const drawn = (await labels.allTextContents()).join('').replace(/\s+/gu, '');
      for (const r of budget.economic.filter((x) => x.code.length === 3 && x.unit === undefined))
        expect(drawn).toContain((r.nameEn ?? r.name).replace(/\s+/gu, ''));
      expect(await strayChinese(labels, misprints)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `english-sankey-${width}.png`), fullPage: true });
      expect(w.errors).toEqual([]);
    });

    test('the region and department pages name departments and the region in English', async ({ page }) => {
      const w = watchPage(page);
      await page.goto(`#/region/${encodeURIComponent(budget.region)}/${budget.year}?lang=en`);
      await expect(page.locator('h1').first()).toContainText(budget.regionEn as string);
      expect(await strayChinese(page.locator('h1').first())).toEqual([]);
      const table = page.getByTestId('region-table');
      await expect(table).toContainText(budget.departmentEn as string);
      expect(await strayChinese(table.locator('tbody th'))).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `english-region-${width}.png`), fullPage: true });
      await page.goto(`#/department/${budget.departmentId}?lang=en`);
      await expect(page.locator('h1').first()).toContainText(budget.departmentEn as string);
      expect(await strayChinese(page.locator('h1').first())).toEqual([]);
      expect(await strayChinese(page.getByTestId('department-document'))).toEqual([]);
      expect(w.errors).toEqual([]);
    });

    test('compare names the budgets and their 功能分类 / 经济分类 类 lines in English', async ({ page }) => {
      const w = watchPage(page);
      // The same department in two years: the data bureau of 2021 and its later budget.
      const later = index.budgets.find((b) => b.departmentId === parent.departmentId && b.id !== parent.id);
      if (!later) throw new Error('no second year of the data bureau');
      const other = budgetOf(later.file);
      await page.goto(`#/compare?ids=${parent.id},${later.id}&lang=en`);
      await expect(page.getByTestId('compare-content')).toBeVisible({ timeout: 20_000 });
      await expect(page.getByTestId('compare-content')).toContainText(budget.departmentEn as string);
      // The latest printed name is shown (a misprint only where nothing else is printed): its English.
      for (const r of other.functional.filter((x) => x.level === 'lei' && x.unit === undefined && x.nameEn)) {
        await expect(page.getByTestId(`compare-row-functional:${r.code}`).locator('th').first()).toContainText(r.nameEn as string);
      }
      for (const r of other.economic.filter((x) => x.code.length === 3 && x.unit === undefined && x.nameEn)) {
        const row = page.locator(`[data-testid^="compare-row-economic:"][data-testid$="${r.code}"]`).first();
        if ((await row.count()) > 0) await expect(row.locator('th').first()).toContainText(r.nameEn as string);
      }
      expect(await strayChinese(page.locator('[data-testid^="compare-row-"] th'), misprints)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `english-compare-${width}.png`) });
      expect(w.errors).toEqual([]);
    });

    test('search finds salary, grid and Haizhu, and gives a hint when nothing is found', async ({ page }) => {
      const w = watchPage(page);
      await page.goto('#/?lang=en');
      const list = await openSearch(page, 'salary');
      await expect(list).toBeVisible();
      await expect(list).toContainText(budget.economic.find((r) => r.code === '30101')?.nameEn as string);
      const grid = index.budgets.find((b) => b.partOf)?.departmentEn as string;
      await expect(await openSearch(page, 'grid')).toContainText(grid);
      await expect(await openSearch(page, 'Haizhu')).toContainText(budget.departmentEn as string);
      await page.screenshot({ path: join(SHOTS, `english-search-${width}.png`) });
      await openSearch(page, 'xyzzy');
      await expect(page.getByTestId('search-hint').first()).toBeVisible();
      await expect(page.getByTestId('search-hint').first()).toContainText('Haizhu');
      expect(w.errors).toEqual([]);
    });
  });
}
