/**
 * The first answer first (issue 11): every budget page opens with one sentence — the total as printed and
 * what most of it is for — and its chart starts within the first screen on a 1280 × 900 desktop and within
 * 1.5 screens on a 375 × 812 phone; the headline cards (收入, 三公) come after the chart. Every budget in
 * public/data, in the language where its page is longest (English on the phone).
 */
import { expect, test } from '@playwright/test';
import { formatAmount } from '../src/model/format';
import { formatShown } from '../src/model/displayAmount';
import { budgetOf, index } from './support/realData';
import { watchPage } from './support/pageWatch';

const SCREENS = [
  { width: 1280, height: 900, lang: 'zh', limit: 900 },
  { width: 375, height: 812, lang: 'en', limit: 812 * 1.5 },
] as const;

for (const entry of index.budgets) {
  const budget = budgetOf(entry.file);
  for (const s of SCREENS) {
    test(`${entry.id} at ${s.width} px (${s.lang}): the sentence, then the chart within ${s.limit} px`, async ({ page }) => {
      const w = watchPage(page);
      await page.setViewportSize({ width: s.width, height: s.height });
      await page.goto(`./#/budget/${entry.id}${s.lang === 'en' ? '?lang=en' : ''}`);
      const sentence = page.getByTestId('first-answer');
      // The figure the page shows: as printed in Chinese, in million yuan (exact) by default in English.
      const shown = s.lang === 'zh' ? formatAmount(budget.expenditure.total) : formatShown(budget.expenditure.total, budget.unit, 'million');
      await expect(sentence).toContainText(shown);
      const chart = page.getByTestId('treemap-svg');
      await expect(chart).toBeVisible();
      const chartTop = await chart.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      const sentenceTop = await sentence.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      const cardsTop = await page.getByTestId('headline-total-title').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      expect(sentenceTop).toBeLessThan(chartTop);
      expect(chartTop).toBeLessThan(s.limit);
      expect(cardsTop).toBeGreaterThan(chartTop);
      expect(w.errors).toEqual([]);
    });
  }
}
