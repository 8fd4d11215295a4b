/**
 * Tables view on the real app and real public/data: for every budget in index.json the totals rows equal the
 * JSON; then a reader's journey on each: sort (decimal order), filter, expand a tree row, open an amount's
 * source, expand a project's details, download the CSV of what is shown and check its figures. Screenshots at
 * 1280 and 375 px.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetOf, index, SHOTS, watchErrors } from './support/realData';
import { documentOf } from '../tests/fixtures/documents';
import type { Budget, FunctionalRow } from '../src/model/types';
import { sum, toAmount, dec } from '../src/model/decimal';
import { parseCsv, BOM } from '../src/model/csv';

/** Top-level 功能分类 rows as the table builds them: department rows (or all per-unit rows), no printed ancestor. */
function functionalTop(budget: Budget): FunctionalRow[] {
  const dept = budget.functional.filter((r) => r.unit === undefined);
  const rows = dept.length > 0 ? dept : budget.functional;
  const codes = new Set(rows.map((r) => r.code));
  const ancestors = (c: string) => (c.length === 7 ? [c.slice(0, 5), c.slice(0, 3)] : c.length === 5 ? [c.slice(0, 3)] : []);
  const seen = new Set<string>();
  return rows.filter((r) => {
    if (ancestors(r.code).some((a) => codes.has(a))) return false;
    // Department rows: a code printed twice counts once (the table keeps the first).
    if (dept.length > 0) {
      if (seen.has(r.code)) return false;
      seen.add(r.code);
    }
    return true;
  });
}

/** The 类 the table shows at the top: printed 类 rows, or (per-unit 项 only, as in 003) their 3-digit groups. */
function functionalClasses(budget: Budget): { code: string; total: string }[] {
  const by = new Map<string, string[]>();
  for (const r of functionalTop(budget)) by.set(r.code.slice(0, 3), [...(by.get(r.code.slice(0, 3)) ?? []), r.total]);
  return [...by.entries()].map(([code, totals]) => ({ code, total: toAmount(sum(totals)) }));
}

const amountsOf = async (page: Page, selector: string): Promise<string[]> =>
  page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('data-amount') ?? ''));

function isSorted(values: readonly string[], dir: 'asc' | 'desc'): boolean {
  for (let i = 1; i < values.length; i++) {
    const c = dec(values[i - 1]!).comparedTo(dec(values[i]!));
    if (dir === 'desc' ? c < 0 : c > 0) return false;
  }
  return true;
}

for (const entry of index.budgets) {
  test(`tables ${entry.id}: totals rows equal the JSON`, async ({ page }) => {
    const errors = watchErrors(page);
    const budget = budgetOf(entry.file);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./#/budget/${entry.id}/tables`);
    await expect(page.getByTestId('tables-view')).toBeVisible();

    const axe = await new AxeBuilder({ page }).include('[data-testid="tables-view"]').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // Every document prints the national 功能分类 and 经济分类 tables; projects and sub-units only where
    // tests/fixtures/documents.ts says it prints their table (else the tab is not offered).
    const doc = documentOf(budget.source);
    expect(budget.functional.length, 'functional rows').toBeGreaterThan(0);
    await page.getByTestId('tables-tab-functional').click();
    const top = functionalTop(budget);
    for (const k of ['total', 'basic', 'project'] as const) {
      await expect(page.getByTestId(`tables-total-${k}`)).toHaveAttribute('data-amount', toAmount(sum(top.map((r) => r[k]))));
      await expect(page.getByTestId(`tables-printed-${k}`)).toHaveAttribute('data-amount', budget.expenditure[k]);
    }

    expect(budget.economic.length, 'economic rows').toBeGreaterThan(0);
    await page.getByTestId('tables-tab-economic').click();
    // Every 款 sits under a printed 类 in these documents, so the table total is the sum of the 类 rows —
    // or, where a block prints 款 only, of those 款.
    const classes = budget.economic.filter((r) => r.code.length === 3);
    const orphans = budget.economic.filter(
      (r) => r.code.length === 5 && !classes.some((c) => c.code === r.code.slice(0, 3) && c.spending === r.spending && c.unit === r.unit),
    );
    await expect(page.getByTestId('tables-total-amount')).toHaveAttribute('data-amount', toAmount(sum([...classes, ...orphans].map((r) => r.amount))));

    if (doc.projectTable) {
      expect(budget.projects.length, `projects of the table on line ${doc.projectTable.line}`).toBeGreaterThan(0);
      await page.getByTestId('tables-tab-projects').click();
      await expect(page.getByTestId('tables-total-amount')).toHaveAttribute('data-amount', toAmount(sum(budget.projects.map((p) => p.amount))));
      await expect(page.getByTestId('tables-printed-amount')).toHaveAttribute('data-amount', budget.expenditure.project);
      await expect(page.locator('[data-testid^="tables-row-"]')).toHaveCount(budget.projects.length);
    } else {
      await expect(page.getByTestId('tables-tab-projects'), doc.noProjectTable).toHaveCount(0);
    }
    if (doc.unitTable) {
      await page.getByTestId('tables-tab-units').click();
      await expect(page.locator('[data-testid^="tables-row-"][data-depth="0"]')).toHaveCount(
        new Set([...budget.units.map((u) => u.code || u.name), ...budget.basicByUnit.map((b) => b.unit || b.unitName)]).size,
      );
    } else {
      await expect(page.getByTestId('tables-tab-units')).toHaveCount(0);
    }
    expect(errors).toEqual([]);
  });
}

