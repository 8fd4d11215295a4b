/**
 * The header search (搜索) on the built app and the real public/data: nothing of it loads before the box
 * is used; then the index's manifest (data/search/manifest.json) and the search code arrive, and each
 * query reads a few files of the sharded index (their gzip bytes measured here from the response bodies); a two-character fragment of a project's name finds the project and opens it
 * marked in its budget's tables; functional and economic lines lead to the treemap and the economic
 * table; the keyboard pattern (arrows, Enter, Escape) works; 375 px. Targets are picked from the data
 * with the reference search over every budget (src/model/search.ts, which the sharded search the app runs
 * is tested to equal), never hard-coded.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { search } from '../src/model/search';
import type { SearchHit } from '../src/model/searchTypes';
import { BOX_KINDS } from '../src/model/searchShards/boxKinds';
import { buildSearchIndex } from '../src/normalizer/searchIndex';
import { budgets, DATA, SHOTS } from './support/realData';
import { openWithEntryHeld } from './support/heldEntry';

const index = buildSearchIndex(budgets());
const boxSearch = (q: string): SearchHit[] => search(index, q, { limit: 20, kinds: BOX_KINDS });

/** A project and a two-character fragment of its name for which it is among the first hits. */
const projectTarget = (() => {
  for (const [doc, kind] of index.docs.kind.entries()) {
    if (index.kinds[kind] !== 'project') continue;
    const label = index.docs.label[doc] ?? '';
    const chars = Array.from(label).filter((c) => /[\p{L}\p{N}]/u.test(c));
    for (let i = 0; i + 1 < chars.length; i++) {
      const fragment = `${chars[i]}${chars[i + 1]}`;
      const rank = boxSearch(fragment).findIndex((h) => h.doc === doc);
      if (rank >= 1 && rank < 6) {
        return { fragment, rank, budget: index.budgets[index.docs.budget[doc] ?? -1]!.id, key: index.docs.key[doc]!, label };
      }
    }
  }
  throw new Error('no project reachable by a two-character fragment');
})();

function firstOfKind(kind: 'functional' | 'economic', keyLength: number): { budget: string; key: string; label: string } {
  for (const [doc, k] of index.docs.kind.entries()) {
    const key = index.docs.key[doc] ?? '';
    if (index.kinds[k] === kind && key.length === keyLength)
      return { budget: index.budgets[index.docs.budget[doc] ?? -1]!.id, key, label: index.docs.label[doc]! };
  }
  throw new Error(`no ${kind} line with a ${keyLength}-digit code`);
}

function watch(page: Page): { errors: string[]; requests: string[] } {
  const w = { errors: [] as string[], requests: [] as string[] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => w.requests.push(r.url()));
  return w;
}

test('the index loads only when the box is used; a query reads part of it', async ({ page }) => {
  const w = watch(page);
  const bodies = new Map<string, number>();
  page.on('response', async (r) => {
    if (new URL(r.url()).pathname.startsWith('/data/search/')) bodies.set(new URL(r.url()).pathname, gzipSync(await r.body()).length);
  });
  await page.goto('./#/');
  await expect(page.getByTestId('catalog-table')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(w.requests.filter((u) => u.includes('/data/search') || /searchEngine|\/search-[\w-]+\.js/.test(u))).toEqual([]);

  const [res] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/data/search/manifest.json')), page.getByTestId('search-input').focus()]);
  expect(res.status()).toBe(200);
  // Relative URL: under the page's own directory.
  expect(new URL(res.url()).pathname).toBe('/data/search/manifest.json');
  expect(w.requests.some((u) => /searchEngine-[\w-]+\.js$/.test(u))).toBe(true);

  await page.getByTestId('search-input').fill(projectTarget.fragment);
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  // Bodies are read asynchronously: wait until every index file asked for has been measured.
  await expect.poll(() => bodies.size).toBe(new Set(w.requests.filter((u) => u.includes('/data/search/'))).size);
  const all = readdirSync(join(DATA, 'search'));
  const read = [...bodies.keys()];
  expect(read.length).toBeGreaterThan(1);
  expect(read.length).toBeLessThan(all.length);
  const gz = [...bodies.values()].reduce((a, b) => a + b, 0);
  const whole = all.reduce((n, f) => n + gzipSync(readFileSync(join(DATA, 'search', f))).length, 0);
  expect(gz).toBeLessThan(whole);
  console.log(`first query "${projectTarget.fragment}": ${read.length} of ${all.length} index files, ${gz} of ${whole} bytes gzip`);
  expect(w.errors).toEqual([]);
});

test('a two-character fragment of a project name finds it; Enter opens it, marked in its budget’s tables', async ({ page }) => {
  const w = watch(page);
  const { fragment, rank, budget, key } = projectTarget;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./#/');
  const input = page.getByTestId('search-input');
  await input.fill(fragment);
  const hit = page.getByTestId(`search-hit-${budget}-project-${key}`);
  await expect(hit).toBeVisible();
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  // The model's ranking: exact name matches first, the same order on screen.
  const shown = await page.locator('[role="option"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  expect(shown[rank]).toBe(`search-hit-${budget}-project-${key}`);
  await page.screenshot({ path: join(SHOTS, 'search-open-1280.png') });
  for (let i = 0; i <= rank; i++) await input.press('ArrowDown');
  await expect(hit).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await hit.getAttribute('id')) ?? '');
  await input.press('Enter');

  await expect(page).toHaveURL(new RegExp(`#/budget/${budget}/tables\\?tab=projects&row=${key}$`));
  const row = page.locator(`tr[data-focused="true"]`);
  await expect(row).toHaveCount(1);
  await expect(row).toBeInViewport();
  await expect(row).toHaveAttribute('data-testid', new RegExp(`^tables-row-p:${key}`));
  await expect(page.getByTestId('tables-tab-projects')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('tables-focus-note')).toContainText(projectTarget.label);
  // Reload: the URL alone brings the reader back to the marked row.
  await page.reload();
  await expect(page.locator(`tr[data-focused="true"]`)).toBeInViewport();
  await page.screenshot({ path: join(SHOTS, 'search-project-opened-1280.png') });
  expect(w.errors).toEqual([]);
});

