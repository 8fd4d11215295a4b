/**
 * The source trail (issue 12): from any figure, two clicks reach its printed line, highlighted and in
 * view — on every budget of index.json (derived, never listed), in Chinese and English, at 1280 and 375
 * px. Then the other ends of the trail: a table's source note, the embed's credit, the page markers of
 * a text that keeps the PDF's page breaks, the department's own publication, and the printed page.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatAmount } from '../src/model/format';
import { linePages } from '../src/model/sourceView';
import { budgetOf, DATA, index, SHOTS } from './support/realData';
import { watchPage } from './support/pageWatch';

const budgets = index.budgets.map((entry) => ({ entry, budget: budgetOf(entry.file) }));
const bare = (s: string) => s.replace(/[\s,，]/gu, '');
const sourceText = (file: string) => readFileSync(join(DATA, 'sources', file), 'utf8');
const SIZES = [
  { width: 1280, height: 900 },
  { width: 375, height: 800 },
] as const;

async function citedText(page: Page): Promise<string> {
  return (await page.getByTestId('source-cited').getByTestId('source-line-text').allTextContents()).join('\n');
}

for (const { entry, budget } of budgets) {
  for (const lang of ['zh', 'en'] as const) {
    for (const size of SIZES) {
      test(`${entry.id} ${lang} ${size.width}px: 支出总计 → popover → its line, marked and in view`, async ({ page }) => {
        const w = watchPage(page);
        await page.setViewportSize(size);
        await page.goto(`./#/budget/${entry.id}/treemap${lang === 'en' ? '?lang=en' : ''}`);
        // Click 1: the figure.
        await page.getByTestId('headline-total').click();
        await expect(page.getByTestId('provenance')).toBeVisible();
        // Click 2: its source link.
        await page.getByTestId('provenance-source-link').click();
        const { table, lines } = budget.expenditure.src;
        const langQ = lang === 'en' ? '&lang=en' : '';
        await expect(page).toHaveURL(new RegExp(`#/source/${entry.id}\\?lines=${lines[0]}-${lines[1]}&table=${table}${langQ}$`));
        const cited = page.getByTestId('source-cited');
        await expect(cited).toBeInViewport();
        await expect(cited).toBeFocused();
        // Highlighted: the cited block has its own background, unlike the text around it.
        const bg = await cited.evaluate((el) => getComputedStyle(el).backgroundColor);
        expect(bg).not.toBe('rgba(0, 0, 0, 0)');
        await expect(cited.locator('[data-line]').first()).toHaveAttribute('data-line', String(lines[0]));
        expect(bare(await citedText(page))).toContain(bare(formatAmount(budget.expenditure.total)));
        // Where the text keeps the PDF's page breaks, the cited line's page is named.
        const pages = linePages(sourceText(budget.source));
        if (pages) {
          await expect(page.getByTestId('source-cited-page')).toHaveAttribute('data-page', String(pages[lines[0] - 1]));
        } else {
          await expect(page.getByTestId('source-cited-page')).toHaveCount(0);
          await expect(page.getByTestId('source-page-marker')).toHaveCount(0);
        }
        const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }));
        expect(widths.doc).toBeLessThanOrEqual(widths.view);
        if (entry === budgets[budgets.length - 1]?.entry) await page.screenshot({ path: join(SHOTS, `trail-${entry.id}-${lang}-${size.width}.png`) });
        expect(w.errors).toEqual([]);
        expect(w.failed).toEqual([]);
      });
    }
  }
}

test('a check’s reference → popover → its line', async ({ page }) => {
  const w = watchPage(page);
  const { entry, budget } = budgets.find(({ budget }) => budget.checks.some((c) => c.status === 'fail'))!;
  await page.goto(`./#/budget/${entry.id}`);
  const ref = page.locator('[data-testid="check-failed"] [data-testid^="check-src-"]').first();
  const text = (await ref.textContent()) ?? '';
  const line = Number(/(\d+)/u.exec(text.split('·').at(-1) ?? '')?.[1]);
  await ref.click();
  await page.getByTestId('provenance-source-link').click();
  await expect(page.getByTestId('source-cited')).toBeInViewport();
  await expect(page.getByTestId('source-cited').locator('[data-line]').first()).toHaveAttribute('data-line', String(line));
  expect(budget.checks.some((c) => c.refs.some((r) => r.lines[0] === line))).toBe(true);
  expect(w.errors).toEqual([]);
});

for (const lang of ['zh', 'en'] as const) {
  test(`a table’s source note links the row’s line (${lang})`, async ({ page }) => {
    const w = watchPage(page);
    const { entry, budget } = budgets[0]!;
    await page.goto(`./#/budget/${entry.id}/tables?tab=functional${lang === 'en' ? '&lang=en' : ''}`);
    const amount = page.locator('[data-testid="tables-view"] tbody button[data-amount]:not([class*="isComputed"])').first();
    await amount.click();
    const link = page.getByTestId('tables-source-link');
    await expect(link).toHaveText(lang === 'en' ? 'View in the document' : '查看原文');
    const href = (await link.getAttribute('href'))!;
    const m = /lines=(\d+)-(\d+)&table=([\w.-]+)/u.exec(href)!;
    expect(budget.tables.some((t) => t.key === m[3])).toBe(true);
    await link.click();
    await expect(page.getByTestId('source-cited')).toBeInViewport();
    await expect(page.getByTestId('source-cited').locator('[data-line]').first()).toHaveAttribute('data-line', m[1]!);
    expect(w.errors).toEqual([]);
  });
}

test('the embed’s credit links the cited document (new window, no opener)', async ({ page }) => {
  const w = watchPage(page);
  const { entry, budget } = budgets[0]!;
  await page.goto(`./#/embed/${entry.id}/treemap?lang=en`);
  const link = page.getByTestId('embed-source-link');
  await expect(link).toContainText('Source document');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener');
  const { table, lines } = budget.expenditure.src;
  await expect(link).toHaveAttribute('href', new URL(`#/source/${entry.id}?lines=${lines[0]}-${lines[1]}&table=${table}&lang=en`, page.url()).href);
  expect(w.errors).toEqual([]);
});

test('page markers (第 N 页) where the text keeps the PDF’s page breaks', async ({ page }) => {
  const w = watchPage(page);
  const { entry, budget } = budgets.find(({ budget }) => linePages(sourceText(budget.source)) !== null)!;
  const pages = linePages(sourceText(budget.source))!;
  const { table, lines } = budget.expenditure.src;
  await page.goto(`./#/source/${entry.id}?lines=${lines[0]}-${lines[1]}&table=${table}`);
  await expect(page.getByTestId('source-cited-page')).toContainText(`原文第 ${pages[lines[0] - 1]} 页`);
  // A marker before the first line of every page in the window, naming that page.
  const markers = page.getByTestId('source-page-marker');
  const first = Number(await page.locator('[data-line]').first().getAttribute('data-line'));
  const last = Number(await page.locator('[data-line]').last().getAttribute('data-line'));
  const starts = new Set([first]);
  for (let n = first + 1; n <= last; n++) if (pages[n - 1] !== pages[n - 2]) starts.add(n);
  await expect(markers).toHaveCount(starts.size);
  const p = pages[lines[0] - 1]!;
  await expect(markers.filter({ hasText: `第 ${p} 页` })).toHaveCount(1);
  await page.getByTestId('source-cited').screenshot({ path: join(SHOTS, `trail-pages-${entry.id}.png`) });
  await page.screenshot({ path: join(SHOTS, `trail-pages-${entry.id}-view.png`) });
  // No publication is stated for it (none of data/sources prints an address): no link.
  await expect(page.getByTestId('source-publication')).toHaveCount(0);
  expect(w.errors).toEqual([]);
});

test('a stated publication is linked at the cited page (test data: the address is example.org)', async ({ page }) => {
  const w = watchPage(page);
  const { entry, budget } = budgets.find(({ budget }) => linePages(sourceText(budget.source)) !== null)!;
  const pages = linePages(sourceText(budget.source))!;
  const url = 'https://example.org/putuo/document.pdf';
  await page.route(`**/data/${entry.file}`, (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...budget, publication: { url } }) }));
  const { table, lines } = budget.expenditure.src;
  await page.goto(`./#/source/${entry.id}?lines=${lines[0]}-${lines[1]}&table=${table}&lang=en`);
  const link = page.getByTestId('source-publication');
  await expect(link).toContainText('Official publication');
  await expect(link).toHaveAttribute('href', `${url}#page=${pages[lines[0] - 1]}`);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener');
  expect(w.errors).toEqual([]);
});