// The reader's journey on each budget (every document prints a 功能分类 table).
for (const entry of index.budgets) {
  test(`tables ${entry.id}: sort, filter, expand, source note, CSV; screenshots`, async ({ page }) => {
    const errors = watchErrors(page);
    const budget = budgetOf(entry.file);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./#/budget/${entry.id}/tables`);
    await page.getByTestId('tables-tab-functional').click();
    const table = page.getByTestId('tables-table-functional');
    await expect(table).toBeVisible();
    const topRows = '[data-testid^="tables-row-"][data-depth="0"]';
    const topTotals = `${topRows} td:nth-child(3) button[data-amount]`;

    // Sort by 合计: descending first, then ascending — compared as decimals.
    await page.getByTestId('tables-sort-total').click();
    await expect(page.locator('th[aria-sort="descending"]')).toHaveCount(1);
    const desc = await amountsOf(page, topTotals);
    expect(desc.length).toBe(functionalClasses(budget).length);
    expect(isSorted(desc, 'desc'), desc.join(' ')).toBe(true);
    await page.getByTestId('tables-sort-total').click();
    const asc = await amountsOf(page, topTotals);
    expect(isSorted(asc, 'asc'), asc.join(' ')).toBe(true);
    expect([...asc].reverse()).toEqual(desc);

    // Expand the largest 类: its children appear one level down.
    const biggest = functionalClasses(budget).reduce((a, b) => (dec(b.total).greaterThan(dec(a.total)) ? b : a));
    const biggestRow = budget.functional.find((r) => r.code === biggest.code);
    const row = page.locator(`${topRows}`).filter({ has: page.locator('[data-testid="tables-code"]', { hasText: new RegExp(`^${biggest.code}$`) }) });
    const before = await page.locator('[data-testid^="tables-row-"]').count();
    await row.locator('[data-testid^="tables-expand-"]').click();
    await expect(row.locator('[data-testid^="tables-expand-"]')).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('[data-testid^="tables-row-"][data-depth="1"]').first()).toBeVisible();
    expect(await page.locator('[data-testid^="tables-row-"]').count()).toBeGreaterThan(before);

    // Click an amount: the source note names the table (number + title), the lines and the document.
    const cellButton = row.locator('td:nth-child(3) button[data-amount]');
    await cellButton.click();
    const note = page.getByTestId('tables-source-note');
    await expect(note).toBeVisible();
    await expect(note).toContainText(budget.source);
    // A printed 类 names its table; 003 prints no 类 rows (功能分类 per unit only, tests/fixtures/documents.ts):
    // its 类 is a computed sum and says so.
    if (documentOf(budget.source).functional === 'perUnit') {
      expect(biggestRow, `003 prints no 类 row ${biggest.code}`).toBeUndefined();
      await expect(note).toContainText('精确合计');
    } else {
      const srcTable = budget.tables.find((t) => t.key === biggestRow?.src.table);
      if (!srcTable) throw new Error(`${entry.id}: no table for the printed 类 ${biggest.code}`);
      await expect(note).toContainText(srcTable.title);
    }
    await page.keyboard.press('Escape');
    await expect(note).toHaveCount(0);

    await page.getByTestId('tables-expand-all').click();
    await page.mouse.move(1, 1);
    await page.getByTestId('tables-view').screenshot({ path: join(SHOTS, `tables-${entry.id}-1280.png`) });

    // Filter by the name of a deep row: it shows up with its ancestors; unrelated 类 are gone.
    // Department rows, or (003, per unit only, as tests/fixtures/documents.ts says) a unit's row.
    const perUnit = documentOf(budget.source).functional === 'perUnit';
    const deep = budget.functional.find((r) => r.level === 'xiang' && (perUnit ? r.unit !== undefined : r.unit === undefined));
    if (!deep) throw new Error(`${entry.id}: no 项 row to filter by`);
    await page.getByTestId('tables-filter').fill(deep.name);
    await expect(page.locator('[data-testid="tables-name"]', { hasText: deep.name }).first()).toBeVisible();
    const shownTop = await page.locator(`${topRows} [data-testid="tables-code"]`).allTextContents();
    expect(shownTop).toContain(deep.code.slice(0, 3));
    expect(shownTop.length).toBeLessThanOrEqual(functionalClasses(budget).length);
    await page.getByTestId('tables-filter').fill('没有这个名称的科目');
    await expect(page.getByTestId('tables-empty')).toBeVisible();
    await page.getByTestId('tables-filter').fill(deep.name);

    // CSV of what is shown: BOM, header, the rows the filter keeps (the whole tree, expanded), then the totals row
    // of exactly those rows, saying it is a filtered sum — figures as printed.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('tables-csv').click()]);
    expect(download.suggestedFilename()).toBe(`${entry.id}-functional.csv`);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith(BOM)).toBe(true);
    const csv = parseCsv(text);
    const shownRows = await page.locator('[data-testid^="tables-row-"]').count();
    // Header, the rows shown (the filter opened the tree), the filtered totals row; the printed 支出总计 is of the
    // whole table, so it stays out of a filtered file.
    await expect(page.getByTestId('tables-printed-total')).toHaveCount(1);
    expect(csv.length).toBe(1 + shownRows + 1);
    expect(csv[0]?.slice(0, 4)).toEqual(['层级', '编码', '功能分类科目', '合计']);
    const totalsLine = csv[1 + shownRows]!;
    expect(totalsLine[2]).toMatch(/^合计（筛选所得 \d+ 行之和）$/);
    // Department rows as printed; where only per-unit rows exist (003), the code's rows added over units.
    const same = budget.functional.filter((r) => r.code === deep.code && (deep.unit === undefined ? r.unit === undefined : r.unit !== undefined));
    const line = csv.find((r) => r[1] === deep.code);
    expect(line?.[3]).toBe(same.length === 1 ? deep.total : toAmount(sum(same.map((r) => r.total))));
    expect(line?.[4]).toBe(same.length === 1 ? deep.basic : toAmount(sum(same.map((r) => r.basic))));
    expect(line?.[5]).toBe(same.length === 1 ? deep.project : toAmount(sum(same.map((r) => r.project))));
    // The last column says where each row comes from.
    expect(line?.[line.length - 1]).toMatch(same.length === 1 ? /行|line/ : /计算|computed/);
    await page.getByTestId('tables-filter').fill('');

    // Phone width: the table scrolls inside its box, the page does not.
    await page.setViewportSize({ width: 375, height: 800 });
    await expect(table).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.mouse.move(1, 1);
    await page.getByTestId('tables-view').screenshot({ path: join(SHOTS, `tables-${entry.id}-375.png`) });

    expect(errors).toEqual([]);
  });
}

