/**
 * Budgets of every city: figures in the unit their document prints (元 or 万元), the document kind
 * (部门预算 / 单位预算 / 部门决算) on every page, exact conversion where units meet (catalog sort, compare).
 * Budgets and figures are read from public/data; expected conversions are computed here with decimal.js.
 */
import { expect, test } from '@playwright/test';
import Decimal from 'decimal.js';
import { formatAmount } from '../src/model/format';
import { formatShown } from '../src/model/displayAmount';
import type { Budget, BudgetIndexEntry, DocumentKind, FinalAccountTotals, MoneyUnit } from '../src/model/types';
import { budgetOf, index } from './support/realData';
import { watchPage } from './support/pageWatch';

const KIND_ZH: Record<DocumentKind, string> = { budget: '部门预算', unitBudget: '单位预算', final: '部门决算' };
const KIND_EN: Record<DocumentKind, string> = { budget: 'Department budget', unitBudget: 'Unit budget', final: 'Final account' };
const UNIT_EN: Record<MoneyUnit, string> = { 元: 'yuan', 万元: '×10,000 yuan' };
const yuanOf = (amount: string, unit: MoneyUnit) => new Decimal(amount).times(unit === '万元' ? 10000 : 1);
/** 元 → 万元 exactly, at least two decimals (as the app writes a converted amount). */
const toWan = (amount: string) => {
  const d = new Decimal(amount).div(10000);
  return d.toFixed(Math.max(2, d.decimalPlaces()));
};

const yuanEntry = index.budgets.find((e) => e.unit === '元') as BudgetIndexEntry;
const wanEntry = index.budgets.find((e) => e.unit === '万元' && e.kind === 'budget') as BudgetIndexEntry;
const finals = index.budgets.filter((e) => e.kind === 'final');

test('the data has a 元 budget, a 万元 budget and a 决算 (the journeys below need them)', () => {
  expect(yuanEntry).toBeDefined();
  expect(wanEntry).toBeDefined();
  expect(finals.length).toBeGreaterThan(0);
});

test('a 元 budget page shows 元: its headline total equals the JSON; 三公 in its own unit', async ({ page }) => {
  const watch = watchPage(page);
  const b: Budget = budgetOf(yuanEntry.file);
  await page.goto(`./#/budget/${b.id}/treemap`);
  await expect(page.getByTestId('budget-kind')).toHaveText(KIND_ZH[b.kind]);
  await expect(page.getByTestId('budget-unit')).toContainText('金额单位：元');
  await expect(page.getByTestId('headline-total-title')).toHaveText(`${b.year} 年${KIND_ZH[b.kind]} 支出总计`);
  const total = page.getByTestId('headline-total');
  await expect(total).toHaveAttribute('data-amount', b.expenditure.total);
  await expect(total).toHaveText(`${formatAmount(b.expenditure.total)} ${b.unit}`);
  await expect(page.getByTestId('headline-basic')).toHaveText(`${formatAmount(b.expenditure.basic)} 元`);
  await expect(page.getByTestId('headline-project')).toHaveText(`${formatAmount(b.expenditure.project)} 元`);
  // 三公 prints its own unit (万元 inside this 元 document).
  const tp = b.threePublic!;
  expect(tp).toBeDefined();
  const tpUnit = tp.unit ?? b.unit;
  await expect(page.getByTestId('headline-three-public')).toHaveAttribute('data-amount', tp.total);
  await expect(page.getByTestId('headline-three-public')).toHaveText(`${formatAmount(tp.total)} ${tpUnit}`);
  await expect(page.getByTestId('headline-three-public-unit')).toHaveText(`单位：${tpUnit}`);
  // The source popover repeats the unit.
  await total.click();
  await expect(page.getByTestId('provenance')).toContainText(`${formatAmount(b.expenditure.total)} 元`);
  await page.keyboard.press('Escape');
  // The tables say 元 too, and so does the Sankey.
  await page.goto(`./#/budget/${b.id}/tables`);
  await expect(page.getByTestId('tables-unit')).toHaveText('单位：元');
  await page.goto(`./#/budget/${b.id}/sankey`);
  await expect(page.getByTestId('sankey-caption')).toContainText('单位：元');
  // English as printed (amounts=printed; million yuan is the English default, e2e/amountUnit.spec.ts): "yuan", never 10,000 yuan.
  await page.goto(`./#/budget/${b.id}/treemap?amounts=printed&lang=en`);
  await expect(page.getByTestId('budget-kind')).toHaveText(KIND_EN[b.kind]);
  await expect(page.getByTestId('headline-total')).toHaveText(`${formatAmount(b.expenditure.total)} ${UNIT_EN[b.unit]}`);
  await expect(page.getByTestId('budget-unit')).toHaveText('Amounts in yuan, exactly as printed');
  expect(watch.errors).toEqual([]);
});