test('a publication that is not http(s) is never linked', async ({ page }) => {
  const { entry, budget } = budgets[0]!;
  await page.route(`**/data/${entry.file}`, (r) =>
    r.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...budget, publication: { url: 'javascript:alert(1)' } }) }),
  );
  await page.goto(`./#/source/${entry.id}`);
  await expect(page.getByTestId('source-text')).toBeVisible();
  await expect(page.getByTestId('source-publication')).toHaveCount(0);
});

for (const lang of ['zh', 'en'] as const) {
  test(`printing a budget page: a report without controls, its sources listed (${lang})`, async ({ page }) => {
    const w = watchPage(page);
    const { entry, budget } = budgets.find(({ budget }) => budget.checks.some((c) => c.status === 'fail'))!;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./#/budget/${entry.id}/treemap${lang === 'en' ? '?lang=en' : ''}`);
    await expect(page.getByTestId('treemap-svg')).toBeVisible();
    await expect(page.getByTestId('print-sources')).toBeHidden();
    const controls = page.locator('main button[class*="_button_"]:visible');
    expect(await controls.count()).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    for (const id of ['search', 'lang-switch', 'view-nav', 'view-tools', 'back-link', 'budget-context-links', 'skip-link']) {
      await expect(page.getByTestId(id), id).toBeHidden();
    }
    // No control buttons (ui.button: 嵌入, 下载, show more…); figures, source references and glossary terms are
    // buttons on screen and plain text on paper.
    expect(await controls.count()).toBe(0);
    // The report: title, headline, chart, checks (every one, the disclosures open), sources.
    await expect(page.locator('h1')).toContainText(budget.department);
    await expect(page.getByTestId('headline-total')).toBeVisible();
    await expect(page.getByTestId('treemap-svg')).toBeVisible();
    await expect(page.locator('[data-testid="check-failed"]:visible')).toHaveCount(budget.checks.filter((c) => c.status === 'fail').length);
    const sources = page.getByTestId('print-sources');
    await expect(sources).toBeVisible();
    await expect(sources).toContainText(budget.source);
    await expect(sources.locator('li')).toHaveCount(budget.tables.length);
    await expect(sources).toContainText(new URL(`#/source/${entry.id}${lang === 'en' ? '?lang=en' : ''}`, page.url()).href);
    // The chart fits the page width of paper (A4 less margins is about 718 CSS px).
    await page.setViewportSize({ width: 718, height: 900 });
    const svgWidth = await page.getByTestId('treemap-svg').evaluate((el) => el.getBoundingClientRect().width);
    expect(svgWidth).toBeLessThanOrEqual(718);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(SHOTS, `print-${entry.id}-${lang}.png`), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(w.errors).toEqual([]);
  });
}
