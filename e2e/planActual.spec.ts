/**
 * 预算 against 决算 on the department page. No department in the data has a 部门预算 and a 部门决算 of the
 * same year yet, so the browser is served a generated final account: the largest two-document department's
 * budget re-filed as a 部门决算 of the same year, its 支出合计 changed and one 类 left out. Expectations are
 * worked out here with decimal.js from public/data, not read from the app. 1280 and 375 px, zh and en.
 */
import { expect, test } from '@playwright/test';
import Decimal from 'decimal.js';
import { budgetOf, index } from './support/realData';
import { trendInputOf, type DepartmentFile } from '../src/model/departmentFile';
import type { Budget } from '../src/model/types';
import { watchPage } from './support/pageWatch';

const byDept = new Map<string, typeof index.budgets>();
for (const e of index.budgets) byDept.set(e.departmentId, [...(byDept.get(e.departmentId) ?? []), e]);
const [deptId, docs] = [...byDept].sort((a, b) => b[1].length - a[1].length)[0]!;
const planEntry = docs.find((d) => d.kind === 'budget' && budgetOf(d.file).functional.some((f) => f.level === 'lei' && f.unit === undefined))!;
const plan = budgetOf(planEntry.file);
const dropped = plan.functional.find((f) => f.level === 'lei' && f.unit === undefined)!;
const ACTUAL_TOTAL = '5000.00';
const finalId = `${planEntry.id}-final`;
const finalFile = `budgets/${finalId}.json`;
const finalBudget = {
  ...structuredClone(plan),
  id: finalId,
  kind: 'final',
  expenditure: { ...plan.expenditure, total: ACTUAL_TOTAL },
  functional: plan.functional.filter((f) => !f.code.startsWith(dropped.code)),
};
const finalEntry = { ...planEntry, id: finalId, kind: 'final', total: ACTUAL_TOTAL, file: finalFile, contains: undefined };

for (const width of [1280, 375]) {
  for (const lang of ['zh', 'en'] as const) {
    test(`budget against final account at ${width} px (${lang}): difference and 执行率 exact, a line one side lacks not printed`, async ({ page }) => {
      const w = watchPage(page);
      await page.route('**/data/index.json', async (route) => {
        const response = await route.fetch();
        const body = await response.json();
        body.budgets.push(finalEntry);
        await route.fulfill({ response, json: body });
      });
      // The department page reads the department's file: the final account goes in after its year's budget.
      await page.route(`**/data/departments/${deptId}.json`, async (route) => {
        const response = await route.fetch();
        const body = (await response.json()) as DepartmentFile;
        const at = body.entries.findIndex((e) => e.id === planEntry.id) + 1;
        body.entries.splice(at, 0, finalEntry as DepartmentFile['entries'][number]);
        body.trend.splice(at, 0, trendInputOf(finalBudget as Budget));
        await route.fulfill({ response, json: body });
      });
      await page.route(`**/data/${finalFile}`, (route) => route.fulfill({ json: finalBudget }));
      await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
      await page.goto(`./#/department/${deptId}${lang === 'en' ? '?lang=en' : ''}`);
      const section = page.getByTestId('plan-actual');
      await expect(section).toHaveAttribute('data-year', String(planEntry.year));
      const total = section.locator('[data-testid="plan-actual-row"][data-key="total"]');
      const diff = new Decimal(ACTUAL_TOTAL).minus(plan.expenditure.total);
      await expect(total).toHaveAttribute('data-difference', diff.toFixed(2));
      const rate = new Decimal(ACTUAL_TOTAL).div(plan.expenditure.total).times(100).toFixed(1);
      await expect(total).toContainText(`${rate}%`);
      const gone = section.locator(`[data-testid="plan-actual-row"][data-key="f:${dropped.code}"]`);
      await expect(gone).toHaveAttribute('data-rate', '');
      await expect(gone).toContainText(lang === 'zh' ? '未列示' : 'not printed');
      // An unchanged 类 is spent exactly as planned.
      const kept = plan.functional.find((f) => f.level === 'lei' && f.unit === undefined && f.code !== dropped.code)!;
      await expect(section.locator(`[data-testid="plan-actual-row"][data-key="f:${kept.code}"]`)).toHaveAttribute('data-rate', '1');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await section.screenshot({ path: `test-results/screenshots/plan-actual-${width}-${lang}.png` });
      expect(w.errors).toEqual([]);
    });
  }
}

test('a department without a budget and final account of one year says there is nothing to set side by side', async ({ page }) => {
  const w = watchPage(page);
  await page.goto(`./#/department/${deptId}`);
  await expect(page.getByTestId('plan-actual-none')).toBeVisible();
  await expect(page.getByTestId('plan-actual')).toHaveCount(0);
  expect(w.errors).toEqual([]);
});