test('keyboard: arrows move, Escape closes then clears; functional and economic hits go to their lines', async ({ page }) => {
  const w = watch(page);
  await page.goto('./#/');
  const input = page.getByTestId('search-input');
  const fn = firstOfKind('functional', 7);
  await input.fill(fn.label);
  const fnHit = page.getByTestId(`search-hit-${fn.budget}-functional-${fn.key}`);
  await expect(fnHit).toBeVisible();
  await input.press('ArrowDown');
  await expect(page.locator('[role="option"][aria-selected="true"]')).toHaveCount(1);
  await input.press('Escape');
  await expect(page.getByTestId('search-list')).toBeHidden();
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(input).toHaveValue(fn.label);
  await input.press('Escape');
  await expect(input).toHaveValue('');

  // A 项 of 功能分类: the treemap, drilled to its 款, the 项's cell focused (its tooltip open).
  await input.fill(fn.label);
  await fnHit.click();
  await expect(page).toHaveURL(new RegExp(`#/budget/${fn.budget}/treemap\\?path=${fn.key.slice(0, 3)},${fn.key.slice(0, 5)},${fn.key}$`));
  await expect(page.getByTestId('treemap-located')).toContainText(fn.label);
  await expect(page.getByTestId(`treemap-node-${fn.key}`)).toBeFocused();
  await expect(page.getByTestId('treemap-crumb-current')).toContainText(fn.key.slice(0, 5));

  // A 经济分类 line: the economic table, the line marked.
  const ec = firstOfKind('economic', 5);
  await input.fill(ec.label);
  await page.getByTestId(`search-hit-${ec.budget}-economic-${ec.key}`).click();
  await expect(page).toHaveURL(new RegExp(`#/budget/${ec.budget}/tables\\?tab=economic&row=${ec.key}$`));
  await expect(page.getByTestId('tables-tab-economic')).toHaveAttribute('aria-selected', 'true');
  const marked = page.locator('tr[data-focused="true"]');
  expect(await marked.count()).toBeGreaterThan(0);
  await expect(marked.first()).toBeInViewport();
  await expect(marked.first()).toContainText(ec.key);
  expect(w.errors).toEqual([]);
});

test('at 375 px: the box spans the header, the list fits the screen, a tap opens a hit; axe finds nothing serious', async ({ page }) => {
  const w = watch(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./#/?lang=en');
  const input = page.getByTestId('search-input');
  await input.fill(projectTarget.fragment);
  const list = page.getByTestId('search-list');
  await expect(list).toBeVisible();
  const box = await list.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: join(SHOTS, 'search-open-375.png') });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  await page.getByTestId(`search-hit-${projectTarget.budget}-project-${projectTarget.key}`).click();
  await expect(page.locator('tr[data-focused="true"]')).toBeInViewport();
  await page.screenshot({ path: join(SHOTS, 'search-project-opened-375.png') });
  expect(w.errors).toEqual([]);
});

test('a search that finds nothing says so; a failed index load says so', async ({ page }) => {
  await page.goto('./#/');
  const input = page.getByTestId('search-input');
  await input.fill('zzqqxx');
  await expect(page.getByTestId('search-status')).toContainText('没有找到');
  await page.route('**/data/search/manifest.json', (r) => r.fulfill({ status: 500, body: 'no' }));
  await page.goto('./#/?lang=en');
  await page.reload();
  await page.getByTestId('search-input').fill('政务');
  await expect(page.getByTestId('search-status')).toContainText('did not load');
});

test('a query typed into a pre-rendered page before its script took over is searched once it has', async ({ page }) => {
  // Hold the app's entry back: the page as written (the catalog, its search box) reads and takes keys meanwhile.
  const release = await openWithEntryHeld(page);
  const input = page.getByTestId('search-input');
  await input.fill(projectTarget.fragment);
  await expect(page.locator('html[data-app-ready]')).toHaveCount(0);
  release();
  await expect(page.locator('html[data-app-ready]')).toHaveCount(1);
  await expect(input).toHaveValue(projectTarget.fragment);
  await expect(page.getByTestId(`search-hit-${projectTarget.budget}-project-${projectTarget.key}`)).toBeVisible();
});

test('a query whose index file fails to load says so, and works once the file is back', async ({ page }) => {
  let broken = true;
  await page.route('**/data/search/l-*.json', (r) => (broken ? r.fulfill({ status: 200, body: '<html>oops</html>' }) : r.fallback()));
  await page.goto('./#/');
  const input = page.getByTestId('search-input');
  await input.fill(projectTarget.fragment);
  await expect(page.getByTestId('search-status')).toContainText('没有载入');
  broken = false;
  await input.fill(`${projectTarget.fragment} `);
  await input.fill(projectTarget.fragment);
  await expect(page.getByTestId(`search-hit-${projectTarget.budget}-project-${projectTarget.key}`)).toBeVisible();
});
