/**
 * Amounts in million yuan (百万元, issue 12): English shows 百万元 by default, converted exactly from the printed
 * unit with every printed digit kept; Chinese shows the printed unit; a toggle switches, lives in the URL
 * (amounts=printed|million), survives a reload and a change of view; the 数字出处 popover always shows the
 * figure as printed; exported images name the unit shown, CSV files keep the printed figures and their unit.
 * Budgets and figures come from public/data; the expected 百万元 figures are computed here with decimal.js
 * (1 百万元 = 100 万元 = 1,000,000 元). At 1280 and 375 px, with screenshots.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Decimal from 'decimal.js';
import { formatAmount } from '../src/model/format';
import type { Budget, BudgetIndexEntry, MoneyUnit } from '../src/model/types';
import { budgetOf, index, SHOTS } from './support/realData';
import { watchPage } from './support/pageWatch';

/** The printed figure in 百万元, exactly, every printed digit kept (the decimal point moves 2 or 6 places). */
const million = (printed: string, unit: MoneyUnit): string => {
  const shift = unit === '万元' ? 2 : 6;
  const places = (printed.split('.')[1] ?? '').length + shift;
  return formatAmount(new Decimal(printed).div(new Decimal(10).pow(shift)).toFixed(places));
};
const PRINTED_EN: Record<MoneyUnit, string> = { 元: 'yuan', 万元: '×10,000 yuan' };

const wanEntry = index.budgets.find((e) => e.unit === '万元' && e.kind === 'budget') as BudgetIndexEntry;
const yuanEntry = index.budgets.find((e) => e.unit === '元') as BudgetIndexEntry;

test('the data has a 万元 budget and a 元 budget', () => {
  expect(wanEntry).toBeDefined();
  expect(yuanEntry).toBeDefined();
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `amounts-${name}.png`), fullPage: false });

