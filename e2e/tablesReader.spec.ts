/**
 * Issue 12, the tables a reader can trust at any width: the 单位 table from the model (each unit's 基本支出,
 * 项目支出 and 合计, computed figures marked, 未列示 never 0.00, shares labelled), the CSV of the whole table with
 * the totals of exactly its rows and every text column, the sideways-scroll cue, sticky name column and 44 px tap
 * targets at 375 px, and sort and filter kept in the URL. Each at 1280 and 375 px, in Chinese and English.
 * Expectations come from public/data (index.json and the budgets), never typed in.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetOf, index, SHOTS, watchErrors } from './support/realData';
import { dec, sum, toAmount } from '../src/model/decimal';
import { parseCsv } from '../src/model/csv';

const WIDTHS = [1280, 375] as const;
const LANGS = ['zh', 'en'] as const;
const langQuery = (lang: string) => (lang === 'en' ? '&lang=en' : '');

/** Budgets with sub-units whose unit figures the document does not print in full (000, 001, 002, 004 today). */
const unitBudgets = index.budgets
  .map((e) => ({ entry: e, budget: budgetOf(e.file) }))
  .filter(({ budget }) => budget.units.length > 0 && budget.units.some((u) => u.project === undefined));

async function downloadCsv(page: Page): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('tables-csv').click()]);
  return parseCsv(readFileSync((await download.path())!, 'utf8'));
}

for (const width of WIDTHS) {
  for (const lang of LANGS) {
    test(`单位 table from the model, ${width} px, ${lang}`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.setViewportSize({ width, height: 900 });
      expect(unitBudgets.length).toBeGreaterThan(0);
      for (const { entry, budget } of unitBudgets) {
        await page.goto(`./#/budget/${entry.id}/tables?tab=units${langQuery(lang)}`);
        const table = page.getByTestId('tables-table-units');
        // The tables view loads on demand: allow for a busy machine.
        await expect(table).toBeVisible({ timeout: 20_000 });
        const unitRows = page.locator('[data-testid^="tables-row-u:"][data-depth="0"]');
        await expect(unitRows).toHaveCount(budget.units.length);
        // Every unit: a 项目支出 figure (computed, Σ) or the words 未列示 / not printed — never "—" or 0.00.
        for (const row of await unitRows.all()) {
          const project = row.locator('td').nth(4);
          const amount = project.locator('button[data-amount]');
          if ((await amount.count()) > 0) {
            expect(await amount.getAttribute('data-amount')).not.toBe('0.00');
          } else {
            await expect(project.getByTestId('tables-unlisted')).toHaveText(lang === 'en' ? 'not printed' : '未列示');
          }
        }
        // The totals row: the exact sum of the units' project figures, not 0.00, beside the printed 表3 figure.
        const projectTotal = await page.getByTestId('tables-total-project').getAttribute('data-amount');
        expect(projectTotal).not.toBe('0.00');
        // The share column says what it is a share of.
        const shareHead = page.getByTestId('tables-sort-share');
        const partial = (await page.getByTestId('tables-unlisted').count()) > 0;
        await expect(shareHead).toContainText(partial ? (lang === 'en' ? 'Share of basic' : '占基本支出合计') : lang === 'en' ? 'Share' : '占合计');
        if (!partial) {
          await expect(page.getByTestId('tables-printed-project')).toHaveAttribute('data-amount', budget.expenditure.project);
        }
        // A computed 项目支出 explains itself and cites the project lines.
        const computed = unitRows.first().locator('td').nth(4).locator('button[data-amount]');
        if ((await computed.count()) > 0) {
          await computed.click();
          const note = page.getByTestId('tables-source-note');
          await expect(note).toContainText(lang === 'en' ? 'sum of its projects' : '各项目金额的精确合计');
          await page.keyboard.press('Escape');
        }
        await page.mouse.move(1, 1);
        await page.getByTestId('tables-view').screenshot({ path: join(SHOTS, `tables-units-${entry.id}-${width}-${lang}.png`) });
      }
      expect(errors).toEqual([]);
    });

    test(`CSV of the whole table with its totals and text columns, ${width} px, ${lang}`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.setViewportSize({ width, height: 900 });
      const { entry, budget } = unitBudgets.find(({ budget: b }) => b.projects.some((p) => p.content) && new Set(b.projects.map((p) => p.unitName)).size > 1)!;
      // The economic tree collapsed: the CSV still holds every row of the tree.
      await page.goto(`./#/budget/${entry.id}/tables?tab=economic${langQuery(lang)}`);
      await expect(page.getByTestId('tables-table-economic')).toBeVisible({ timeout: 20_000 });
      const shown = await page.locator('[data-testid^="tables-row-"]').count();
      const csv = await downloadCsv(page);
      const levels = csv.slice(1).map((r) => r[0]);
      expect(csv.length - 2).toBeGreaterThan(shown);
      expect(levels).toContain('3');
      // Projects of one unit: the totals row is the exact sum of exactly those rows, and says so.
      const unitName = budget.projects.find((p) => p.unitName)?.unitName as string;
      const mine = budget.projects.filter((p) => (p.unitName ?? '').includes(unitName));
      await page.getByTestId('tables-tab-projects').click();
      await page.getByTestId('tables-filter').fill(unitName);
      await expect(page.locator('[data-testid^="tables-row-"]')).toHaveCount(mine.length);
      const rows = await downloadCsv(page);
      const head = rows[0]!;
      for (const word of lang === 'en' ? ['Level', 'Source'] : ['层级', '项目内容', '绩效目标', '出处']) expect(head.join('|')).toContain(word);
      expect(rows).toHaveLength(1 + mine.length + 1);
      const totals = rows.at(-1)!;
      const amountCol = head.indexOf(lang === 'en' ? 'Amount' : '金额');
      expect(totals[amountCol]).toBe(toAmount(sum(mine.map((p) => p.amount))));
      expect(totals[1]).toContain(String(mine.length));
      expect(totals.at(-1)).toMatch(lang === 'en' ? /exact sum of the \d+ rows?/ : /精确合计/);
      // Every row cites its table and lines.
      for (const r of rows.slice(1, -1)) expect(r.at(-1)).toMatch(lang === 'en' ? /line/ : /行/);
      expect(errors).toEqual([]);
    });

    test(`sort and filter live in the URL, per budget, restored on reload, ${width} px, ${lang}`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.setViewportSize({ width, height: 900 });
      const { entry, budget } = unitBudgets[0]!;
      await page.goto(`./#/budget/${entry.id}/tables?tab=projects${langQuery(lang)}`);
      await expect(page.getByTestId('tables-sort-amount')).toBeVisible({ timeout: 20_000 });
      await page.getByTestId('tables-sort-amount').click();
      await expect(page).toHaveURL(/sort=amount\.desc/);
      const name = budget.projects[0]!.name.slice(0, 4);
      await page.getByTestId('tables-filter').fill(name);
      await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toContain(`filter=${name}`);
      await page.reload();
      await expect(page.getByTestId('tables-filter')).toHaveValue(name);
      await expect(page.locator('th[aria-sort="descending"]')).toHaveCount(1);
      const amounts = await page
        .locator('[data-testid^="tables-row-"] td button[data-amount]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-amount') ?? ''));
      for (let i = 1; i < amounts.length; i++) expect(dec(amounts[i - 1]!).greaterThanOrEqualTo(dec(amounts[i]!))).toBe(true);
      // Another budget starts fresh.
      const other = index.budgets.find((e) => e.id !== entry.id)!;
      await page.goto(`./#/budget/${other.id}/tables${langQuery(lang).replace('&', '?')}`);
      await expect(page.getByTestId('tables-view')).toBeVisible();
      await expect(page.getByTestId('tables-filter')).toHaveValue('');
      // A bad sort is said, like a bad tab.
      await page.goto(`./#/budget/${entry.id}/tables?tab=projects&sort=amount.sideways${langQuery(lang)}`);
      await expect(page.getByTestId('route-problems')).toBeVisible();
      expect(errors).toEqual([]);
    });
  }
}