for (const entry of finals) {
  test(`${entry.id}: a 决算 page says 部门决算 and shows its finalTotals with their source`, async ({ page }) => {
    const watch = watchPage(page);
    const b: Budget = budgetOf(entry.file);
    const ft = b.finalTotals as FinalAccountTotals;
    expect(ft).toBeDefined();
    await page.goto(`./#/budget/${b.id}`);
    await expect(page.getByTestId('budget-kind')).toHaveText('部门决算');
    await expect(page.getByTestId('headline-total-title')).toHaveText(`${b.year} 年部门决算 本年支出合计`);
    await expect(page.getByTestId('headline-total')).toHaveAttribute('data-amount', ft.spendingThisYear);
    await expect(page.getByTestId('headline-total')).toHaveText(`${formatAmount(b.expenditure.total)} ${b.unit}`);
    await expect(page.getByTestId('headline-basic')).toHaveAttribute('data-amount', b.expenditure.basic);
    await expect(page.getByTestId('headline-project')).toHaveAttribute('data-amount', b.expenditure.project);
    const card = page.getByTestId('final-totals');
    const keys = ['incomeThisYear', 'spendingThisYear', 'carriedIn', 'carriedOut', 'surplusDistribution', 'nonFiscalSurplusUsed', 'grandTotal'] as const;
    for (const k of keys) {
      const v = ft[k];
      await expect(card.getByTestId(`final-${k}`)).toHaveCount(v === undefined ? 0 : 1);
    }
    const shown = keys.flatMap((k) => (ft[k] === undefined ? [] : [[k, ft[k] as string] as const]));
    expect(shown.map(([k]) => k)).toContain('grandTotal');
    for (const [k, v] of shown) {
      await expect(card.getByTestId(`final-${k}`)).toHaveAttribute('data-amount', v);
      await expect(card.getByTestId(`final-${k}`)).toHaveText(`${formatAmount(v)} ${b.unit}`);
    }
    // Provenance like any other figure: the table and lines of finalTotals.src.
    await card.getByTestId('final-grandTotal').click();
    const table = b.tables.find((t) => t.key === ft.src.table)!;
    await expect(page.getByTestId('provenance-table')).toContainText(table.title);
    const [first, last] = ft.src.lines;
    await expect(page.getByTestId('provenance-lines')).toHaveText(first === last ? `原文第 ${first} 行` : `原文第 ${first}–${last} 行`);
    await page.keyboard.press('Escape');
    await page.goto(`./#/budget/${b.id}?lang=en`);
    await expect(page.getByTestId('budget-kind')).toHaveText('Final account');
    await expect(page.getByTestId('headline-total-title')).toContainText('Final account');
    expect(watch.errors).toEqual([]);
  });
}

test('the catalog shows every budget’s kind and unit, and sorts by total across units exactly', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('./#/');
  for (const e of index.budgets) {
    await expect(page.getByTestId(`catalog-kind-${e.id}`)).toHaveText(KIND_ZH[e.kind]);
    await expect(page.getByTestId(`catalog-total-${e.id}`)).toHaveText(formatAmount(e.total));
    await expect(page.getByTestId(`catalog-unit-${e.id}`)).toHaveText(e.unit);
  }
  const order = () =>
    page.locator('[data-testid^="catalog-row-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')?.replace('catalog-row-', '')));
  const money = (x: BudgetIndexEntry, y: BudgetIndexEntry) => yuanOf(x.total, x.unit).comparedTo(yuanOf(y.total, y.unit));
  const byId = new Map(index.budgets.map((e) => [e.id, e]));
  await page.getByTestId('sort-total').click();
  // Largest first; equal money (in 元) by id, as the app breaks ties.
  const desc = [...index.budgets].sort((x, y) => -money(x, y) || x.id.localeCompare(y.id)).map((e) => e.id);
  const shownDesc = await order();
  expect(shownDesc).toEqual(desc);
  for (let i = 1; i < shownDesc.length; i++) {
    const [p, q] = [byId.get(shownDesc[i - 1]!)!, byId.get(shownDesc[i]!)!];
    expect(yuanOf(p.total, p.unit).gte(yuanOf(q.total, q.unit)), `${p.id} ≥ ${q.id} in 元`).toBe(true);
  }
  await page.getByTestId('sort-total').click();
  expect(await order()).toEqual([...index.budgets].sort((x, y) => money(x, y) || x.id.localeCompare(y.id)).map((e) => e.id));
  // English shows million yuan, converted exactly from each document's unit, as its budget pages do.
  await page.goto('./#/?lang=en');
  for (const e of [yuanEntry, wanEntry]) {
    await expect(page.getByTestId(`catalog-total-${e.id}`)).toHaveText(formatShown(e.total, e.unit, 'million'));
    await expect(page.getByTestId(`catalog-unit-${e.id}`)).toHaveText('million yuan');
  }
  await expect(page.getByTestId('catalog-table').locator('caption')).toContainText('converted exactly');
  await expect(page.getByTestId(`catalog-kind-${yuanEntry.id}`)).toHaveText(KIND_EN[yuanEntry.kind]);
  expect(watch.errors).toEqual([]);
});

