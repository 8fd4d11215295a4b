/**
 * What an outsider controls — the URL and the data files — on the built site (dist/), served by the
 * plain static server with deliberately broken copies of the data (overrides; dist/ is not touched):
 * a missing index.json, a corrupt budget file, a budget file of the wrong shape, an unknown budget id,
 * hostile query strings, and a budget whose names are HTML. Full pages and embed pages alike give a
 * clear message in the page's language: never a blank page, never a script run, no error loop.
 * Budgets come from index.json (read here, never hard-coded).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Budget, BudgetIndex } from '../src/model/types';
import { portNear, startStaticServer, type StaticServer } from './support/staticServer';
import { watchPage, type PageWatch } from './support/pageWatch';
import { DIST, DIST_DATA, dataIn } from './support/realData';
import { buildCatalogHead } from '../src/model/catalogHead';

const { index, budgetOf } = dataIn(DIST_DATA);

const HOSTILE = '<img src=x onerror=window.__pwned=1>';
// Three different budgets: one corrupt, one of the wrong shape, one with hostile names (it needs
// 功能分类 rows and projects, so that every view shows the names).
const hostileEntry = index.budgets.find((e) => {
  const b = budgetOf(e.file);
  return b.projects.length > 0 && b.functional.length > 0 && b.economic.length > 0;
})!;
const [corrupt, wrongShape] = index.budgets.filter((e) => e.id !== hostileEntry.id);

function hostileBudget(): Budget {
  const b = budgetOf(hostileEntry.file);
  return {
    ...b,
    department: HOSTILE,
    units: b.units.map((u) => ({ ...u, name: `${HOSTILE} ${u.name}` })),
    income: b.income.map((l) => ({ ...l, name: `${HOSTILE}${l.name}` })),
    functional: b.functional.map((r) => ({ ...r, name: `${HOSTILE}${r.name}` })),
    economic: b.economic.map((r) => ({ ...r, name: `${HOSTILE}${r.name}` })),
    projects: b.projects.map((p) => ({ ...p, name: `${HOSTILE}${p.name}`, ...(p.unitName ? { unitName: HOSTILE } : {}) })),
  };
}

let missingIndex: StaticServer;
let broken: StaticServer;

test.beforeAll(async () => {
  // Both index files gone: the catalog reads catalog-head.json, every other page index.json.
  missingIndex = await startStaticServer({
    root: DIST,
    mount: '/budgets/',
    port: portNear(11),
    overrides: { 'data/index.json': null, 'data/catalog-head.json': null },
  });
  const brokenIndex: BudgetIndex = { ...index, budgets: index.budgets.map((e) => (e.id === hostileEntry.id ? { ...e, department: HOSTILE } : e)) };
  broken = await startStaticServer({
    root: DIST,
    mount: '/budgets/',
    port: portNear(12),
    overrides: {
      'data/index.json': JSON.stringify(brokenIndex),
      'data/catalog-head.json': JSON.stringify(buildCatalogHead(brokenIndex)),
      [`data/${corrupt!.file}`]: '{"schemaVersion":1,"id":"',
      [`data/${wrongShape!.file}`]: JSON.stringify({ schemaVersion: 1, id: wrongShape!.id, functional: 'no' }),
      [`data/${hostileEntry.file}`]: JSON.stringify(hostileBudget()),
    },
  });
});

test.afterAll(async () => {
  await missingIndex.close();
  await broken.close();
});

/** Something is on screen (never a blank page) and nothing ran that should not have. */
async function expectSafe(page: Page): Promise<void> {
  await expect(page.locator('#root')).not.toBeEmpty();
  await expect(page.getByTestId('render-error')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('img')).toHaveCount(0);
}

/** No error loop: the errors logged stay as they were a moment later. */
async function expectSettled(page: Page, watch: PageWatch): Promise<void> {
  const n = watch.errors.length;
  await page.waitForTimeout(800);
  expect(watch.errors.length).toBe(n);
}

test.describe('a missing index.json', () => {
  for (const [hash, lang, file] of [['#/', 'zh', 'data/catalog-head.json']] as const) {
    test(`${hash}: says the data file is missing, in ${lang}`, async ({ page }) => {
      const watch = watchPage(page);
      await page.goto(`${missingIndex.url}${hash}`);
      const error = page.getByTestId('load-error');
      await expect(error).toHaveAttribute('data-kind', 'notFound');
      await expect(error).toContainText(lang === 'zh' ? '找不到数据文件' : 'A data file is missing');
      await expect(error).toContainText(file);
      await expectSafe(page);
      await expectSettled(page, watch);
      // The browser logs the 404 itself (once); nothing else fails.
      expect(watch.errors.filter((e) => !e.includes('404'))).toEqual([]);
      expect(watch.errors.length).toBeLessThanOrEqual(1);
      expect(watch.cspViolations).toEqual([]);
    });
  }
});

