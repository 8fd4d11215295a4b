/**
 * 数字出处 from the compare page (issue 12): a compared figure opens the same provenance popover as a
 * budget page, for the budget the figure belongs to — its document, lines and the figure as printed
 * (a 元 figure shown in 元 even where the comparison converted it to 万元) — and 查看原文 leads to that
 * budget's source view at the cited lines. Budgets (one in 元, one in 万元) come from index.json.
 */
import { expect, test } from '@playwright/test';
import { formatAmount } from '../src/model/format';
import { budgetOf, index, watchErrors } from './support/realData';

const wan = index.budgets.find((b) => b.unit === '万元');
const yuan = index.budgets.find((b) => b.unit === '元');

for (const lang of ['zh', 'en'] as const) {
  for (const width of [1280, 375]) {
    test(`a compared figure opens its budget's provenance, then its source (${lang}, ${width} px)`, async ({ page }) => {
      if (!wan || !yuan) throw new Error('index.json has no budgets in both 元 and 万元');
      const errors = watchErrors(page);
      await page.setViewportSize({ width, height: 900 });
      const ids = [wan.id, yuan.id];
      await page.goto(`./#/compare?ids=${ids.join(',')}${lang === 'en' ? '&lang=en' : ''}`);
      await expect(page.getByTestId('compare-content')).toBeVisible({ timeout: 20_000 });
      const order = (await page.getByTestId('compare-content').getAttribute('data-ids'))?.split(',') ?? [];
      for (const entry of [wan, yuan]) {
        const i = order.indexOf(entry.id);
        const budget = budgetOf(entry.file);
        await page.getByTestId(`compare-fig-${i}-total:total`).click();
        const pop = page.getByTestId('provenance');
        await expect(pop).toBeVisible();
        await expect(page.getByTestId('provenance-doc')).toHaveText(budget.source);
        await expect(page.getByTestId('provenance-lines')).toContainText(String(budget.expenditure.src.lines[0]));
        // The figure as the document prints it, in the document's unit.
        await expect(pop).toContainText(formatAmount(budget.expenditure.total));
        await expect(page.getByTestId('provenance-source-link')).toHaveAttribute('href', new RegExp(`#/source/${entry.id}\\?`));
        await page.keyboard.press('Escape');
        await expect(pop).toHaveCount(0);
      }
      const last = [wan, yuan][1]!;
      await page.getByTestId(`compare-fig-${order.indexOf(last.id)}-total:total`).click();
      await page.getByTestId('provenance-source-link').click();
      await expect(page).toHaveURL(new RegExp(`#/source/${last.id}\\?`));
      await expect(page.getByTestId('source-cited')).toBeVisible({ timeout: 20_000 });
      expect(errors).toEqual([]);
    });
  }
}
