/**
 * Journeys through every budget listed in the real public/data/index.json (read here, never hard-coded):
 * the catalog, headline figures equal to the JSON, provenance, failed checks, the treemap drilled three
 * levels and back (mouse, keyboard, breadcrumb, Back button), a reloaded deep link, the language switch,
 * and the page at 375 px with touch. Screenshots of each view per budget go to test-results/screenshots/.
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { budgetOf, index, SHOTS, watchErrors } from './support/realData';
import { documentOf } from '../tests/fixtures/documents';
import { checkText } from './support/checkText';
import { formatAmount } from '../src/model/format';
import { Decimal } from '../src/model/decimal';

/** Keys of the cells on screen, in layout order (largest first). */
async function cellKeys(page: Page): Promise<string[]> {
  return page.locator('[data-testid^="treemap-node-"]').evaluateAll((els) => els.map((e) => (e as SVGGElement).dataset.key ?? ''));
}

/** Hash part of the URL. */
async function hashOf(page: Page): Promise<string> {
  return page.evaluate(() => decodeURIComponent(location.hash));
}

/** Every label inside its cell, measured with the browser's real fonts. */
async function expectLabelsInsideCells(page: Page): Promise<void> {
  const bad = await page.evaluate(() => {
    const out: string[] = [];
    for (const g of document.querySelectorAll<SVGGElement>('[data-testid^="treemap-node-"]')) {
      const rect = g.querySelector('rect');
      const text = g.querySelector('text');
      if (!rect || !text) continue;
      const r = rect.getBBox();
      const t = text.getBBox();
      if (t.x < r.x - 0.5 || t.y < r.y - 0.5 || t.x + t.width > r.x + r.width + 0.5 || t.y + t.height > r.y + r.height + 0.5) {
        out.push(`${g.dataset.key}: text ${Math.round(t.width)}×${Math.round(t.height)} in cell ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return out;
  });
  expect.soft(bad, 'labels spilling out of their cells').toEqual([]);
}

test('the catalog lists every budget with its total, sorts, and adds nothing up', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#/');
  for (const b of index.budgets) {
    await expect(page.getByTestId(`catalog-total-${b.id}`)).toHaveText(formatAmount(b.total));
    // Only 000 (the grid centre, unit 550004 of 001) is part of another budget (data/departments.json).
    await expect(page.getByTestId(`catalog-partof-${b.id}`)).toHaveCount(b.partOf ? 1 : 0);
  }
  await expect(page.getByTestId('no-grand-total')).toBeVisible();
  // Sort by total, largest first, then smallest first.
  await page.getByTestId('sort-total').click();
  const order = async () =>
    page.locator('[data-testid^="catalog-row-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')?.replace('catalog-row-', '')));
  // Totals are printed in 元 or 万元: the money is compared, exactly (1 万元 = 10,000 元).
  const inYuan = (b: (typeof index.budgets)[number]) => new Decimal(b.total).times(b.unit === '万元' ? 10000 : 1);
  const desc = [...index.budgets].sort((a, b) => inYuan(b).comparedTo(inYuan(a))).map((b) => b.id);
  expect(await order()).toEqual(desc);
  await expect(page.locator('th[aria-sort="descending"]')).toHaveCount(1);
  await page.getByTestId('sort-total').click();
  expect(await order()).toEqual([...desc].reverse());
  await page.getByTestId('sort-year').click();
  const years = await page.locator('[data-testid^="catalog-row-"] td:nth-of-type(2)').allTextContents();
  expect(years.map(Number)).toEqual([...years.map(Number)].sort((a, b) => b - a));
  await page.screenshot({ path: join(SHOTS, 'catalog-1280.png'), fullPage: true });
  expect(errors).toEqual([]);
});

for (const entry of index.budgets) {
  const budget = budgetOf(entry.file);
  const id = entry.id;

  test.describe(`${id}`, () => {
    test('headline figures equal the JSON, and each names its source', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`./#/budget/${id}/treemap`);
      await expect(page.getByTestId('headline-total')).toContainText(formatAmount(budget.expenditure.total));
      await expect(page.getByTestId('headline-total')).toHaveAttribute('data-amount', budget.expenditure.total);
      await expect(page.getByTestId('headline-income-total')).toHaveAttribute('data-amount', budget.incomeTotal);
      await expect(page.getByTestId('headline-basic')).toHaveAttribute('data-amount', budget.expenditure.basic);
      await expect(page.getByTestId('headline-project')).toHaveAttribute('data-amount', budget.expenditure.project);
      // Every document prints the national 三公经费 table.
      if (!budget.threePublic) throw new Error(`${id}: no 三公经费 read`);
      await expect(page.getByTestId('headline-three-public')).toHaveAttribute('data-amount', budget.threePublic.total);
      // The catalog total is the same figure.
      expect(entry.total).toBe(budget.expenditure.total);

      // Provenance: document, table (number and title) and lines.
      await page.getByTestId('headline-total').click();
      const pop = page.getByTestId('provenance');
      await expect(pop).toBeVisible();
      await expect(page.getByTestId('provenance-doc')).toHaveText(budget.source);
      const table = budget.tables.find((t) => t.key === budget.expenditure.src.table);
      if (!table) throw new Error(`${id}: the expenditure's table ${budget.expenditure.src.table} is not in tables[]`);
      await expect(page.getByTestId('provenance-table')).toContainText(table.title);
      const [first] = budget.expenditure.src.lines;
      await expect(page.getByTestId('provenance-lines')).toContainText(String(first));
      await page.keyboard.press('Escape');
      await expect(pop).toHaveCount(0);
      await expect(page.getByTestId('headline-total')).toBeFocused();

      // Failed checks listed in plain words, as many as the JSON has, the largest difference first.
      // As many as tests/fixtures/documents.ts says the document has (README's table).
      const failed = budget.checks.filter((c) => c.status === 'fail');
      const contradictions = documentOf(budget.source).contradictions;
      expect(failed).toHaveLength(contradictions);
      await expect(page.getByTestId('check-failed')).toHaveCount(contradictions);
      // The largest difference first (where there is none, the count above asserted the empty list).
      const [largest] = [...failed].sort((a, b) => new Decimal(b.difference).abs().comparedTo(new Decimal(a.difference).abs()));
      if (contradictions > 0) await expect(page.getByTestId('check-failed').first()).toContainText(checkText(budget, largest!, 'zh'));
      expect(errors).toEqual([]);
    });

    test('treemap: drill three levels in and back out, by mouse, breadcrumb, Escape and Back', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`./#/budget/${id}/treemap`);
      await expect(page.getByTestId('treemap-svg')).toBeVisible();
      const top = await cellKeys(page);
      expect(top.length).toBeGreaterThan(0);
      // Level 1 (类) → 2 (款) → 3 (项): click the largest cell that can be opened, twice.
      const path: string[] = [];
      for (let level = 0; level < 2; level++) {
        const target = page.locator('[data-testid^="treemap-node-"][data-drillable]').first();
        await expect(target).toBeVisible();
        const key = (await target.getAttribute('data-key')) ?? '';
        await target.click();
        path.push(key);
        await expect(page.getByTestId('treemap-crumb-current')).toContainText(key);
        expect(await hashOf(page)).toContain(`path=${path.join(',')}`);
        // Children's codes extend the parent's code (类 201 → 款 20103 → 项 2010301).
        for (const k of await cellKeys(page)) if (!k.startsWith('gap:')) expect(k.startsWith(key)).toBe(true);
      }
      await expectLabelsInsideCells(page);
      // 项 are leaves: a click pins their details instead of drilling.
      const leaf = page.locator('[data-testid^="treemap-node-"]').first();
      await leaf.click();
      await expect(page.getByTestId('treemap-tooltip')).toBeVisible();
      await expect(page.getByTestId('treemap-tooltip')).toContainText('项');

      // Back button: one level up.
      await page.goBack();
      await expect(page.getByTestId('treemap-crumb-current')).toContainText(path[0] ?? '');
      await page.goForward();
      await expect(page.getByTestId('treemap-crumb-current')).toContainText(path[1] ?? '');

      // Reload the deep link: same level.
      await page.reload();
      await expect(page.getByTestId('treemap-crumb-current')).toContainText(path[1] ?? '');
      await page.screenshot({ path: join(SHOTS, `${id}-treemap-deep-1280.png`), fullPage: true });

      // Breadcrumb up one, then Escape to the top.
      await page.getByTestId(`treemap-crumb-${path[0] ?? ''}`).click();
      await expect(page.getByTestId('treemap-crumb-current')).toContainText(path[0] ?? '');
      await page.locator('[data-testid^="treemap-node-"]').first().focus();
      await page.keyboard.press('Escape');
      expect(await cellKeys(page)).toEqual(top);
      // Focus returns to the cell we came out of.
      await expect(page.getByTestId(`treemap-node-${path[0] ?? ''}`)).toBeFocused();
      expect(errors).toEqual([]);
    });

    test('treemap: keyboard drill with Enter, sizes by basic and project spending', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`./#/budget/${id}/treemap`);
      const first = page.locator('[data-testid^="treemap-node-"][data-drillable]').first();
      const key = (await first.getAttribute('data-key')) ?? '';
      await first.focus();
      await expect(page.getByTestId('treemap-tooltip')).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('treemap-crumb-current')).toContainText(key);
      await expect(page.locator('[data-testid^="treemap-node-"]').first()).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('treemap-crumb-current')).not.toContainText(key);

      for (const m of ['basic', 'project'] as const) {
        await page.locator('label', { has: page.getByTestId(`measure-${m}`) }).click();
        expect(await hashOf(page)).toContain(`measure=${m}`);
        // The 类 drawn are those with a positive figure for the measure: printed 类 rows, or (003, which
        // prints 功能分类 per unit only, tests/fixtures/documents.ts) its units' 项 added up by 类.
        const perUnit = documentOf(budget.source).functional === 'perUnit';
        const byLei = new Map<string, InstanceType<typeof Decimal>>();
        for (const r of budget.functional) {
          if (perUnit ? r.unit === undefined : r.level !== 'lei' || r.unit !== undefined) continue;
          byLei.set(r.code.slice(0, 3), (byLei.get(r.code.slice(0, 3)) ?? new Decimal(0)).plus(r[m]));
        }
        const positive = [...byLei].filter(([, v]) => v.greaterThan(0)).map(([code]) => code);
        expect(positive.length, `类 with ${m} spending`).toBeGreaterThan(0);
        const drawn = (await cellKeys(page)).filter((k) => !k.startsWith('gap:'));
        expect(drawn.sort(), `类 drawn for ${m}`).toEqual(positive.sort());
      }
      // The text alternative lists the level in a table.
      await expect(page.getByTestId('treemap-table').locator('tbody tr').first()).toBeAttached();
      expect(errors).toEqual([]);
    });

    const doc = documentOf(budget.source);
    if (doc.projectTable) {
      test('treemap by sub-unit and project', async ({ page }) => {
        const errors = watchErrors(page);
        await page.goto(`./#/budget/${id}/treemap?lang=en`);
        await page.getByText('Sub-unit and project').click();
        expect(await hashOf(page)).toContain('by=unit');
        const keys = await cellKeys(page);
        expect(keys.length).toBeGreaterThan(0);
        // Each sub-unit opens onto its projects.
        const unitCell = page.locator('[data-testid^="treemap-node-"][data-drillable]').first();
        await expect(unitCell).toBeVisible();
        await unitCell.click();
        const projectKeys = (await cellKeys(page)).filter((k) => !k.startsWith('gap:'));
        expect(projectKeys.length).toBeGreaterThan(0);
        for (const k of projectKeys)
          expect(
            budget.projects.some((p) => p.id === k),
            `${k} is a project`,
          ).toBe(true);
        await expectLabelsInsideCells(page);
        await page.screenshot({ path: join(SHOTS, `${id}-treemap-units-1280.png`), fullPage: true });
        expect(errors).toEqual([]);
      });
    } else {
      test(`treemap by sub-unit and project is not offered (${doc.noProjectTable})`, async ({ page }) => {
        const errors = watchErrors(page);
        await page.goto(`./#/budget/${id}/treemap?lang=en`);
        await expect(page.getByTestId('group-unit')).toBeDisabled();
        expect(errors).toEqual([]);
      });
    }

    test('language switch keeps the place and translates the interface, line names into their English names', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`./#/budget/${id}/treemap`);
      const key = (await page.locator('[data-testid^="treemap-node-"][data-drillable]').first().getAttribute('data-key')) ?? '';
      await page.locator('[data-testid^="treemap-node-"][data-drillable]').first().click();
      await page.getByTestId('lang-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      expect(await hashOf(page)).toContain('lang=en');
      expect(await hashOf(page)).toContain(`path=${key}`);
      await expect(page.getByRole('heading', { name: 'Key figures' })).toBeVisible();
      await expect(page.getByTestId('view-link-sankey')).toHaveText('Money flow');
      // 款 names in English where data/names-en.json has them (nameEn), else as printed: a printed 款 row,
      // or (003) a unit's 项 under the 类.
      const perUnit = doc.functional === 'perUnit';
      const child = budget.functional.find(
        (r) => r.code.startsWith(key) && r.code.length > key.length && (perUnit ? r.unit !== undefined : r.level === 'kuan' && r.unit === undefined),
      );
      if (!child) throw new Error(`${id}: no printed line under ${key}`);
      await expect(page.getByTestId('treemap-table')).toContainText(perUnit ? child.code.slice(0, 5) : (child.nameEn ?? child.name));
      await page.getByTestId('lang-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.getByRole('heading', { name: '主要数字' })).toBeVisible();
      expect(errors).toEqual([]);
    });

    test('screenshots of each view at 1280 and 375 px', async ({ page }) => {
      const errors = watchErrors(page);
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        for (const view of ['treemap', 'sankey', 'tables'] as const) {
          await page.goto(`./#/budget/${id}/${view}`);
          await expect(page.getByTestId(`view-${view}`)).toBeVisible();
          // Sankey and tables load lazily: wait until their chunk has replaced the loading line.
          await expect(page.locator('[data-testid^="view-"] [data-testid="loading"]')).toHaveCount(0);
          await page.waitForLoadState('networkidle');
          await page.waitForTimeout(200);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
          expect.soft(overflow, `${view} at ${width}px is wider than the screen`).toBeLessThanOrEqual(width);
          if (view === 'treemap') await expectLabelsInsideCells(page);
          await page.screenshot({ path: join(SHOTS, `${id}-${view}-${width}.png`), fullPage: true });
        }
      }
      expect(errors).toEqual([]);
    });
  });
}

