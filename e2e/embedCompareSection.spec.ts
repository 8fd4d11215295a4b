/**
 * One compare section as an embed (issue 13): each section of the full compare page has its own 嵌入, whose
 * snippet names the section (section=…); the embed shows that section's bars alone — no table, no
 * switches, no picker — and, pasted into an article on another origin, renders and takes its content's
 * height. The department with two years (index.json's departmentId, never hard-coded): every section at
 * 375 px stays within 1,200 px (heights printed).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { portNear, startStaticServer, type StaticServer } from './support/staticServer';
import { watchPage } from './support/pageWatch';
import { buildEmbedSnippet, COMPARE_SECTION_EMBED_HEIGHT } from '../src/app/embed/embedSnippet';
import { DIST, DIST_DATA, dataIn, SHOTS } from './support/realData';

const SITE_PORT = portNear(17);
const HOST_PORT = portNear(18);
const SECTIONS = ['totals', 'income', 'functional', 'economicBasic', 'economicProject'] as const;
const PHONE_LIMIT = 1200;

const { index, budgetOf } = dataIn(DIST_DATA);
/** The pair with the most 功能分类 类 between them (the longest section a phone can be given), from the data. */
const longest = (() => {
  const lei = (file: string) => new Set(budgetOf(file).functional.map((r) => r.code.slice(0, 3)));
  let best: { ids: string; n: number } = { ids: '', n: -1 };
  for (const [i, a] of index.budgets.entries())
    for (const b of index.budgets.slice(i + 1)) {
      const n = new Set([...lei(a.file), ...lei(b.file)]).size;
      if (n > best.n) best = { ids: `${a.id},${b.id}`, n };
    }
  return best;
})();
const pair = (() => {
  for (const e of index.budgets) {
    const other = index.budgets.find((o) => o.departmentId === e.departmentId && o.year > e.year);
    if (other) return [e.id, other.id] as const;
  }
  throw new Error('no department with two years in index.json');
})();
const ids = pair.join(',');

let site: StaticServer;
test.beforeAll(async () => {
  site = await startStaticServer({ root: DIST, mount: '/budgets/', port: SITE_PORT });
});
test.afterAll(async () => {
  await site.close();
});

async function embedHeight(page: Page): Promise<number> {
  return page.getByTestId('embed-root').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
}

for (const width of [375, 1280]) {
  test(`every compare section alone at ${width} px: its bars, no table or switches${width === 375 ? `, ≤ ${PHONE_LIMIT} px` : ''}`, async ({ page }) => {
    const w = watchPage(page);
    await page.setViewportSize({ width, height: 900 });
    const heights: string[] = [];
    for (const section of SECTIONS) {
      await page.goto(`${site.url}#/embed/compare?ids=${ids}&section=${section}`);
      await expect(page.getByTestId('embed-credit')).toBeVisible();
      await expect(page.getByTestId(`compare-section-${section}`)).toBeVisible();
      for (const other of SECTIONS.filter((s) => s !== section)) await expect(page.getByTestId(`compare-section-${other}`)).toHaveCount(0);
      await expect(page.getByTestId(`compare-bars-${section}`)).toBeVisible();
      await expect(page.locator('table')).toHaveCount(0);
      for (const gone of [
        'compare-budgets',
        'compare-measure-total',
        'compare-picker',
        'view-tools',
        `compare-embed-${section}`,
        `compare-expand-all-${section}`,
      ]) {
        await expect(page.getByTestId(gone)).toHaveCount(0);
      }
      // The link back is the whole comparison, without the section.
      await expect(page.getByTestId('embed-full-link')).toHaveAttribute('href', `${site.url}#/compare?ids=${ids}`);
      const h = await embedHeight(page);
      heights.push(`${section} ${h}`);
      if (width === 375) expect(h, section).toBeLessThanOrEqual(PHONE_LIMIT);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(SHOTS, `embed-compare-${section}-${width}.png`), fullPage: true });
    }
    console.log(`${ids} at ${width} px: ${heights.join(', ')}`);
    // 数据: the embed offers its figures — the CSV of the section shown (its every line, 类 to 项), no other.
    await page.goto(`${site.url}#/embed/compare?ids=${ids}&section=functional`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('embed-data').click()]);
    expect(download.suggestedFilename()).toContain('-functional');
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const rows = csv.trim().split(/\r?\n/).slice(1);
    const shownLines = await page.locator('[data-testid^="compare-bars-functional-line-"]').count();
    expect(rows.length).toBeGreaterThanOrEqual(shownLines);
    const sectionName = (await page.getByTestId('compare-section-functional').locator('h2').textContent())!.split(' · ')[0]!;
    for (const r of rows) expect(r.startsWith(sectionName) || r.startsWith(`"${sectionName}`)).toBe(true);
    // A section name that is not one: the whole comparison, and the reader is told.
    await page.goto(`${site.url}#/embed/compare?ids=${ids}&section=nope`);
    await expect(page.getByTestId('compare-section-totals')).toBeVisible();
    await expect(page.getByTestId('compare-section-functional')).toBeVisible();
    expect(w.errors).toEqual([]);
  });
}