for (const lang of LANGS) {
  test(`375 px: scroll cue, sticky name column, no tall rows, 44 px tap targets, ${lang}`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 375, height: 800 });
    const { entry } = unitBudgets.find(({ budget: b }) => b.projects.length > 3)!;
    for (const tab of ['functional', 'units', 'projects'] as const) {
      await page.goto(`./#/budget/${entry.id}/tables?tab=${tab}${langQuery(lang)}`);
      const box = page.getByTestId('tables-scroll');
      await expect(box).toBeVisible({ timeout: 20_000 });
      const overflows = await box.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
      if (overflows) {
        await expect(page.getByTestId('tables-scroll-hint')).toBeVisible();
        const name = page.locator('[data-testid^="tables-row-"] [data-testid="tables-name"]').first();
        const before = (await name.boundingBox())!.x;
        await box.evaluate((el) => {
          el.scrollLeft = el.scrollWidth;
        });
        await expect(page.getByTestId('tables-scroll-hint')).toContainText('←');
        expect(Math.abs((await name.boundingBox())!.x - before)).toBeLessThan(2);
        await box.evaluate((el) => {
          el.scrollLeft = 0;
        });
      }
      // Rows stay short: no row taller than four lines of text and its expander.
      const heights = await page.locator('[data-testid^="tables-row-"]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
      expect(Math.max(...heights)).toBeLessThan(130);
      // Tap targets: expanders, sort buttons, tabs, toolbar.
      const small = await page
        .locator('[data-testid^="tables-expand-"], [data-testid^="tables-sort-"], [role="tab"], [data-testid="tables-csv"], [data-testid="tables-filter"]')
        .evaluateAll((els) =>
          els.filter((e) => e.getBoundingClientRect().height > 0 && e.getBoundingClientRect().height < 44).map((e) => e.outerHTML.slice(0, 80)),
        );
      expect(small).toEqual([]);
      await page.mouse.move(1, 1);
      await page.getByTestId('tables-view').screenshot({ path: join(SHOTS, `tables-375-${entry.id}-${tab}-${lang}.png`) });
    }
    expect(errors).toEqual([]);
  });
}
