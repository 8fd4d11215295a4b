/**
 * 原文 (source view): from any figure, two clicks lead to the line of the document it was read from —
 * open the provenance popover, follow 查看原文 — and that line, marked, focused and scrolled into view,
 * prints the figure. For every budget in index.json (never hard-coded), its headline total; then a
 * source issue, hostile links, a missing file, the line window and a 375 px phone.
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { formatAmount } from '../src/model/format';
import { budgetOf, index, SHOTS } from './support/realData';
import { watchPage } from './support/pageWatch';

const budgets = index.budgets.map((entry) => ({ entry, budget: budgetOf(entry.file) }));
/** The text as printed, without the spaces and thousands separators the JSON's amounts drop. */
const bare = (s: string) => s.replace(/[\s,，]/gu, '');
const renderedLines = (page: Page) => page.locator('[data-line]').count();

test('every budget lists a published source document', () => {
  expect(budgets.length).toBeGreaterThan(0);
});

for (const { entry, budget } of budgets) {
  test(`${entry.id}: headline total → popover → 查看原文 → the cited line prints the figure`, async ({ page }) => {
    const w = watchPage(page);
    await page.goto(`./#/budget/${entry.id}/treemap`);
    await page.getByTestId('headline-total').click();
    await expect(page.getByTestId('provenance')).toBeVisible();
    const link = page.getByTestId('provenance-source-link');
    await expect(link).toHaveText('查看原文');
    const { table: key, lines } = budget.expenditure.src;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#/source/${entry.id}\\?lines=${lines[0]}-${lines[1]}&table=${key}$`));
    await expect(page.getByTestId('provenance')).toHaveCount(0);
    const cited = page.getByTestId('source-cited');
    await expect(cited).toBeVisible();
    await expect(cited).toBeFocused();
    await expect(cited).toBeInViewport();
    await expect(cited).toHaveAttribute('aria-label', lines[0] === lines[1] ? `原文第 ${lines[0]} 行` : `原文第 ${lines[0]}–${lines[1]} 行`);
    await expect(cited.locator('[data-line]')).toHaveCount(lines[1] - lines[0] + 1);
    await expect(cited.locator('[data-line]').first()).toHaveAttribute('data-line', String(lines[0]));
    // The marked line prints the figure: the JSON's amount, or as formatted with separators.
    const text = (await cited.getByTestId('source-line-text').allTextContents()).join('\n');
    expect(bare(text)).toContain(bare(formatAmount(budget.expenditure.total)));
    expect(bare(text)).toContain(budget.expenditure.total);
    // The heading names the cited table: its printed number (if any) and title.
    const table = budget.tables.find((t) => t.key === key);
    expect(table, `${key} is a table of ${entry.id}`).toBeDefined();
    await expect(page.getByTestId('source-heading')).toContainText(table!.title);
    await expect(page.getByTestId('source-file')).toHaveText(budget.source);
    await expect(page.getByTestId('source-text')).toHaveAttribute('data-total', /^\d+$/u);
    // Back to the budget.
    await page.getByTestId('source-back').click();
    await expect(page.getByTestId('budget-page')).toBeVisible();
    expect(w.errors).toEqual([]);
    expect(w.failed).toEqual([]);
  });
}

test('English: the link reads "View in the document" and the page speaks English', async ({ page }) => {
  const w = watchPage(page);
  const { entry, budget } = budgets[0]!;
  await page.goto(`./#/budget/${entry.id}/treemap?lang=en`);
  await page.getByTestId('headline-total').click();
  await expect(page.getByTestId('provenance-source-link')).toHaveText('View in the document');
  await page.getByTestId('provenance-source-link').click();
  await expect(page).toHaveURL(/lang=en/u);
  const [a, b] = budget.expenditure.src.lines;
  await expect(page.getByTestId('source-cited')).toHaveAttribute('aria-label', a === b ? `line ${a} of the document` : `lines ${a}–${b} of the document`);
  await expect(page.getByTestId('source-back')).toContainText('Back to the budget');
  expect(w.errors).toEqual([]);
});

test('a source issue links to its lines in the document', async ({ page }) => {
  const w = watchPage(page);
  const { entry, budget } = budgets.find(({ entry }) => entry.id === 'putuo-wenhuahelvyouju-42ebf6-2025-final')!;
  const shifted = budget.sourceIssues.find((s) => s.code === 'ROWS_SHIFTED')!;
  const src = shifted.src!;
  const table = budget.tables.find((t) => t.key === src.table)!;
  await page.goto(`./#/budget/${entry.id}`);
  await page.locator('[data-testid="source-issue"][data-code="ROWS_SHIFTED"] [data-testid^="source-issue-"]').click();
  await page.getByTestId('provenance-source-link').click();
  await expect(page.getByTestId('source-cited')).toBeFocused();
  await expect(page.getByTestId('source-cited').locator('[data-line]').first()).toHaveAttribute('data-line', String(src.lines[0]));
  await expect(page.getByTestId('source-heading')).toContainText(table.title);
  expect(w.errors).toEqual([]);
});

