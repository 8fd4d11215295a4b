/**
 * 数据核对 as a reader sees it, against the real public/data (read here, never hard-coded counts):
 * contradictions apart from rounding differences in the catalog and on every budget page, rounding never
 * in red, each check's figures worded by what they are, and every source issue (原文提取问题) shown with
 * its table and line.
 */
import { expect, test, type Locator } from '@playwright/test';
import { budgetOf, index, watchErrors } from './support/realData';
import { checkText } from './support/checkText';
import { zh } from '../src/app/i18n/zh';
import { en } from '../src/app/i18n/en';
import { formatAmount } from '../src/model/format';
import { groupChecks } from '../src/model/checkStatus';

const budgets = index.budgets.map((e) => ({ entry: e, budget: budgetOf(e.file) }));
const RED = 'rgb(179, 38, 30)'; // --color-error-line
const RED_BG = 'rgb(253, 236, 236)'; // --color-error-bg

async function colours(l: Locator): Promise<string[]> {
  return l.evaluateAll((els) =>
    els.flatMap((e) => {
      const s = getComputedStyle(e);
      return [s.color, s.backgroundColor, s.borderLeftColor];
    }),
  );
}

test('catalog: contradictions and rounding differences counted apart, as index.json says, rounding never red', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#/');
  for (const { entry } of budgets) {
    const { failed, rounding } = entry.checks;
    const f = page.getByTestId(`catalog-failed-${entry.id}`);
    const r = page.getByTestId(`catalog-rounding-${entry.id}`);
    await expect(f).toHaveAttribute('data-count', String(failed));
    await expect(f).toHaveText(zh.catalogFailed(failed));
    // Red only where there is a contradiction; zero said plainly.
    if (failed > 0) await expect(f).toHaveCSS('color', RED);
    else expect(await colours(f)).not.toContain(RED);
    await expect(r).toHaveAttribute('data-count', String(rounding));
    await expect(r).toHaveText(zh.catalogRounding(rounding));
    expect(await colours(r)).not.toContain(RED);
  }
  // At least one budget has contradictions and rounding differences both (the data of this site does).
  expect(budgets.some(({ entry }) => entry.checks.failed > 0 && entry.checks.rounding > 0)).toBe(true);
  expect(errors).toEqual([]);
});