test('tables: project details expand; economic tree; sort by a funding column', async ({ page }) => {
  const errors = watchErrors(page);
  // The first budget whose document prints a project table (tests/fixtures/documents.ts): 000.
  const entry = index.budgets.find((e) => documentOf(e.source).projectTable);
  if (!entry) throw new Error('no source document prints a project table');
  const budget = budgetOf(entry.file);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`./#/budget/${entry.id}/tables`);
  await page.getByTestId('tables-tab-projects').click();
  const p = budget.projects.find((x) => x.content || x.targets || x.indicators);
  if (!p) throw new Error(`${entry.id}: no project with its 项目内容 / 绩效目标 read`);
  await page.getByTestId(`tables-expand-p:${p.id}`).click();
  const detail = page.getByTestId(`tables-detail-p:${p.id}`);
  await expect(detail).toBeVisible();
  const text = (p.content ?? p.targets ?? p.indicators ?? '').slice(0, 12);
  await expect(detail).toContainText(text);

  // Sort projects by amount (decimal order).
  await page.getByTestId('tables-sort-amount').click();
  await expect(page.locator('th[aria-sort="descending"]')).toHaveCount(1);
  const first = await page.locator('[data-testid^="tables-row-"]').first().getAttribute('data-testid');
  const max = budget.projects.reduce((a, b) => (dec(b.amount).greaterThan(dec(a.amount)) ? b : a));
  // Ties keep their printed order; the first row has the largest amount.
  const firstId = first?.replace('tables-row-p:', '');
  expect(dec(budget.projects.find((x) => x.id === firstId)!.amount).equals(dec(max.amount))).toBe(true);
  await page.mouse.move(1, 1);
  await page.getByTestId('tables-view').screenshot({ path: join(SHOTS, `tables-${entry.id}-projects-1280.png`) });

  await page.getByTestId('tables-tab-economic').click();
  await page.getByTestId('tables-expand-all').click();
  const kuan = budget.economic.find((r) => r.code.length === 5)!;
  await expect(page.locator('[data-testid="tables-code"]', { hasText: new RegExp(`^${kuan.code}$`) }).first()).toBeVisible();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.mouse.move(1, 1);
  await page.getByTestId('tables-view').screenshot({ path: join(SHOTS, `tables-${entry.id}-economic-375.png`) });
  // On a phone the source note of an amount opens fully inside the screen, not clipped by the table's box.
  const amountButton = page.locator('[data-testid^="tables-row-"] button[data-amount]').last();
  await amountButton.scrollIntoViewIfNeeded();
  await amountButton.click();
  const note = page.getByTestId('tables-source-note');
  await expect(note).toBeVisible();
  const box = (await note.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  await expect(note).toContainText(budget.source);
  await page.screenshot({ path: join(SHOTS, `tables-${entry.id}-source-375.png`) });
  expect(errors).toEqual([]);
});
