/**
 * Million yuan (百万元) beyond a budget's own views: in English the department page's trend labels and
 * document totals and the search hits' figures are in million yuan, converted exactly from the printed
 * figure (every printed digit kept); in Chinese they stay as printed. Expectations from public/data and the
 * search index built from it, never hard-coded.
 */
import { expect, test } from '@playwright/test';
import { formatAmount } from '../src/model/format';
import { toMillionYuan } from '../src/model/displayAmount';
import { buildSearchIndex } from '../src/normalizer/searchIndex';
import { budgetOf, budgets, index } from './support/realData';

const byDept = new Map<string, typeof index.budgets>();
for (const e of index.budgets) byDept.set(e.departmentId, [...(byDept.get(e.departmentId) ?? []), e]);
const [deptId, docs] = [...byDept].sort((a, b) => b[1].length - a[1].length)[0]!;

// A functional line with one figure, reachable by its name in the search box.
const search = buildSearchIndex(budgets());
const hit = (() => {
  for (const [doc, k] of search.docs.kind.entries()) {
    const amount = search.docs.amount[doc];
    const key = search.docs.key[doc] ?? '';
    if (search.kinds[k] === 'functional' && key.length === 7 && amount) {
      const entry = search.budgets[search.docs.budget[doc] ?? -1]!;
      return { budget: entry.id, unit: index.budgets.find((e) => e.id === entry.id)!.unit, key, label: search.docs.label[doc]!, amount };
    }
  }
  throw new Error('no functional line with a figure in the search index');
})();

for (const width of [1280, 375]) {
  test(`department page at ${width} px: English in million yuan, exact; Chinese as printed`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    for (const lang of ['en', 'zh'] as const) {
      await page.goto(`./#/department/${deptId}${lang === 'en' ? '?lang=en' : ''}`);
      await expect(page.getByTestId('department-document')).toHaveCount(docs.length);
      for (const d of docs) {
        const b = budgetOf(d.file);
        const shown = lang === 'en' ? formatAmount(toMillionYuan(b.expenditure.total, b.unit)) : formatAmount(b.expenditure.total);
        const point = page.locator(`[data-testid="trend-series-${d.kind === 'final' ? 'final' : 'total'}"] [data-testid="trend-point"][data-year="${d.year}"]`);
        await expect(point).toContainText(shown);
        const total = lang === 'en' ? formatAmount(toMillionYuan(d.total, d.unit)) : formatAmount(d.total);
        await expect(page.locator(`li:has([data-budget="${d.id}"])`)).toContainText(total);
      }
      await expect(page.getByTestId('trend-chart')).toContainText(lang === 'en' ? 'million yuan' : '万元');
      // The table keeps the figures as printed, each column naming its unit.
      await expect(page.locator('[data-testid="department-row"][data-key="total"]')).toContainText(formatAmount(budgetOf(docs[0]!.file).expenditure.total));
    }
  });

  test(`a search hit's figure at ${width} px: million yuan in English, printed in Chinese`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    for (const lang of ['en', 'zh'] as const) {
      await page.goto(`./#/${lang === 'en' ? '?lang=en' : ''}`);
      await page.getByTestId('search-input').fill(hit.label);
      const shown = page.getByTestId(`search-hit-${hit.budget}-functional-${hit.key}`);
      await expect(shown).toBeVisible();
      await expect(shown).toContainText(lang === 'en' ? `${formatAmount(toMillionYuan(hit.amount, hit.unit))} million yuan` : formatAmount(hit.amount));
    }
  });
}

// Two budgets of one department (oldest first): the compare page's figures, in both modes.
const pair = [...docs].sort((a, b) => a.year - b.year).slice(0, 2);

for (const width of [1280, 375]) {
  test(`compare page at ${width} px: English in million yuan with a toggle to the printed unit, kept in the URL`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    const ids = pair.map((d) => d.id).join(',');
    const figure = (i: number) => page.getByTestId(`compare-fig-${i}-total:total`);
    const totals = pair.map((d) => budgetOf(d.file).expenditure.total);
    await page.goto(`./#/compare?ids=${ids}&lang=en`);
    await expect(page.getByTestId('amount-toggle')).toHaveAttribute('data-mode', 'million');
    for (const [i, d] of pair.entries()) await expect(figure(i)).toHaveText(formatAmount(toMillionYuan(totals[i]!, d.unit)));
    await expect(page.getByTestId('compare-bars-totals')).toHaveAttribute('data-unit', '百万元');
    // 数字出处 still shows the figure as printed, with its printed unit.
    await figure(0).click();
    await expect(page.getByTestId('provenance-printed')).toHaveText(formatAmount(totals[0]!));
    await page.keyboard.press('Escape');
    // As printed: the toggle writes amounts=printed into the address; a reload keeps it.
    await page.getByTestId('amounts-printed').check();
    await expect(page).toHaveURL(/amounts=printed/);
    await page.reload();
    await expect(page.getByTestId('amount-toggle')).toHaveAttribute('data-mode', 'printed');
    for (const [i] of pair.entries()) await expect(figure(i)).toHaveText(formatAmount(totals[i]!));
    await expect(page.getByTestId('compare-bars-totals')).toHaveAttribute('data-unit', pair[0]!.unit);
    // Chinese: as printed by default.
    await page.goto(`./#/compare?ids=${ids}`);
    await expect(page.getByTestId('amount-toggle')).toHaveAttribute('data-mode', 'printed');
    await expect(figure(0)).toHaveText(formatAmount(totals[0]!));
    await page.goto(`./#/compare?ids=${ids}&lang=en`);
    await expect(figure(0)).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/compare-million-${width}-en.png`, fullPage: true });
  });
}

test('a compare section embed in English names the unit its figures are in (million yuan), in Chinese the printed one', async ({ page }) => {
  const ids = [...docs].sort((a, b) => a.year - b.year).slice(0, 2);
  const total = budgetOf(ids[0]!.file).expenditure.total;
  await page.goto(`./#/embed/compare?ids=${ids.map((d) => d.id).join(',')}&section=totals&lang=en`);
  await expect(page.getByTestId('embed-unit')).toContainText('million yuan');
  await expect(page.getByTestId('compare-bars-totals')).toHaveAttribute('data-unit', '百万元');
  await expect(page.getByTestId('compare-bars-totals')).toContainText(formatAmount(toMillionYuan(total, ids[0]!.unit)));
  await page.goto(`./#/embed/compare?ids=${ids.map((d) => d.id).join(',')}&section=totals`);
  await expect(page.getByTestId('embed-unit')).toContainText(ids[0]!.unit);
  await expect(page.getByTestId('embed-unit')).not.toContainText('百万元');
});