test.describe('a budget page without index.json', () => {
  test('reads: it loads its budget by id and its department file, never the index', async ({ page }) => {
    const watch = watchPage(page);
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    const e = index.budgets.find((b) => b.partOf) ?? index.budgets[0]!;
    await page.goto(`${missingIndex.url}#/budget/${e.id}/treemap?lang=en`);
    await expect(page.getByTestId('budget-page')).toBeVisible();
    await expect(page.getByTestId('treemap-svg')).toBeVisible();
    await expect(page.getByTestId('load-error')).toHaveCount(0);
    // The containment note still names and links the budget it is part of (from the department file).
    if (e.partOf) await expect(page.getByTestId('relation-note').locator(`a[href*="${e.partOf.budget}"]`)).toBeVisible();
    expect(asked.filter((p) => p.endsWith('/data/index.json'))).toEqual([]);
    expect(asked.filter((p) => p.includes('/data/'))).toEqual(
      expect.arrayContaining([`/budgets/data/budgets/${e.id}.json`, `/budgets/data/departments/${e.departmentId}.json`]),
    );
    await expectSettled(page, watch);
    expect(watch.errors).toEqual([]);
  });

  test('an embed reads too: chart-only, its link to the full page opening a new tab', async ({ page }) => {
    const watch = watchPage(page);
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    for (const hash of [`#/embed/${index.budgets[0]!.id}/tables`, `#/embed/${index.budgets[0]!.id}/sankey?lang=en`]) {
      await page.goto(`${missingIndex.url}${hash}`);
      await expect(page.getByTestId('embed-root')).toBeVisible();
      await expect(page.getByTestId('load-error')).toHaveCount(0);
      await expect(page.getByTestId('site-header')).toHaveCount(0);
      await expect(page.getByTestId('embed-full-link')).toHaveAttribute('target', '_blank');
    }
    expect(asked.filter((p) => p.endsWith('/data/index.json'))).toEqual([]);
    await expectSettled(page, watch);
    expect(watch.errors).toEqual([]);
  });

  test('without its department file: the chart still reads, and the page says which file is missing', async ({ page }) => {
    const e = index.budgets[0]!;
    await page.route(`**/data/departments/${e.departmentId}.json`, (r) => r.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(`${missingIndex.url}#/budget/${e.id}/treemap`);
    await expect(page.getByTestId('treemap-svg')).toBeVisible();
    const error = page.getByTestId('load-error');
    await expect(error).toHaveAttribute('data-kind', 'notFound');
    await expect(error).toContainText(`data/departments/${e.departmentId}.json`);
    await expectSafe(page);
  });
});

test.describe('broken budget files', () => {
  for (const embed of [false, true]) {
    const where = embed ? 'embed' : 'budget';
    test(`${where} page: a corrupt budget JSON says it is damaged; one of the wrong shape says so too`, async ({ page }) => {
      const watch = watchPage(page);
      await page.goto(`${broken.url}#/${where}/${corrupt!.id}/treemap`);
      await expect(page.getByTestId('load-error')).toHaveAttribute('data-kind', 'json');
      await expect(page.getByTestId('load-error')).toContainText('数据文件已损坏');
      await expectSafe(page);
      await page.goto(`${broken.url}#/${where}/${wrongShape!.id}/sankey?lang=en`);
      await expect(page.getByTestId('load-error')).toHaveAttribute('data-kind', 'shape');
      await expect(page.getByTestId('load-error')).toContainText('not in the format this site reads');
      await expectSafe(page);
      await expect(page.getByTestId('embed-root')).toHaveCount(embed ? 1 : 0);
      await expectSettled(page, watch);
      expect(watch.errors).toEqual([]);
    });
  }

  test('an unknown budget id, full page and embed, in both languages', async ({ page }) => {
    const watch = watchPage(page);
    for (const where of ['budget', 'embed']) {
      await page.goto(`${broken.url}#/${where}/no-such-budget/tables`);
      await expect(page.getByTestId('load-error')).toHaveAttribute('data-kind', 'unknownBudget');
      await expect(page.getByTestId('load-error')).toContainText('没有这个预算');
      await page.goto(`${broken.url}#/${where}/no-such-budget/tables?lang=en`);
      await expect(page.getByTestId('load-error')).toContainText('There is no such budget');
      await expectSafe(page);
    }
    // A budget page asks for data/budgets/<id>.json by id: the browser logs that 404 itself; nothing else fails.
    expect(watch.errors.filter((e) => !e.includes('404'))).toEqual([]);
  });
});

test.describe('hostile query strings on embed pages', () => {
  const id = hostileEntry.id;
  const hostile = [
    `#/embed/${id}/treemap?path=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E&measure=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&by=%22%3E%3Cimg%3E&lang=%3Csvg%20onload%3Dwindow.__pwned%3D1%3E`,
    `#/embed/${id}/treemap?path=999999,888888`,
    `#/embed/${id}/pie?measure=everything&lang=xx`,
    `#/embed/%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E/treemap`,
    `#/embed/javascript:window.__pwned=1/treemap`,
    `#/embed/..%2F..%2Findex/sankey`,
    `#/embed/${id}/treemap?path=%E0%A4%A&measure=%ZZ`,
    `#/embed/${id}/treemap?path=${'9,'.repeat(3000)}`,
    `#/embed/${id}/tables/../../budget`,
  ];
  for (const hash of hostile) {
    test(`${hash.slice(0, 70)} gives a message inside the embed, nothing runs`, async ({ page }) => {
      const watch = watchPage(page);
      await page.goto(`${broken.url}${hash}`);
      await expect(page.getByTestId('embed-root')).toBeVisible();
      await expect(page.getByTestId('site-header')).toHaveCount(0);
      const message = page
        .getByTestId('route-problems')
        .or(page.getByTestId('not-found'))
        .or(page.getByTestId('load-error'))
        .or(page.getByTestId('path-not-found'));
      await expect(message.first()).toBeVisible();
      await expectSafe(page);
      await expectSettled(page, watch);
      expect(watch.errors).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    });
  }
});

test('a budget whose names are HTML shows them as text everywhere, and nothing executes', async ({ page }) => {
  const watch = watchPage(page);
  const id = hostileEntry.id;
  // Catalog.
  await page.goto(broken.url);
  await expect(page.getByTestId(`catalog-link-${id}`)).toHaveText(HOSTILE);
  await expectSafe(page);

  // Budget page: title, heading, treemap cells (and a tooltip), drilled, tables, Sankey.
  await page.goto(`${broken.url}#/budget/${id}/treemap`);
  await expect(page.locator('h1')).toContainText(HOSTILE);
  expect(await page.title()).toContain(HOSTILE);
  await page.locator('[data-testid^="treemap-node-"]').first().focus();
  await expect(page.getByTestId('treemap-tooltip')).toContainText(HOSTILE);
  await page.locator('[data-testid^="treemap-node-"][data-drillable]').first().click();
  await expect(page.getByTestId('treemap-crumb-current')).toContainText(HOSTILE);
  await expectSafe(page);
  await page.goto(`${broken.url}#/budget/${id}/treemap?by=unit`);
  await expect(page.getByTestId('treemap-svg')).toBeVisible();
  await expectSafe(page);
  await page.goto(`${broken.url}#/budget/${id}/tables`);
  await page.getByTestId('tables-tab-projects').click();
  await expect(page.locator('[data-testid="tables-name"]', { hasText: HOSTILE }).first()).toBeVisible();
  await expectSafe(page);
  await page.goto(`${broken.url}#/budget/${id}/sankey`);
  await expect(page.getByTestId('sankey-svg')).toBeVisible();
  await expect(page.getByTestId('sankey-label').filter({ hasText: '<img' }).first()).toBeAttached();
  await expectSafe(page);

  // The embed code: the name is escaped inside the title attribute.
  await page.getByTestId('embed-button').click();
  const snippet = await page.getByTestId('embed-code').inputValue();
  expect(snippet).toContain('title="&lt;img src=x onerror=window.__pwned=1&gt; ');
  expect(snippet).not.toContain('<img');
  await page.keyboard.press('Escape');

  // The SVG export: the name is text in the file, no element made from it.
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
  const svg = readFileSync(await d.path(), 'utf8');
  const parsed = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    return { ok: doc.querySelector('parsererror') === null, imgs: doc.querySelectorAll('img').length, title: doc.querySelector('svg > title')?.textContent };
  }, svg);
  expect(parsed).toEqual({ ok: true, imgs: 0, title: `${HOSTILE} ${hostileEntry.year} · 资金流向` });

  // The embed page: title and credit.
  await page.goto(`${broken.url}#/embed/${id}/treemap`);
  await expect(page.getByTestId('embed-title')).toContainText(HOSTILE);
  await expect(page.getByTestId('embed-credit')).toContainText(HOSTILE);
  await expectSafe(page);
  expect(watch.errors).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
});
