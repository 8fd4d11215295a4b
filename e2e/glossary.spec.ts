/**
 * 名词解释 (glossary) on the built app and the real public/data: a term in the interface opens its
 * definition from the budget's own glossary, cited (document and lines); keyboard and touch work; the
 * English interface adds this site's translation and keeps the original; a budget without the term
 * borrows another budget's definition and says which; a term no document explains says so. Terms and
 * budgets are picked from the JSON, never hard-coded.
 */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Budget, GlossaryEntry } from '../src/model/types';
import { budgets as allBudgets, SHOTS, watchErrors as watch } from './support/realData';
import { documentOf } from '../tests/fixtures/documents';

const budgets = allBudgets();
const fold = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');
const entryOf = (b: Budget, term: string): GlossaryEntry | undefined => b.glossary.find((g) => fold(g.term) === fold(term));
/** Whether a budget's document explains a term (tests/fixtures/documents.ts, read off its 名词解释). */
const explains = (b: Budget, term: string) => documentOf(b.source).glossary.terms.some((t) => fold(t) === fold(term));
/** The budget a test is about, or a failure naming what no budget has. */
function pick(found: Budget | undefined, what: string): Budget {
  if (!found) throw new Error(`no budget ${what} (tests/fixtures/documents.ts)`);
  return found;
}

const withBasic = pick(
  budgets.find((b) => explains(b, '基本支出')),
  'explaining 基本支出',
);

test('a term’s definition comes from the budget’s own 名词解释, cited; Escape closes it and returns focus', async ({ page }) => {
  const errors = watch(page);
  const b = withBasic;
  const entry = entryOf(b, '基本支出')!;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`./#/budget/${b.id}/treemap`);
  const button = page.getByTestId('glossary-basic');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  const pop = page.getByTestId('glossary-popover');
  await expect(pop).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(pop.getByTestId('glossary-definition')).toHaveText(entry.definition);
  const cite = pop.getByTestId('glossary-citation');
  await expect(cite).toHaveCount(1);
  await expect(cite).toContainText(b.source);
  await expect(cite).toContainText(String(entry.src.lines[0]));
  await expect(cite).toContainText('名词解释');
  await expect(pop.getByTestId('glossary-borrowed')).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'glossary-popover-1280.png') });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(pop).toHaveCount(0);
  await expect(button).toBeFocused();

  // Keyboard alone: Enter opens (focus moves into the popover), Escape closes.
  await page.keyboard.press('Enter');
  await expect(pop).toBeVisible();
  await expect(pop).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
  // A click elsewhere closes it too.
  await button.click();
  await expect(pop).toBeVisible();
  await page.getByTestId('headline-total').click();
  await expect(pop).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('English: this site’s translation, said to be one, above the document’s Chinese definition', async ({ page }) => {
  const b = withBasic;
  await page.goto(`./#/budget/${b.id}/treemap?lang=en`);
  await page.getByTestId('glossary-project').click();
  const pop = page.getByTestId('glossary-popover');
  await expect(pop).toContainText('translation by this site');
  await expect(pop.getByTestId('glossary-english')).not.toBeEmpty();
  await expect(pop.getByTestId('glossary-definition')).toHaveText(entryOf(b, '项目支出')!.definition);
  await expect(pop.getByTestId('glossary-definition')).toHaveAttribute('lang', 'zh-CN');
});

test('a budget without the term borrows another budget’s definition and says which', async ({ page }) => {
  const errors = watch(page);
  const term = '部门预算';
  // 002 (2025) explains 财政拨款收入 … but not 部门预算; 000, 001 and 003 do.
  const lacking = pick(
    budgets.find((b) => !explains(b, term)),
    `without ${term}`,
  );
  const lenders = budgets.filter((b) => explains(b, term));
  expect(lenders.length, `budgets explaining ${term}`).toBeGreaterThan(0);
  await page.goto(`./#/budget/${lacking.id}/treemap`);
  await page.getByTestId('glossary-departmentBudget').click();
  const pop = page.getByTestId('glossary-popover');
  const borrowed = pop.getByTestId('glossary-borrowed');
  await expect(borrowed).toBeVisible();
  await expect(borrowed).toContainText('本预算的名词解释没有这个词');
  const citedId = await pop.getByTestId('glossary-citation').getAttribute('data-budget-id');
  const lender = lenders.find((b) => b.id === citedId);
  expect(lender, 'the definition is cited to a budget that prints it').toBeDefined();
  await expect(borrowed).toContainText(lender!.department);
  await expect(borrowed).toContainText(String(lender!.year));
  await expect(pop.getByTestId('glossary-definition')).toHaveText(entryOf(lender!, term)!.definition);
  expect(errors).toEqual([]);
});