for (const width of [1280, 375]) {
  test.describe(`${width} px`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    });

    test('English: million yuan by default in the headline, treemap, Sankey and tables; the popover shows the printed figure', async ({ page }) => {
      const watch = watchPage(page);
      const b: Budget = budgetOf(wanEntry.file);
      const total = b.expenditure.total;
      await page.goto(`./#/budget/${b.id}/treemap?lang=en`);
      await expect(page.getByTestId('amount-toggle')).toHaveAttribute('data-mode', 'million');
      await expect(page.getByTestId('amounts-million')).toBeChecked();
      const head = page.getByTestId('headline-total');
      await expect(head).toHaveAttribute('data-amount', total);
      await expect(head).toHaveText(`${million(total, b.unit)} million yuan`);
      await expect(page.getByTestId('headline-basic')).toHaveText(`${million(b.expenditure.basic, b.unit)} million yuan`);
      await expect(page.getByTestId('budget-unit')).toContainText('Amounts in million yuan, converted exactly from the printed 10,000 yuan (万元)');
      await expect(page.getByTestId('amounts-files-printed')).toContainText('CSV and JSON files keep the figures as printed, in 10,000 yuan (万元)');
      // Treemap: each 类 cell names its amount in million yuan.
      const lei = b.functional.filter((l) => l.level === 'lei');
      const first = lei[0]!;
      const cell = page.getByTestId(`treemap-node-${first.code}`);
      await expect(cell).toHaveAttribute('aria-label', new RegExp(`${million(first.total, b.unit).replace(/[.]/g, '\\.')} million yuan`));
      await cell.focus();
      await expect(page.getByTestId('treemap-tooltip')).toContainText(`${million(first.total, b.unit)} million yuan`);
      await shot(page, `en-treemap-${width}`);
      // The 数字出处 popover: the figure exactly as printed, with its unit, then how the page shows it.
      await head.click();
      await expect(page.getByTestId('provenance-printed')).toHaveText(formatAmount(total));
      await expect(page.getByTestId('provenance')).toContainText(`${formatAmount(total)} ${PRINTED_EN[b.unit]}`);
      await expect(page.getByTestId('provenance-shown')).toHaveText(`shown here as ${million(total, b.unit)} million yuan`);
      await shot(page, `en-popover-${width}`);
      await page.keyboard.press('Escape');

      // Sankey: node labels and their names for screen readers in million yuan.
      await page.getByTestId('view-link-sankey').click();
      await expect(page).toHaveURL(/\/sankey\?lang=en$/);
      await expect(page.getByTestId('sankey-caption')).toContainText('Amounts in million yuan (百万元)');
      const node = page.locator('[data-testid^="sankey-node-"][data-amount]').first();
      const nodeAmount = (await node.getAttribute('data-amount')) as string;
      await expect(node).toHaveAttribute('aria-label', new RegExp(`: ${million(nodeAmount, b.unit).replace(/[.]/g, '\\.')} million yuan$`));
      await expect(node.getByTestId('sankey-label-amount').first()).toContainText(million(nodeAmount, b.unit).slice(0, 4));
      await page.getByTestId('sankey-view').scrollIntoViewIfNeeded();
      await shot(page, `en-sankey-${width}`);

      // Tables: cells in million yuan, the totals row too; the data-amount stays as printed.
      await page.getByTestId('view-link-tables').click();
      await expect(page.getByTestId('tables-unit').first()).toContainText('Amounts in million yuan (百万元)');
      const sumCell = page.getByTestId('tables-total-total');
      const sum = (await sumCell.getAttribute('data-amount')) as string;
      await expect(sumCell.locator('button').first()).toContainText(million(sum, b.unit));
      // The tables' source note keeps the printed figure.
      await sumCell.locator('button').first().click();
      await expect(page.getByTestId('tables-source-note')).toContainText(`${formatAmount(sum)} ${PRINTED_EN[b.unit]}`);
      await page.getByTestId('tables-view').scrollIntoViewIfNeeded();
      await shot(page, `en-tables-${width}`);
      expect(watch.errors).toEqual([]);
    });

    test('English toggle: printed ↔ million, in the URL, kept across views and on reload', async ({ page }) => {
      const watch = watchPage(page);
      const b: Budget = budgetOf(wanEntry.file);
      const total = b.expenditure.total;
      await page.goto(`./#/budget/${b.id}/treemap?lang=en`);
      await page.getByTestId('amounts-printed').check({ force: true });
      await expect(page).toHaveURL(/amounts=printed/);
      await expect(page.getByTestId('headline-total')).toHaveText(`${formatAmount(total)} ${PRINTED_EN[b.unit]}`);
      await expect(page.getByTestId('budget-unit')).toContainText('exactly as printed');
      await expect(page.getByTestId('amounts-files-printed')).toHaveCount(0);
      await page.reload();
      await expect(page.getByTestId('amount-toggle')).toHaveAttribute('data-mode', 'printed');
      await expect(page.getByTestId('headline-total')).toHaveText(`${formatAmount(total)} ${PRINTED_EN[b.unit]}`);
      await page.getByTestId('view-link-sankey').click();
      await expect(page).toHaveURL(/\/sankey\?amounts=printed&lang=en$/);
      await expect(page.getByTestId('sankey-caption')).toContainText('Amounts in 10,000 yuan (万元)');
      await page.getByTestId('view-link-tables').click();
      await expect(page).toHaveURL(/\/tables\?amounts=printed&lang=en$/);
      const sumCell = page.getByTestId('tables-total-total');
      const sum = (await sumCell.getAttribute('data-amount')) as string;
      await expect(sumCell.locator('button').first()).toContainText(formatAmount(sum));
      await shot(page, `en-printed-tables-${width}`);
      await page.getByTestId('amounts-million').check({ force: true });
      await expect(page).toHaveURL(/\/tables\?amounts=million&lang=en$/);
      await expect(sumCell.locator('button').first()).toContainText(million(sum, b.unit));
      expect(watch.errors).toEqual([]);
    });

    test('Chinese: the printed unit by default, 百万元 on the toggle, the popover still printed', async ({ page }) => {
      const watch = watchPage(page);
      const b: Budget = budgetOf(wanEntry.file);
      const total = b.expenditure.total;
      await page.goto(`./#/budget/${b.id}`);
      await expect(page.getByTestId('amount-toggle')).toHaveAttribute('data-mode', 'printed');
      await expect(page.getByTestId('headline-total')).toHaveText(`${formatAmount(total)} ${b.unit}`);
      await expect(page.getByTestId('budget-unit')).toContainText(`金额单位：${b.unit}`);
      await expect(page.getByTestId('budget-unit')).not.toContainText('百万元');
      await shot(page, `zh-printed-${width}`);
      await page.getByTestId('amounts-million').check({ force: true });
      await expect(page).toHaveURL(/amounts=million/);
      await expect(page.getByTestId('headline-total')).toHaveText(`${million(total, b.unit)} 百万元`);
      await expect(page.getByTestId('budget-unit')).toContainText('金额单位：百万元（由原文万元精确换算，1 百万元 = 100 万元');
      await page.reload();
      await expect(page.getByTestId('headline-total')).toHaveText(`${million(total, b.unit)} 百万元`);
      await page.getByTestId('headline-total').click();
      await expect(page.getByTestId('provenance-printed')).toHaveText(formatAmount(total));
      await expect(page.getByTestId('provenance')).toContainText(`${formatAmount(total)} ${b.unit}`);
      await expect(page.getByTestId('provenance-shown')).toHaveText(`页面显示为 ${million(total, b.unit)} 百万元`);
      await shot(page, `zh-million-popover-${width}`);
      expect(watch.errors).toEqual([]);
    });

    test('a 元 budget: six places move, nothing rounded; the 三公 figures from their own 万元 table', async ({ page }) => {
      const watch = watchPage(page);
      const y: Budget = budgetOf(yuanEntry.file);
      await page.goto(`./#/budget/${y.id}?lang=en`);
      await expect(page.getByTestId('headline-total')).toHaveText(`${million(y.expenditure.total, y.unit)} million yuan`);
      const tp = y.threePublic;
      if (tp) {
        await expect(page.getByTestId('headline-three-public')).toHaveText(`${million(tp.total, tp.unit ?? y.unit)} million yuan`);
      }
      await expect(page.getByTestId('amount-toggle')).toContainText('As printed (yuan)');
      await shot(page, `en-yuan-${width}`);
      expect(watch.errors).toEqual([]);
    });
  });
}

