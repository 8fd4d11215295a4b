/**
 * Smoke test of every route, on the built app and the real public/data: each page renders its main
 * element and produces no console error and no page error; bad URLs and bad data give a clear message in
 * the current language instead of a crash; axe finds no serious or critical accessibility violation.
 * Budgets come from index.json (read here, never hard-coded).
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { index } from './support/realData';

const ids = index.budgets.map((b) => b.id);

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return errors;
}

async function axeSerious(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

test('index.json lists budgets', () => {
  expect(ids.length).toBeGreaterThan(0);
});

test.describe('catalog', () => {
  for (const hash of ['', '#/', '#/?lang=en']) {
    test(`renders ${hash || '(no hash)'} without errors`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`./${hash}`);
      await expect(page.getByTestId('catalog-table')).toBeVisible();
      for (const id of ids) await expect(page.getByTestId(`catalog-row-${id}`)).toBeVisible();
      expect(errors).toEqual([]);
    });
  }
});

test.describe('budget pages', () => {
  for (const id of ids) {
    for (const view of ['treemap', 'sankey', 'tables'] as const) {
      test(`${id} ${view} renders without errors`, async ({ page }) => {
        const errors = watchErrors(page);
        await page.goto(`./#/budget/${id}/${view}`);
        await expect(page.getByTestId('budget-page')).toBeVisible();
        await expect(page.getByTestId('headline-total')).toBeVisible();
        await expect(page.getByTestId(`view-${view}`)).toBeVisible();
        await expect(page.getByTestId('load-error')).toHaveCount(0);
        await expect(page.getByTestId('render-error')).toHaveCount(0);
        if (view === 'treemap') await expect(page.getByTestId('treemap-svg')).toBeVisible();
        // Let lazy views finish loading before judging the console.
        await expect(page.locator('[data-testid^="view-"] [data-testid="loading"]')).toHaveCount(0);
        await expect(page.locator(`[data-testid="${view}-pending"]`)).toHaveCount(0);
        await page.waitForLoadState('networkidle');
        expect(errors).toEqual([]);
      });
    }
    test(`${id} unit/project treemap renders without errors`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`./#/budget/${id}/treemap?by=unit&lang=en`);
      await expect(page.getByTestId('treemap-view')).toBeVisible();
      await expect(page.getByTestId('render-error')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('bad URLs and bad data', () => {
  const hostile = [
    '#/budget/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/treemap',
    '#/budget/..%2F..%2Findex/treemap',
    '#/nowhere',
    '#/budget/001/pie?measure=everything&lang=xx',
    '#/budget/%E0%A4%A/treemap',
    `#/budget/x?path=${'9,'.repeat(3000)}`,
    '#javascript:alert(1)',
  ];
  for (const hash of hostile) {
    test(`hostile hash ${hash.slice(0, 60)} gives a message, not a crash`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`./${hash}`);
      await expect(page.locator('main')).toBeVisible();
      const message = page.getByTestId('route-problems').or(page.getByTestId('not-found')).or(page.getByTestId('load-error'));
      await expect(message.first()).toBeVisible();
      await expect(page.getByTestId('render-error')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }

  test('an unknown budget id says so, in both languages', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('./#/budget/no-such-budget/treemap');
    await expect(page.getByTestId('load-error')).toHaveAttribute('data-kind', 'unknownBudget');
    await expect(page.getByTestId('load-error')).toContainText('没有这个预算');
    await page.goto('./#/budget/no-such-budget/treemap?lang=en');
    await expect(page.getByTestId('load-error')).toContainText('There is no such budget');
    expect(errors).toEqual([]);
  });

  test('corrupt budget JSON gives a clear message', async ({ page }) => {
    const id = ids[0] ?? '';
    await page.route('**/data/budgets/*.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion":1,"id":' }));
    await page.goto(`./#/budget/${id}/treemap`);
    await expect(page.getByTestId('load-error')).toHaveAttribute('data-kind', 'json');
    await expect(page.getByTestId('load-error')).toContainText('已损坏');
  });

  test('a budget file of the wrong shape gives a clear message', async ({ page }) => {
    const id = ids[0] ?? '';
    await page.route('**/data/budgets/*.json', (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ schemaVersion: 1, id, functional: 'no' }) }),
    );
    await page.goto(`./#/budget/${id}/treemap?lang=en`);
    await expect(page.getByTestId('load-error')).toHaveAttribute('data-kind', 'shape');
    await expect(page.getByTestId('load-error')).toContainText('not in the format');
  });

  test('a missing catalog-head.json gives a clear message', async ({ page }) => {
    await page.route('**/data/catalog-head.json', (r) => r.fulfill({ status: 404, body: 'Not found' }));
    const errors = watchErrors(page);
    await page.goto('./#/');
    await expect(page.getByTestId('load-error')).toHaveAttribute('data-kind', 'notFound');
    await expect(page.getByTestId('load-error')).toContainText('找不到数据文件');
    await expect(page.getByTestId('load-error')).toContainText('data/catalog-head.json');
    // The browser itself logs the 404 response; nothing else may fail.
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
  });
});

test.describe('accessibility (axe: no serious or critical violations)', () => {
  test('catalog, 1280 and 375 px, both languages', async ({ page }) => {
    await page.goto('./#/');
    await expect(page.getByTestId('catalog-table')).toBeVisible();
    expect(await axeSerious(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('./#/?lang=en');
    await expect(page.getByTestId('catalog-table')).toBeVisible();
    expect(await axeSerious(page)).toEqual([]);
  });

  for (const id of ids) {
    test(`${id} treemap page, with a tooltip and the provenance popover open`, async ({ page }) => {
      await page.goto(`./#/budget/${id}/treemap`);
      await expect(page.getByTestId('treemap-svg')).toBeVisible();
      await page.locator('[data-testid^="treemap-node-"]').first().focus();
      await expect(page.getByTestId('treemap-tooltip')).toBeVisible();
      expect(await axeSerious(page)).toEqual([]);
      await page.getByTestId('headline-total').click();
      await expect(page.getByTestId('provenance')).toBeVisible();
      expect(await axeSerious(page)).toEqual([]);
    });
  }

  test('budget page at 375 px in English', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`./#/budget/${ids[0] ?? ''}/treemap?lang=en`);
    await expect(page.getByTestId('treemap-svg')).toBeVisible();
    expect(await axeSerious(page)).toEqual([]);
  });
});