test('a term no document explains says so, with the site’s own note marked as such', async ({ page }) => {
  // 000 prints 政府采购 8,000.00 万元 against a 支出总计 of 1,309.71 (README): a failed procurement check.
  const withCheck = pick(
    budgets.find((b) => b.checks.some((c) => c.status === 'fail' && c.code.startsWith('PROCUREMENT_'))),
    'with a failed procurement check',
  );
  expect(
    budgets.filter((b) => explains(b, '政府采购')).map((b) => b.id),
    'no document explains 政府采购',
  ).toEqual([]);
  await page.goto(`./#/budget/${withCheck.id}/treemap`);
  // The check list must be on screen before asking whether the term is visible (isVisible does not wait).
  await expect(page.getByTestId('contradictions')).toBeVisible();
  const button = page.getByTestId('glossary-procurement').first();
  if (!(await button.isVisible())) await page.getByTestId('more-checks').locator('summary').click();
  await button.click();
  const pop = page.getByTestId('glossary-popover');
  await expect(pop.getByTestId('glossary-none')).toBeVisible();
  await expect(pop).toContainText('本站说明（不是文件原文）');
  await expect(pop.getByTestId('glossary-site-note')).not.toBeEmpty();
  await expect(pop.getByTestId('glossary-definition')).toHaveCount(0);
});

test('on the compare page each budget’s own definition is shown, each cited', async ({ page }) => {
  // Two budgets whose documents word the definition differently (else the two are shown as one, cited twice).
  // 000 (2021 wording) and 002 (2025 wording) both explain 基本支出.
  const having = budgets.filter((x) => explains(x, '基本支出'));
  const a = pick(having[0], 'explaining 基本支出');
  const b = pick(
    having.find((x) => fold(entryOf(x, '基本支出')?.definition ?? '') !== fold(entryOf(a, '基本支出')?.definition ?? '')),
    'explaining 基本支出 in other words',
  );
  await page.goto(`./#/compare?ids=${a.id},${b.id}`);
  await page.getByTestId('compare-section-totals').getByTestId('glossary-basic').click();
  const pop = page.getByTestId('glossary-popover');
  await expect(pop.getByTestId('glossary-citation')).toHaveCount(2);
  const cited = await pop.getByTestId('glossary-citation').evaluateAll((els) => els.map((e) => e.getAttribute('data-budget-id')));
  expect(new Set(cited)).toEqual(new Set([a.id, b.id]));
  const texts = await pop.getByTestId('glossary-definition').allTextContents();
  expect(texts).toContain(entryOf(a, '基本支出')!.definition);
  expect(texts).toContain(entryOf(b, '基本支出')!.definition);
});

test.describe('touch, 375 px', () => {
  test.use({ hasTouch: true, viewport: { width: 375, height: 800 } });
  test('a tap opens the definition inside the screen; a tap elsewhere closes it', async ({ page }) => {
    const errors = watch(page);
    const b = pick(
      budgets.find((x) => explains(x, '“三公”经费') && x.threePublic),
      'explaining “三公”经费',
    );
    await page.goto(`./#/budget/${b.id}/treemap?lang=en`);
    const button = page.getByTestId('glossary-threePublic');
    await button.scrollIntoViewIfNeeded();
    await button.tap();
    const pop = page.getByTestId('glossary-popover');
    await expect(pop).toBeVisible();
    const box = await pop.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: join(SHOTS, 'glossary-popover-375.png') });
    await page.locator('h1').tap();
    await expect(pop).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