test('catalog: a source-issue marker on each budget that has source issues, none on the others', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#/');
  const withIssues = budgets.filter(({ budget }) => budget.sourceIssues.length > 0);
  const without = budgets.filter(({ budget }) => budget.sourceIssues.length === 0);
  expect(withIssues.map(({ entry }) => entry.id)).toContain('putuo-wenhuahelvyouju-42ebf6-2025-final');
  for (const { entry, budget } of withIssues) {
    const m = page.getByTestId(`catalog-issues-${entry.id}`);
    await expect(m).toHaveAttribute('data-count', String(budget.sourceIssues.length));
    await expect(m).toHaveText(zh.catalogSourceIssues(budget.sourceIssues.length));
  }
  // Every marker that will come has come (the last one above); the others have none.
  for (const { entry } of without) await expect(page.getByTestId(`catalog-issues-${entry.id}`)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('catalog in English: the same counts, worded in English', async ({ page }) => {
  await page.goto('./#/?lang=en');
  for (const { entry } of budgets) {
    await expect(page.getByTestId(`catalog-failed-${entry.id}`)).toHaveText(en.catalogFailed(entry.checks.failed));
    await expect(page.getByTestId(`catalog-rounding-${entry.id}`)).toHaveText(en.catalogRounding(entry.checks.rounding));
  }
});

for (const { entry, budget } of budgets) {
  test(`${entry.id}: contradictions and the rounding group apart, counts as in the JSON`, async ({ page }) => {
    const errors = watchErrors(page);
    const g = groupChecks(budget.checks);
    await page.goto(`./#/budget/${entry.id}/tables`);
    const section = page.getByTestId('checks');
    await expect(section).toHaveAttribute('data-failed', String(g.contradictions.length));
    await expect(section).toHaveAttribute('data-rounding', String(g.rounding.length));
    await expect(page.getByTestId('checks-summary')).toHaveText(zh.checksSummaryText(g.contradictions.length, g.rounding.length, g.total));
    await expect(section.getByTestId('check-failed')).toHaveCount(g.contradictions.length);
    // Every rounding difference sits in the rounding group, none among the contradictions.
    await expect(page.getByTestId('rounding-checks').getByTestId('check-rounding')).toHaveCount(g.rounding.length);
    await expect(section.getByTestId('check-rounding')).toHaveCount(g.rounding.length);
    await expect(section.locator('[data-testid="contradictions"] [data-testid="check-rounding"]')).toHaveCount(0);
    // Every source issue is listed.
    await expect(section.getByTestId('source-issue')).toHaveCount(budget.sourceIssues.length);
    expect(errors).toEqual([]);
  });
}

test('haizhu-data-bureau-2021: contradictions first, largest first; rounding collapsed below, explained, never red', async ({ page }) => {
  const errors = watchErrors(page);
  const { budget } = budgets.find(({ entry }) => entry.id === 'haizhu-data-bureau-2021')!;
  const g = groupChecks(budget.checks);
  expect(g.contradictions.length).toBeGreaterThan(0);
  expect(g.rounding.length).toBeGreaterThan(0);
  await page.goto('./#/budget/haizhu-data-bureau-2021');
  const first = page.getByTestId('check-failed').first();
  await expect(first.getByTestId('check-sentence')).toHaveText(checkText(budget, g.contradictions[0]!, 'zh'));
  const group = page.getByTestId('rounding-checks');
  // Collapsed by default; the contradictions come before it.
  await expect(group).not.toHaveAttribute('open', /.*/);
  await expect(group.getByTestId('check-rounding').first()).toBeHidden();
  const order = await page.evaluate(() => {
    const c = document.querySelector('[data-testid="contradictions"]');
    const r = document.querySelector('[data-testid="rounding-checks"]');
    return c && r ? c.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  });
  expect(order).toBeGreaterThan(0);
  await expect(page.getByTestId('rounding-summary')).toHaveText(zh.roundingTitle(g.rounding.length));
  await page.getByTestId('rounding-summary').click();
  await expect(page.getByTestId('rounding-explain')).toHaveText(zh.roundingExplain);
  const items = group.getByTestId('check-rounding');
  await expect(items.first()).toBeVisible();
  await expect(items.first().getByTestId('check-sentence')).toHaveText(checkText(budget, g.rounding[0]!, 'zh'));
  // Its figures and difference as printed, and its source lines as links.
  await expect(items.first().getByTestId('check-expected')).toContainText(formatAmount(g.rounding[0]!.expected));
  await expect(items.first().getByTestId('check-actual')).toContainText(formatAmount(g.rounding[0]!.actual));
  await expect(items.first().locator('[data-testid^="check-src-"]').first()).toBeVisible();
  // No red on any rounding item, its text or its border; a contradiction is red.
  for (const l of [items, items.locator('*')]) {
    const cs = await colours(l);
    expect(cs).not.toContain(RED);
    expect(cs).not.toContain(RED_BG);
  }
  await expect(items.first()).toHaveAttribute('data-testid', 'check-rounding');
  expect(await colours(first)).toContain(RED);
  expect(errors).toEqual([]);
});

test('a check’s two figures are worded by what they are: a limit and a figure; a printed total and its parts', async ({ page }) => {
  await page.goto('./#/budget/haizhu-data-bureau-2021');
  const within = page.locator('[data-testid="check-failed"][data-code="PROCUREMENT_WITHIN_BUDGET"]').first();
  await expect(within.locator('dt').nth(0)).toHaveText(zh.checkFigures.limit.expected);
  await expect(within.locator('dt').nth(1)).toHaveText(zh.checkFigures.limit.actual);
  await expect(within).not.toContainText('实际相加');
  const narrative = page.locator('[data-testid="check-failed"][data-code="NARRATIVE_MATCHES_TABLE"]').first();
  await expect(narrative.locator('dt').nth(0)).toHaveText(zh.checkFigures.narrative.expected);
  await expect(narrative.locator('dt').nth(1)).toHaveText(zh.checkFigures.narrative.actual);
  const sum = page.locator('[data-testid="check-rounding"][data-code="FUNCTIONAL_CHILDREN_SUM"]').first();
  await expect(sum.locator('dt').nth(0)).toHaveText(zh.checkFigures.sum.expected);
  await expect(sum.locator('dt').nth(1)).toHaveText(zh.checkFigures.sum.actual);
  await page.goto('./#/budget/haizhu-data-bureau-2021?lang=en');
  await expect(page.locator('[data-testid="check-failed"][data-code="PROCUREMENT_WITHIN_BUDGET"]').first().locator('dt').nth(0)).toHaveText(
    en.checkFigures.limit.expected,
  );
});

test('putuo wenlvju 决算: its ROWS_SHIFTED source issue is shown, with its table and line in the popover', async ({ page }) => {
  const errors = watchErrors(page);
  const { budget } = budgets.find(({ entry }) => entry.id === 'putuo-wenhuahelvyouju-42ebf6-2025-final')!;
  const shifted = budget.sourceIssues.find((s) => s.code === 'ROWS_SHIFTED')!;
  expect(shifted.src).toBeDefined();
  const table = budget.tables.find((t) => t.key === shifted.src!.table)!;
  await page.goto('./#/budget/putuo-wenhuahelvyouju-42ebf6-2025-final');
  await expect(page.getByTestId('source-issues')).toHaveAttribute('data-count', String(budget.sourceIssues.length));
  const item = page.locator('[data-testid="source-issue"][data-code="ROWS_SHIFTED"]');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(shifted.message);
  await expect(item).toContainText(table.title);
  await item.locator('[data-testid^="source-issue-"]').click();
  await expect(page.getByTestId('provenance')).toBeVisible();
  await expect(page.getByTestId('provenance-doc')).toHaveText(budget.source);
  await expect(page.getByTestId('provenance-table')).toContainText(table.title);
  await expect(page.getByTestId('provenance-lines')).toContainText(String(shifted.src!.lines[0]));
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('provenance')).toHaveCount(0);
  await expect(item.locator('[data-testid^="source-issue-"]')).toBeFocused();
  expect(errors).toEqual([]);
});

/** Words of the Chinese sentences (and of the normalizer's Chinese message) that an English page never shows. */
const CHINESE_WORDING = /应为|应等于|相差|印为|之和|一致|超过/u;

for (const id of ['haizhu-data-bureau-2021', 'putuo-renminzhengfushiquanlujiedaobanshichu-f7b1fe-2025-final']) {
  test(`${id}: every check is worded in the page's language from its code and params — English in English, Chinese in Chinese`, async ({ page }) => {
    const errors = watchErrors(page);
    const { budget } = budgets.find(({ entry }) => entry.id === id)!;
    const g = groupChecks(budget.checks);
    const shown = [...g.contradictions, ...g.rounding];
    for (const lang of ['zh', 'en'] as const) {
      await page.goto(`./#/budget/${id}${lang === 'en' ? '?lang=en' : ''}`);
      const section = page.getByTestId('checks');
      await expect(section.getByTestId('check-sentence')).toHaveCount(shown.length);
      // Open the collapsed groups: every sentence is then visible, in the order of the lists.
      for (const d of ['more-checks', 'rounding-checks']) {
        const details = section.getByTestId(d);
        if ((await details.count()) > 0) await details.locator('summary').first().click();
      }
      const sentences = section.getByTestId('check-sentence');
      await expect(sentences).toHaveText(shown.map((c) => checkText(budget, c, lang)));
      await expect(section.getByTestId('check-rule')).toHaveText(shown.map((c) => ({ zh, en })[lang].checkNames[c.code]));
      const texts = await sentences.allTextContents();
      if (lang === 'en') {
        for (const t of texts) expect(t).not.toMatch(CHINESE_WORDING);
        // No check falls back to the Chinese message with its "original wording" note.
        await expect(section).not.toContainText(en.checkMessageNote);
        await expect(section.locator('[data-testid="check-message"] [lang="zh-CN"], [data-testid="check-sentence"] [lang="zh-CN"]')).toHaveCount(0);
      } else {
        for (const t of texts) expect(t).toMatch(/之和|印为|超过/u);
      }
    }
    expect(errors).toEqual([]);
  });
}