test('a section’s 嵌入 gives a snippet for that section; pasted into an article on another origin it renders and takes its height', async ({
  browser,
  page,
}) => {
  await page.goto(`${site.url}#/compare?ids=${ids}`);
  await page.getByTestId('compare-embed-functional').click();
  const code = page.getByTestId('embed-code');
  await expect(code).toBeVisible();
  const snippet = await code.inputValue();
  expect(snippet).toContain(`src="${site.url}#/embed/compare?ids=${ids}&amp;section=functional"`);
  // No controls option for a comparison (it has no view switches to bring along).
  await expect(page.getByTestId('embed-with-controls')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('compare-embed-functional')).toBeFocused();

  const article = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><article style="max-width:375px"><p>Before.</p>${snippet.replace('<iframe ', '<iframe class="embed" ')}<p>After.</p></article></body></html>`;
  const host = await startStaticServer({ root: join(DIST, 'no-such-dir'), port: HOST_PORT, pages: { '/article.html': article } });
  const context = await browser.newContext({ viewport: { width: 375, height: 1600 }, locale: 'zh-CN' });
  const reader = await context.newPage();
  const watch = watchPage(reader);
  try {
    await reader.goto(`http://127.0.0.1:${HOST_PORT}/article.html`);
    const frame = reader.frameLocator('iframe.embed');
    await expect(frame.getByTestId('compare-bars-functional')).toBeVisible();
    await expect(frame.getByTestId('compare-section-totals')).toHaveCount(0);
    const frameEl = reader.locator('iframe.embed');
    const inner = () => frame.getByTestId('embed-root').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
    await expect
      .poll(async () => Math.abs((await frameEl.evaluate((e) => Math.round(e.getBoundingClientRect().height))) - (await inner())), { timeout: 10_000 })
      .toBe(0);
    expect(await inner()).toBeLessThanOrEqual(PHONE_LIMIT);
    await reader.screenshot({ path: join(SHOTS, 'embed-compare-section-article-375.png'), fullPage: true });
    expect(watch.errors).toEqual([]);
  } finally {
    await context.close();
    await host.close();
  }
});

test('the longest section, pasted into an article on a phone: the frame stops at 1,200 px and scrolls to its last line', async ({ browser }) => {
  // The product's own snippet (sandboxed frame and embed.js), for this section.
  const snippet = buildEmbedSnippet({
    src: `${site.url}#/embed/compare?ids=${longest.ids}&section=functional`,
    title: 'compare',
    height: COMPARE_SECTION_EMBED_HEIGHT,
    scriptSrc: `${site.url}embed.js`,
  });
  const article = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><article style="max-width:375px"><p>Before.</p>${snippet.replace('<iframe ', '<iframe class="embed" ')}<p>After.</p></article></body></html>`;
  const host = await startStaticServer({ root: join(DIST, 'no-such-dir'), port: HOST_PORT, pages: { '/article.html': article } });
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN' });
  const reader = await context.newPage();
  try {
    await reader.goto(`http://127.0.0.1:${HOST_PORT}/article.html`);
    const frame = reader.frameLocator('iframe.embed');
    await expect(frame.getByTestId('compare-bars-functional')).toBeVisible();
    const content = await frame.getByTestId('embed-root').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
    const frameEl = reader.locator('iframe.embed');
    // The frame follows its content up to the cap, never past it.
    await expect
      .poll(async () => frameEl.evaluate((e) => Math.round(e.getBoundingClientRect().height)), { timeout: 10_000 })
      .toBe(Math.min(content, PHONE_LIMIT));
    console.log(`${longest.ids} (${longest.n} 类) functional at 375 px: content ${content} px, frame ${Math.min(content, PHONE_LIMIT)} px`);
    // The last line is reachable by scrolling inside the frame.
    const last = frame.locator('[data-testid^="compare-bars-functional-line-"]').last();
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    await reader.screenshot({ path: join(SHOTS, 'embed-compare-longest-article-375.png') });
  } finally {
    await context.close();
    await host.close();
  }
});
