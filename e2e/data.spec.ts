/**
 * 数据下载: the data page lists every budget of index.json with its JSON, source text and CSV files; a
 * downloaded CSV reads back to the figures of public/data; the archive is a zip of the size the page says;
 * citations name department, year, kind, source and access date; the dictionary has the fields. At 1280 and
 * 375 px, in Chinese and English.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../src/model/csv';
import { budgetOf, index, SHOTS } from './support/realData';
import { watchPage } from './support/pageWatch';

const rowsOf = (csv: string) => {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])));
};

for (const width of [1280, 375]) {
  for (const lang of ['zh', 'en'] as const) {
    test(`data page at ${width} px (${lang}): every budget, its files, citation and terms`, async ({ page }) => {
      const w = watchPage(page);
      await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
      await page.goto(`./#/data${lang === 'en' ? '?lang=en' : ''}`);
      const cards = page.getByTestId('data-budget');
      await expect(cards).toHaveCount(index.budgets.length);
      await expect(page).toHaveTitle(lang === 'en' ? /^Data downloads/ : /^数据下载/);
      for (const [i, entry] of index.budgets.entries()) {
        const card = cards.nth(i);
        await expect(card).toHaveAttribute('data-budget', entry.id);
        const citation = card.getByTestId('data-citation');
        for (const part of [entry.department, String(entry.year), entry.source, new Date().toISOString().slice(0, 10), `budget/${entry.id}/treemap/`])
          await expect(citation).toContainText(part);
        // None of today's documents states terms of use: the page says so instead of inventing a licence.
        await expect(card.getByTestId('data-terms-none')).toBeVisible();
      }
      // No cell of the page is wider than the window (the dictionary stacks on a phone).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SHOTS, `data-${width}-${lang}.png`) });
      expect(w.errors).toEqual([]);
      expect(w.failed).toEqual([]);
      if (width === 1280 && lang === 'zh') {
        const axe = await new AxeBuilder({ page }).include('[data-testid="data-page"]').analyze();
        expect(axe.violations.map((v) => v.id)).toEqual([]);
      }
    });
  }
}

test('a budget’s 功能分类 CSV, downloaded from its link, holds the figures of public/data', async ({ page }) => {
  await page.goto('./#/data');
  for (const [i, entry] of index.budgets.entries()) {
    const budget = budgetOf(entry.file);
    const card = page.getByTestId('data-budget').nth(i);
    await card.locator('summary').click();
    const link = card.locator('[data-testid="data-csv"][data-file="functional.csv"]');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const path = await download.path();
    const rows = rowsOf(readFileSync(path, 'utf8'));
    expect(rows.map((r) => [r.code, r.total, r.basic, r.project, r.amount_unit])).toEqual(
      budget.functional.map((f) => [f.code, f.total, f.basic ?? '', f.project ?? '', budget.unit]),
    );
  }
});

test('the archive and the dictionary: a zip of the stated size, every budget field described', async ({ page, request }) => {
  await page.goto('./#/data?lang=en');
  const archive = page.getByTestId('data-archive');
  const href = await archive.getAttribute('href');
  expect(href).toBe('data/downloads/yusuan-toushi-data.zip');
  const res = await request.get(`./${href}`);
  expect(res.ok()).toBe(true);
  const body = await res.body();
  expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
  const kb = Math.round(body.length / 1024);
  await expect(archive).toContainText(`${kb} KB`);
  const dictionary = page.getByTestId('data-dictionary');
  const first = budgetOf(index.budgets[0]?.file ?? '');
  for (const key of Object.keys(first)) await expect(dictionary.locator('th[scope="row"]', { hasText: new RegExp(`^${key}$`) })).toHaveCount(1);
});

test('the footer links the data page from every page', async ({ page }) => {
  await page.goto('./#/');
  await page.getByTestId('footer-data-link').click();
  await expect(page).toHaveURL(/#\/data$/);
  await expect(page.getByTestId('data-page')).toBeVisible();
});

test('a missing manifest is reported with its address, not a blank page', async ({ page }) => {
  await page.route('**/data/downloads/manifest.json', (r) => r.fulfill({ status: 404, body: '' }));
  await page.goto('./#/data');
  await expect(page.getByTestId('load-error')).toHaveAttribute('data-kind', 'notFound');
  await page.getByTestId('load-error').locator('summary').click();
  await expect(page.getByTestId('load-error')).toContainText('data/downloads/manifest.json');
});
