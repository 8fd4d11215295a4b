/**
 * 图表数据: above the treemap and the Sankey, 数据 CSV / 数据 JSON save exactly what the chart shows; the
 * embed's credit line offers the same CSV. Checked against public/data (the budget's printed 类 totals, the
 * drilled 类's 款), at 1280 and 375 px, in Chinese and English.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../src/model/csv';
import { budgetOf, index } from './support/realData';
import { watchPage } from './support/pageWatch';

const rowsOf = (text: string) => {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])));
};

async function saved(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

// A budget whose 类 are printed rows (not per-unit sums), so each 类's figure is the one the document prints.
const entry = index.budgets.find((e) => budgetOf(e.file).functional.some((f) => f.level === 'lei' && f.unit === undefined))!;
const budget = budgetOf(entry.file);
const leiRows = budget.functional.filter((f) => f.level === 'lei' && f.unit === undefined);

for (const width of [1280, 375]) {
  for (const lang of ['zh', 'en'] as const) {
    test(`treemap data at ${width} px (${lang}): the CSV holds the 类 on screen, the JSON the same rows`, async ({ page }) => {
      const w = watchPage(page);
      await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
      await page.goto(`./#/budget/${entry.id}/treemap${lang === 'en' ? '?lang=en' : ''}`);
      await expect(page.getByTestId('treemap-svg')).toBeVisible();
      await expect(page.getByTestId('chart-data-csv')).toHaveText(lang === 'en' ? 'Data CSV' : '数据 CSV');
      const csv = await saved(page, 'chart-data-csv');
      expect(csv.name).toBe(`${entry.id}-treemap-function-total.csv`);
      const cells = rowsOf(csv.text).filter((r) => r.role !== 'parent');
      expect(new Map(cells.map((r) => [r.code, r.amount]))).toEqual(new Map(leiRows.map((f) => [f.code, f.total])));
      const json = JSON.parse((await saved(page, 'chart-data-json')).text) as { unit: string; rows: Record<string, string>[] };
      expect(json.unit).toBe(budget.unit);
      expect(json.rows.filter((r) => r.role !== 'parent').map((r) => r.amount)).toEqual(cells.map((r) => r.amount));
      expect(w.errors).toEqual([]);
    });
  }
}

test('drilled, the data follows: the 类 drilled into and its 款', async ({ page }) => {
  const lei = leiRows.find((l) => budget.functional.some((f) => f.level === 'kuan' && f.code.startsWith(l.code)))!;
  await page.goto(`./#/budget/${entry.id}/treemap?path=${lei.code}&measure=basic`);
  await expect(page.getByTestId('treemap-up')).toBeVisible();
  const rows = rowsOf((await saved(page, 'chart-data-csv')).text);
  expect(rows[0]).toMatchObject({ role: 'parent', code: lei.code, measure: 'basic' });
  const kuan = budget.functional.filter((f) => f.level === 'kuan' && f.unit === undefined && f.code.startsWith(lei.code));
  for (const k of kuan) expect(rows.find((r) => r.code === k.code)?.amount).toBe(k.basic ?? '');
});

test('Sankey data: every flow drawn, and the embed offers the same data', async ({ page }) => {
  await page.goto(`./#/budget/${entry.id}/sankey`);
  await expect(page.getByTestId('sankey-svg')).toBeVisible();
  const flows = rowsOf((await saved(page, 'chart-data-csv')).text);
  const drawn = await page.locator('[data-testid^="sankey-link-"]').count();
  expect(flows.length).toBe(drawn);
  await page.goto(`./#/embed/${entry.id}/sankey`);
  await expect(page.getByTestId('sankey-svg')).toBeVisible();
  const embedded = await saved(page, 'embed-data');
  expect(rowsOf(embedded.text)).toEqual(flows);
});