test('a bad amounts value is a route problem; the default is shown', async ({ page }) => {
  const watch = watchPage(page);
  const b: Budget = budgetOf(wanEntry.file);
  await page.goto(`./#/budget/${b.id}?amounts=wan&lang=en`);
  await expect(page.getByTestId('route-problems')).toContainText('must be printed or million');
  await expect(page.getByTestId('headline-total')).toHaveText(`${million(b.expenditure.total, b.unit)} million yuan`);
  expect(watch.errors).toEqual([]);
});

test('an English embed shows million yuan too, and amounts=printed in its link the printed unit', async ({ page }) => {
  const watch = watchPage(page);
  const b: Budget = budgetOf(wanEntry.file);
  await page.goto(`./#/embed/${b.id}/treemap?lang=en`);
  await expect(page.getByTestId('embed-unit')).toHaveText('In million yuan (百万元)');
  const first = b.functional.find((l) => l.level === 'lei')!;
  await expect(page.getByTestId(`treemap-node-${first.code}`)).toHaveAttribute(
    'aria-label',
    new RegExp(`${million(first.total, b.unit).replace(/[.]/g, '\\.')} million yuan`),
  );
  await page.goto(`./#/embed/${b.id}/treemap?amounts=printed&lang=en`);
  await expect(page.getByTestId('embed-unit')).toHaveText('In 10,000 yuan (万元)');
  expect(watch.errors).toEqual([]);
});

test('export and CSV: the image names the unit shown, the CSV keeps the printed figures and unit', async ({ page }) => {
  const watch = watchPage(page);
  const b: Budget = budgetOf(wanEntry.file);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`./#/budget/${b.id}/treemap?lang=en`);
  await expect(page.getByTestId('treemap-svg')).toBeVisible();
  const [svgDl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
  const svg = readFileSync((await svgDl.path()) as string, 'utf8');
  expect(svg).toContain('In million yuan (百万元)');
  const first = b.functional.find((l) => l.level === 'lei')!;
  expect(svg).toContain(million(first.total, b.unit).slice(0, 4));
  await page.goto(`./#/budget/${b.id}/tables?lang=en`);
  const [csvDl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('tables-csv').click()]);
  const csv = readFileSync((await csvDl.path()) as string, 'utf8');
  expect(csv).toContain('Unit of amounts');
  expect(csv).toContain('10,000 yuan (万元)');
  expect(csv).toContain(first.total);
  expect(csv).not.toContain('million');
  expect(watch.errors).toEqual([]);
});