test('hostile and broken source links give a message, never a crash', async ({ page }) => {
  const w = watchPage(page);
  const id = budgets[0]!.entry.id;
  // Bad line range: a notice, and the document from line 1.
  await page.goto(`./#/source/${id}?lines=9-2`);
  await expect(page.getByTestId('route-problems')).toContainText('行号无效');
  await expect(page.getByTestId('source-text')).toBeVisible();
  await expect(page.getByTestId('source-cited')).toHaveCount(0);
  await expect(page.locator('[data-line]').first()).toHaveAttribute('data-line', '1');
  // Script in the table key is dropped, never run.
  await page.goto(`./#/source/${id}?lines=1-2&table=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.getByTestId('route-problems')).toContainText('报表名称无效');
  await expect(page.getByTestId('source-cited')).toBeVisible();
  // Lines past the end of the document.
  await page.goto(`./#/source/${id}?lines=999990-999999`);
  await expect(page.getByTestId('source-missing-lines')).toContainText('不在原文中');
  // A budget id that leaves data/, and one the index does not list.
  await page.goto('./#/source/..%2F..%2Fetc%2Fpasswd?lines=1-2');
  await expect(page.getByTestId('not-found')).toBeVisible();
  await page.goto('./#/source/no-such-budget-1999?lines=1-2');
  await expect(page.getByTestId('load-error')).toHaveAttribute('data-kind', 'unknownBudget');
  expect(w.errors).toEqual([]);
});

test('a source file that cannot be loaded is named in the message', async ({ page }) => {
  const { entry, budget } = budgets[0]!;
  await page.route('**/data/sources/**', (r) => r.fulfill({ status: 404, body: 'Not found' }));
  await page.goto(`./#/source/${entry.id}?lines=3-4`);
  await expect(page.getByTestId('source-load-error')).toContainText(budget.source);
  await expect(page.getByTestId('source-load-error')).toHaveAttribute('data-kind', 'notFound');
  await expect(page.getByTestId('source-page')).toBeVisible();
});

test('a long document renders a window around the citation; "show more" grows it', async ({ page }) => {
  const w = watchPage(page);
  const { entry, budget } = budgets.reduce((a, b) => (b.budget.tables.at(-1)!.lines[1] > a.budget.tables.at(-1)!.lines[1] ? b : a));
  await page.goto(`./#/source/${entry.id}?lines=${budget.expenditure.src.lines.join('-')}&table=${budget.expenditure.src.table}`);
  const total = Number(await page.getByTestId('source-text').getAttribute('data-total'));
  expect(total).toBeGreaterThan(1500);
  const [a, b] = budget.expenditure.src.lines;
  const first = Math.max(1, a - 300);
  const last = Math.min(total, b + 300);
  expect(await renderedLines(page)).toBe(last - first + 1);
  await expect(page.locator('[data-line]').first()).toHaveAttribute('data-line', String(first));
  await page.getByTestId('source-more-below').click();
  expect(await renderedLines(page)).toBe(Math.min(total, last + 300) - first + 1);
  await expect(page.locator('[data-line]').last()).toHaveAttribute('data-line', String(Math.min(total, last + 300)));
  await expect(page.getByTestId('source-more-above')).toHaveCount(first > 1 ? 1 : 0);
  expect(w.errors).toEqual([]);
});

for (const id of ['haizhu-data-bureau-2021', 'putuo-jiansheheguanliweiyuanhui-ee9982-2026', 'guangzhou-gov-affairs-office-2017']) {
  test(`${id} at 375 px: the page does not widen, the cited line is on screen`, async ({ page }) => {
    const w = watchPage(page);
    const { budget } = budgets.find(({ entry }) => entry.id === id)!;
    await page.setViewportSize({ width: 375, height: 800 });
    const { table, lines } = budget.expenditure.src;
    await page.goto(`./#/source/${id}?lines=${lines[0]}-${lines[1]}&table=${table}`);
    await expect(page.getByTestId('source-cited')).toBeInViewport();
    await expect(page.getByTestId('source-cited')).toBeFocused();
    const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.doc).toBeLessThanOrEqual(widths.view);
    await page.screenshot({ path: join(SHOTS, `source-${id}-375.png`) });
    expect(w.errors).toEqual([]);
  });
}