test.describe('phone (375 px, touch)', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  for (const entry of index.budgets) {
    test(`${entry.id}: tap shows details, a second tap drills in`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`./#/budget/${entry.id}/treemap`);
      await expect(page.getByTestId('treemap-svg')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      const cell = page.locator('[data-testid^="treemap-node-"][data-drillable]').first();
      const key = (await cell.getAttribute('data-key')) ?? '';
      await cell.tap();
      await expect(page.getByTestId('treemap-tooltip')).toBeVisible();
      await expect(page.getByTestId('treemap-crumb-current')).not.toContainText(key);
      await cell.tap();
      await expect(page.getByTestId('treemap-crumb-current')).toContainText(key);
      // The tooltip's own button drills too: every 类 has 款 that open onto 项.
      const next = page.locator('[data-testid^="treemap-node-"][data-drillable]').first();
      await expect(next).toBeVisible();
      const k2 = (await next.getAttribute('data-key')) ?? '';
      await next.tap();
      await page.getByTestId('treemap-tooltip-drill').tap();
      await expect(page.getByTestId('treemap-crumb-current')).toContainText(k2);
      await page.getByTestId('treemap-up').tap();
      await expect(page.getByTestId('treemap-crumb-current')).toContainText(key);
      await page.screenshot({ path: join(SHOTS, `${entry.id}-treemap-touch-375.png`), fullPage: true });
      expect(errors).toEqual([]);
    });
  }
});