test('compare a 元 budget with a 万元 budget: the conversion is said, figures converted exactly, sources kept', async ({ page }) => {
  const watch = watchPage(page);
  const w: Budget = budgetOf(wanEntry.file);
  const y: Budget = budgetOf(yuanEntry.file);
  const ids = [w.id, y.id];
  await page.goto(`./#/compare?ids=${ids.join(',')}`);
  await expect(page.getByTestId('compare-converted')).toContainText('已按 1 万元 = 10,000 元精确换算为万元');
  await expect(page.getByTestId('compare-converted')).toHaveAttribute('data-unit', '万元');
  await expect(page.getByTestId('compare-chart-note')).toContainText('金额（万元）');
  const totalRow = page.getByTestId('compare-row-total:total');
  await expect(totalRow.getByTestId('compare-cell-total:total-0')).toHaveAttribute('data-amount', w.expenditure.total);
  await expect(totalRow.getByTestId('compare-cell-total:total-1')).toHaveAttribute('data-amount', toWan(y.expenditure.total));
  const diff = new Decimal(toWan(y.expenditure.total)).minus(new Decimal(w.expenditure.total));
  await expect(totalRow.getByTestId('compare-diff-total:total-0')).toHaveAttribute('data-difference', diff.toFixed(Math.max(2, diff.decimalPlaces())));
  await expect(page.getByTestId('compare-row-total:basic').getByTestId('compare-cell-total:basic-1')).toHaveAttribute(
    'data-amount',
    toWan(y.expenditure.basic),
  );
  await expect(page.getByTestId('compare-row-total:project').getByTestId('compare-cell-total:project-1')).toHaveAttribute(
    'data-amount',
    toWan(y.expenditure.project),
  );
  // Each figure keeps its source link, and the converted one says what the document prints.
  await totalRow.getByTestId('compare-cell-total:total-1').getByRole('button').click();
  await expect(totalRow.getByTestId('compare-cell-total:total-1')).toContainText(y.source);
  await expect(page.getByTestId('compare-printed-total:total-1')).toContainText(`原文印作 ${formatAmount(y.expenditure.total)} 元`);
  await totalRow.getByTestId('compare-cell-total:total-0').getByRole('button').click();
  await expect(totalRow.getByTestId('compare-cell-total:total-0')).toContainText(w.source);
  await expect(page.getByTestId('compare-kind-0')).toHaveText(KIND_ZH[w.kind]);
  await expect(page.getByTestId('compare-kind-1')).toHaveText(KIND_ZH[y.kind]);
  // Same in English.
  await page.goto(`./#/compare?ids=${ids.join(',')}&lang=en`);
  // English shows million yuan by default: the notice says so, with its rate.
  await expect(page.getByTestId('compare-converted')).toContainText('converted exactly to million yuan, 百万元 at 1 百万元 = 100 万元 = 1,000,000 元');
  // As printed: the comparison meets in 万元, and says so.
  await page.goto(`./#/compare?ids=${ids.join(',')}&amounts=printed&lang=en`);
  await expect(page.getByTestId('compare-converted')).toContainText('converted exactly to 10,000 yuan, 万元 at 1 万元 = 10,000 元');
  // Two budgets of one unit: nothing converted, nothing said.
  await page.goto(`./#/compare?ids=${finals[0]!.id},${wanEntry.id}`);
  await expect(page.getByTestId('compare-content')).toBeVisible();
  await expect(page.getByTestId('compare-converted')).toHaveCount(0);
  expect(watch.errors).toEqual([]);
});

test('an embed shows the document kind and its unit', async ({ page }) => {
  const watch = watchPage(page);
  const y: Budget = budgetOf(yuanEntry.file);
  await page.goto(`./#/embed/${y.id}/treemap`);
  await expect(page.getByTestId('embed-kind')).toHaveText(KIND_ZH[y.kind]);
  await expect(page.getByTestId('embed-unit')).toHaveText('单位：元');
  await expect(page.getByTestId('embed-source')).toContainText(`${y.year} 年${KIND_ZH[y.kind]}`);
  const f: Budget = budgetOf(finals[0]!.file);
  await page.goto(`./#/embed/${f.id}/sankey`);
  await expect(page.getByTestId('embed-kind')).toHaveText('部门决算');
  await expect(page.getByTestId('embed-unit')).toHaveText(`单位：${f.unit}`);
  await expect(page.getByTestId('embed-source')).toContainText(`${f.year} 年部门决算`);
  // As printed (English embeds default to million yuan, like the page).
  await page.goto(`./#/embed/${f.id}/tables?amounts=printed&lang=en`);
  await expect(page.getByTestId('embed-kind')).toHaveText('Final account');
  await expect(page.getByTestId('embed-unit')).toHaveText(f.unit === '元' ? 'In yuan' : 'In 10,000 yuan (万元)');
  await page.goto(`./#/embed/compare?ids=${wanEntry.id},${y.id}`);
  await expect(page.getByTestId('embed-unit')).toContainText('单位：万元');
  await expect(page.getByTestId('compare-converted')).toBeVisible();
  expect(watch.errors).toEqual([]);
});
