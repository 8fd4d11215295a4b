/**
 * Embeds (嵌入) on the built site (dist/, as `npm test` builds it): the site is served from a sub-folder
 * (/budgets/) on one port and a news article on another port pastes the embed code the dialog gives it —
 * a treemap and a table of two different budgets, with public/embed.js for the height. The frames render,
 * their height follows their content, embed.js ignores everyone else's messages, and no request leaves
 * the two origins. Then each embed page alone at 300, 375 and 1280 px, and the embed dialog itself.
 * Budgets come from index.json (read here, never hard-coded).
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { portNear, startStaticServer, type StaticServer } from './support/staticServer';
import { foreignRequests, watchPage } from './support/pageWatch';
import { DIST, DIST_DATA, dataIn, SHOTS } from './support/realData';

const SITE_PORT = portNear(8);
const HOST_PORT = portNear(9);

const { index, budgetOf } = dataIn(DIST_DATA);
const budgets = index.budgets.map((e) => ({ entry: e, budget: budgetOf(e.file) }));
// The treemap: the budget with the most 功能分类 rows (deepest to drill); the table: another one.
const treemapBudget = [...budgets].sort((a, b) => b.budget.functional.length - a.budget.functional.length)[0]!;
// Every document prints a 功能分类 table (tests/fixtures/documents.ts): any other budget will do.
const tableBudget = budgets.find((b) => b.entry.id !== treemapBudget.entry.id)!;

let site: StaticServer;

test.beforeAll(async () => {
  site = await startStaticServer({ root: DIST, mount: '/budgets/', port: SITE_PORT });
});

test.afterAll(async () => {
  await site.close();
});

/** The snippet the embed dialog gives for a view. */
async function snippetFor(page: Page, hash: string): Promise<string> {
  await page.goto(`${site.url}${hash}`);
  await page.getByTestId('embed-button').click();
  const code = page.getByTestId('embed-code');
  await expect(code).toBeVisible();
  const text = await code.inputValue();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('embed-dialog')).toHaveCount(0);
  return text;
}

async function frameHeights(page: Page): Promise<number[]> {
  return page.locator('iframe.embed').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().height)));
}

async function contentHeight(frame: Frame): Promise<number> {
  return frame.evaluate(() => Math.ceil(document.querySelector('[data-testid="embed-root"]')?.getBoundingClientRect().height ?? -1));
}

function frameOf(page: Page, nth: number): Frame {
  const frames = page.frames().filter((f) => f.url().startsWith(site.url));
  const f = frames[nth];
  if (!f) throw new Error(`no site frame ${nth}`);
  return f;
}

test('an article on another origin embeds two views with the dialog’s code: they render, their height follows the content, nothing leaves the two origins', async ({
  browser,
  page,
}) => {
  const treemapSnippet = await snippetFor(page, `#/budget/${treemapBudget.entry.id}/treemap`);
  const tableSnippet = await snippetFor(page, `#/budget/${tableBudget.entry.id}/tables`);
  // The frame opens the view's pre-rendered embed page (the chart in its markup), the route in the hash.
  expect(treemapSnippet).toContain(`src="${site.url}embed/${treemapBudget.entry.id}/treemap/#/embed/${treemapBudget.entry.id}/treemap"`);
  expect(treemapSnippet).toContain(`<script src="${site.url}embed.js" async></script>`);
  expect(tableSnippet).toContain(`src="${site.url}embed/${tableBudget.entry.id}/tables/#/embed/${tableBudget.entry.id}/tables"`);

  // The article: a narrow column, both snippets pasted as they are (so embed.js is loaded twice), a
  // frame of the article's own origin that posts a well-formed height message, and a recorder of
  // every message the article receives. The article is not under the site's CSP.
  const asEmbed = (s: string) => s.replace('<iframe ', '<iframe class="embed" ');
  const article = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,">
<style>body{margin:0;font-family:sans-serif} article{max-width:460px;margin:0 auto;padding:8px}</style></head>
<body><article><h1>A news article</h1><p>Some text before the chart.</p>
${asEmbed(treemapSnippet)}
<p>Some text between.</p>
${asEmbed(tableSnippet)}
<iframe id="impostor" src="/impostor.html" height="50" style="width:100%;border:0"></iframe>
</article>
<script>
window.__messages = [];
window.addEventListener('message', function (e) { window.__messages.push({ origin: e.origin, data: e.data }); });
window.postMessage({ type: 'yusuan-toushi:embed-height', height: 33 }, '*');
</script></body></html>`;
  const impostor = `<!doctype html><meta charset="utf-8"><p>impostor</p><script>
setInterval(function () { parent.postMessage({ type: 'yusuan-toushi:embed-height', height: 77 }, '*'); }, 100);
</script>`;
  const host = await startStaticServer({ root: join(DIST, 'no-such-dir'), port: HOST_PORT, pages: { '/article.html': article, '/impostor.html': impostor } });
  // Tall enough for both frames to stay in view: Chrome pauses rendering (and so ResizeObserver) in
  // cross-origin frames scrolled out of view, and the height follows when the reader scrolls to them.
  const context = await browser.newContext({ viewport: { width: 1280, height: 2400 }, locale: 'zh-CN' });
  const reader = await context.newPage();
  const watch = watchPage(reader);
  try {
    await reader.goto(`http://127.0.0.1:${HOST_PORT}/article.html`);
    const treemap = reader.frameLocator('iframe.embed >> nth=0');
    const table = reader.frameLocator('iframe.embed >> nth=1');
    await expect(treemap.getByTestId('embed-page')).toHaveAttribute('data-budget-id', treemapBudget.entry.id);
    await expect(treemap.getByTestId('treemap-svg')).toBeVisible();
    await expect(treemap.getByTestId('embed-title')).toContainText(treemapBudget.budget.department);
    await expect(table.getByTestId('embed-page')).toHaveAttribute('data-budget-id', tableBudget.entry.id);
    await expect(table.getByTestId('tables-view')).toBeVisible();

    // The frames take their content's height (not the snippet's fixed 720 / 680).
    const follows = async () => {
      const heights = await frameHeights(reader);
      const content = [await contentHeight(frameOf(reader, 0)), await contentHeight(frameOf(reader, 1))];
      return heights.map((h, i) => Math.abs(h - (content[i] ?? 0)));
    };
    await expect.poll(follows, { timeout: 10_000 }).toEqual([0, 0]);
    const before = await frameHeights(reader);
    expect(before[0]).not.toBe(720);
    expect(before[1]).not.toBe(680);
    await reader.screenshot({ path: join(SHOTS, 'embed-article-1280.png'), fullPage: true });

    // Content changes inside the frames: drill the treemap, expand the table; the frames follow.
    const cell = treemap.locator('[data-testid^="treemap-node-"][data-drillable]').first();
    const key = await cell.getAttribute('data-key');
    await cell.click();
    await expect(treemap.getByTestId('treemap-up')).toBeVisible();
    expect(await frameOf(reader, 0).evaluate(() => location.hash)).toBe(`#/embed/${treemapBudget.entry.id}/treemap?path=${key}`);
    await expect.poll(follows, { timeout: 10_000 }).toEqual([0, 0]);
    await table.getByTestId('tables-expand-all').click();
    await expect.poll(async () => (await frameHeights(reader))[1], { timeout: 10_000 }).toBeGreaterThan(before[1]! + 50);
    await expect.poll(follows, { timeout: 10_000 }).toEqual([0, 0]);

    // Language by URL: the treemap frame reloads in English, with a different height, and follows it.
    const drilled = (await frameHeights(reader))[0]!;
    await reader
      .locator('iframe.embed')
      .first()
      .evaluate((f: HTMLIFrameElement, src) => {
        f.src = src;
      }, `${site.url}#/embed/${treemapBudget.entry.id}/treemap?lang=en`);
    await expect(treemap.getByTestId('embed-unit')).toContainText('万元');
    await expect(treemap.getByTestId('embed-title')).toContainText('Treemap');
    await expect.poll(follows, { timeout: 10_000 }).toEqual([0, 0]);
    expect((await frameHeights(reader))[0]).not.toBe(drilled);
    await reader.screenshot({ path: join(SHOTS, 'embed-article-changed-1280.png'), fullPage: true });

    // Messages: the embeds sent only their height, in the one shape; embed.js ignored the impostor
    // frame (article origin) and the article's own message.
    const messages = await reader.evaluate(() => (window as unknown as { __messages: { origin: string; data: unknown }[] }).__messages);
    const fromSite = messages.filter((m) => m.origin === `http://127.0.0.1:${SITE_PORT}`);
    // Each height goes out in three shapes (ours for embed.js, AMP's embed-size, Embedly's iframe.resize
    // string; Pym's only when placed by Pym) — and nothing else is ever sent.
    const own = fromSite.filter((m) => typeof m.data === 'object' && (m.data as { type?: string }).type === 'yusuan-toushi:embed-height');
    const amp = fromSite.filter((m) => typeof m.data === 'object' && (m.data as { sentinel?: string }).sentinel === 'amp');
    const embedly = fromSite.filter((m) => typeof m.data === 'string' && (m.data as string).includes('"iframe.resize"'));
    expect(own.length).toBeGreaterThan(2);
    expect(own.length + amp.length + embedly.length).toBe(fromSite.length);
    expect(amp.length).toBe(own.length);
    expect(embedly.length).toBe(own.length);
    for (const m of own) {
      expect(Object.keys(m.data as object).sort()).toEqual(['height', 'type']);
      expect(m.data).toMatchObject({ type: 'yusuan-toushi:embed-height', height: expect.any(Number) });
    }
    for (const m of amp) expect(m.data).toEqual({ sentinel: 'amp', type: 'embed-size', height: expect.any(Number) });
    for (const m of embedly)
      expect(JSON.parse(m.data as string)).toEqual({ src: expect.stringContaining('#/embed/'), context: 'iframe.resize', height: expect.any(Number) });
    expect(messages.some((m) => m.origin === `http://127.0.0.1:${HOST_PORT}`)).toBe(true);
    const impostorHeight = await reader.locator('#impostor').evaluate((e) => Math.round(e.getBoundingClientRect().height));
    expect(impostorHeight).toBe(50);
    expect(await frameHeights(reader)).not.toContain(33);

    // Nothing from anywhere else, nothing blocked by the CSP, no errors, in any frame.
    expect(watch.requests.length).toBeGreaterThan(5);
    expect(foreignRequests(watch.requests, [`http://127.0.0.1:${SITE_PORT}`, `http://127.0.0.1:${HOST_PORT}`])).toEqual([]);
    expect(site.requests.filter((p) => !p.startsWith('/budgets/'))).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.failed).toEqual([]);
    expect(watch.errors).toEqual([]);
  } finally {
    await context.close();
    await host.close();
  }
});

test('the snippet’s sandbox: the frame renders, cannot navigate the article, and still opens the full view in a new window', async ({ browser, page }) => {
  const snippet = await snippetFor(page, `#/budget/${treemapBudget.entry.id}/treemap`);
  const [frameTag, linkLine] = snippet.split('\n');
  expect(frameTag).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"');
  expect(frameTag).not.toContain('allow-top-navigation');
  // The text link under the frame: the full view, for platforms that strip iframes.
  expect(linkLine).toMatch(
    new RegExp(
      `^<p><a href="${site.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}budget/${treemapBudget.entry.id}/treemap/#/budget/${treemapBudget.entry.id}/treemap">.+</a></p>$`,
    ),
  );
  const article = `<!doctype html><html><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head><body>${snippet}</body></html>`;
  const host = await startStaticServer({ root: join(DIST, 'no-such-dir'), port: HOST_PORT, pages: { '/sandbox.html': article } });
  const context = await browser.newContext({ viewport: { width: 1280, height: 1600 } });
  const reader = await context.newPage();
  try {
    await reader.goto(`http://127.0.0.1:${HOST_PORT}/sandbox.html`);
    const frame = reader.frameLocator('iframe');
    await expect(frame.getByTestId('treemap-svg')).toBeVisible();
    const inside = reader.frames().find((f) => f.url().startsWith(site.url))!;
    // A script inside the frame tries to take the article's window elsewhere: the sandbox refuses.
    const attempt = await inside.evaluate(() => {
      try {
        (window.top as Window).location.href = 'about:blank#hijacked';
        return 'no error';
      } catch (e) {
        return (e as Error).name;
      }
    });
    await reader.waitForTimeout(500);
    expect(reader.url()).toBe(`http://127.0.0.1:${HOST_PORT}/sandbox.html`);
    expect(attempt).toBe('SecurityError');
    // The link back still opens, outside the sandbox: the full site runs its scripts there.
    const [full] = await Promise.all([context.waitForEvent('page'), frame.getByTestId('embed-full-link').click()]);
    await expect(full.getByTestId('budget-page')).toBeVisible();
    // The plain link in the article leads to the same full view.
    await expect(reader.locator('p > a')).toHaveAttribute(
      'href',
      `${site.url}budget/${treemapBudget.entry.id}/treemap/#/budget/${treemapBudget.entry.id}/treemap`,
    );
  } finally {
    await context.close();
    await host.close();
  }
});

test.describe('embed pages alone', () => {
  for (const view of ['treemap', 'sankey', 'tables'] as const) {
    test(`${view}: title, unit, credit and link back, no site chrome, from 300 px to 1280 px`, async ({ page }) => {
      const { entry, budget } = treemapBudget;
      const watch = watchPage(page);
      for (const width of [300, 375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${site.url}#/embed/${entry.id}/${view}`);
        await expect(page.getByTestId('embed-page')).toBeVisible();
        await expect(page.getByTestId(`view-${view}`)).toBeVisible();
        if (view === 'treemap') await expect(page.getByTestId('treemap-svg')).toBeVisible();
        if (view === 'sankey') await expect(page.getByTestId('sankey-svg')).toBeVisible();
        if (view === 'tables') await expect(page.getByTestId(`tables-table-functional`)).toBeVisible();
        await expect(page.getByTestId('embed-title')).toContainText(budget.department);
        await expect(page.getByTestId('embed-title')).toContainText(String(budget.year));
        await expect(page.getByTestId('embed-unit')).toContainText('万元');
        const credit = page.getByTestId('embed-credit');
        await expect(credit).toContainText(budget.department);
        await expect(credit).toContainText(String(budget.year));
        await expect(credit).toContainText(budget.source);
        const back = page.getByTestId('embed-full-link');
        await expect(back).toHaveAttribute('target', '_blank');
        await expect(back).toHaveAttribute('rel', /noopener/);
        // The budget view's own page (it reads without a script), the route in the hash.
        await expect(back).toHaveAttribute('href', `${site.url}budget/${entry.id}/${view}/#/budget/${entry.id}/${view}`);
        // No navigation chrome.
        for (const chrome of ['site-header', 'site-footer', 'view-nav', 'back-link', 'skip-link']) await expect(page.getByTestId(chrome)).toHaveCount(0);
        await expect(page.getByTestId('view-tools')).toHaveCount(0);
        await expect(page.getByTestId('headline-total')).toHaveCount(0);
        // It fills the width it is given and no more.
        await expect(page.getByTestId('loading')).toHaveCount(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const used = await page.getByTestId('embed-root').evaluate((e) => e.getBoundingClientRect().width);
        expect(used).toBe(width);
        await page.mouse.move(1, 1);
        await page.screenshot({ path: join(SHOTS, `embed-${view}-${width}.png`), fullPage: true });
        if (width === 375) {
          const axe = await new AxeBuilder({ page }).analyze();
          expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
        }
      }
      expect(watch.cspViolations).toEqual([]);
      expect(watch.errors).toEqual([]);
    });
  }

  // Issue 13: chart-only by default — no switches, no instructions — and the controls when the link asks.
  const CONTROLS = { treemap: ['treemap-controls', 'treemap-help'], sankey: ['sankey-controls', 'sankey-hint'], tables: ['tables-tab-functional'] } as const;
  for (const view of ['treemap', 'sankey', 'tables'] as const) {
    test(`${view}: chart-only by default, the view's controls with controls=1; the full page always has them`, async ({ page }) => {
      const { entry } = treemapBudget;
      const watch = watchPage(page);
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${site.url}#/embed/${entry.id}/${view}`);
        await expect(page.getByTestId(`view-${view}`)).toBeVisible();
        if (view === 'tables') await expect(page.getByTestId('tables-name-only')).toBeVisible();
        else await expect(page.getByTestId(`${view}-svg`)).toBeVisible();
        for (const id of CONTROLS[view]) await expect(page.getByTestId(id)).toHaveCount(0);
        await page.screenshot({ path: join(SHOTS, `embed-chart-only-${view}-${width}.png`), fullPage: true });
        await page.goto(`${site.url}#/embed/${entry.id}/${view}?controls=1`);
        for (const id of CONTROLS[view]) await expect(page.getByTestId(id).first()).toBeVisible();
        await expect(page.getByTestId('tables-name-only')).toHaveCount(0);
        // The link back is the full page, which has its controls whatever the embed showed.
        await expect(page.getByTestId('embed-full-link')).toHaveAttribute('href', `${site.url}budget/${entry.id}/${view}/#/budget/${entry.id}/${view}`);
        await page.goto(`${site.url}#/budget/${entry.id}/${view}?controls=0`);
        for (const id of CONTROLS[view]) await expect(page.getByTestId(id).first()).toBeVisible();
      }
      if (view === 'treemap') {
        // Chart-only still drills: a click on a 类 goes in, the breadcrumb comes back.
        await page.goto(`${site.url}#/embed/${entry.id}/treemap`);
        await page.locator('[data-testid^="treemap-node-"][data-drillable]').first().click();
        await expect(page.getByTestId('treemap-up')).toBeVisible();
        await expect(page).toHaveURL(/path=/);
      }
      expect(watch.errors).toEqual([]);
    });
  }

  test('the link back opens the full view in a new window; drilling inside stays in the embed and adds no history', async ({ page, context }) => {
    const { entry } = treemapBudget;
    const watch = watchPage(page);
    await page.goto(`${site.url}#/embed/${entry.id}/treemap?lang=en`);
    await expect(page.getByTestId('treemap-svg')).toBeVisible();
    const historyBefore = await page.evaluate(() => history.length);
    const cell = page.locator('[data-testid^="treemap-node-"][data-drillable]').first();
    const key = (await cell.getAttribute('data-key'))!;
    await cell.click();
    await expect(page.getByTestId('treemap-up')).toBeVisible();
    expect(await page.evaluate(() => location.hash)).toBe(`#/embed/${entry.id}/treemap?path=${key}&lang=en`);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    await expect(page.getByTestId('embed-full-link')).toHaveAttribute(
      'href',
      `${site.url}en/budget/${entry.id}/treemap/#/budget/${entry.id}/treemap?path=${key}&lang=en`,
    );
    const [full] = await Promise.all([context.waitForEvent('page'), page.getByTestId('embed-full-link').click()]);
    await expect(full.getByTestId('budget-page')).toBeVisible();
    await expect(full.getByTestId('site-header')).toBeVisible();
    expect(full.url()).toBe(`${site.url}en/budget/${entry.id}/treemap/#/budget/${entry.id}/treemap?path=${key}&lang=en`);
    // The drill the embed was at, opened by the app from the hash.
    await expect(full.getByTestId('treemap-up')).toBeVisible();
    // noopener: the new window has no handle on the embed's.
    expect(await full.evaluate(() => window.opener)).toBeNull();
    expect(watch.errors).toEqual([]);
  });
});

test.describe('the embed dialog', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('gives a ready snippet, traps focus, copies, closes with Escape and returns focus', async ({ page }) => {
    const { entry, budget } = treemapBudget;
    const watch = watchPage(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./#/budget/${entry.id}/sankey`);
    await expect(page.getByTestId('sankey-svg')).toBeVisible();
    const opener = page.getByTestId('embed-button');
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('embed-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-labelledby', /.+/);
    await expect(page.getByRole('dialog', { name: '把这个视图嵌入网页' })).toBeVisible();

    const code = page.getByTestId('embed-code');
    await expect(code).toBeFocused();
    const snippet = await code.inputValue();
    const origin = new URL(page.url()).origin;
    const [frame, link, script] = snippet.split('\n');
    expect(frame).toMatch(/^<iframe [^>]*><\/iframe>$/);
    expect(frame).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"');
    expect(link).toBe(
      `<p><a href="${origin}/budget/${entry.id}/sankey/#/budget/${entry.id}/sankey">${budget.department} ${budget.year} · 资金流向 · 预算透视</a></p>`,
    );
    expect(frame).toContain(`src="${origin}/embed/${entry.id}/sankey/#/embed/${entry.id}/sankey"`);
    expect(frame).toContain(`title="${budget.department} ${budget.year} · 资金流向 · 预算透视"`);
    expect(frame).toContain('loading="lazy"');
    expect(frame).toContain('width="100%"');
    expect(frame).toMatch(/height="\d{3,4}"/);
    expect(frame).toContain('border:0');
    expect(script).toBe(`<script src="${origin}/embed.js" async></script>`);
    await page.screenshot({ path: join(SHOTS, 'embed-dialog-1280.png') });
    expect((await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    // Copy: the clipboard holds exactly the snippet shown.
    await page.getByTestId('embed-copy').click();
    await expect(page.getByTestId('embed-copy-status')).toContainText('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    // Without the script: the iframe and its link; without the link too: the iframe alone.
    await page.getByTestId('embed-auto-height').uncheck();
    expect(await code.inputValue()).toBe(`${frame}\n${link}`);
    await page.getByTestId('embed-with-link').uncheck();
    const fixed = await code.inputValue();
    expect(fixed).toBe(frame);
    // Chart-only is the default; the option brings the view's controls into the frame (controls=1).
    await page.getByTestId('embed-with-controls').check();
    expect(await code.inputValue()).toBe(
      frame!.replace(
        `src="${origin}/embed/${entry.id}/sankey/#/embed/${entry.id}/sankey"`,
        `src="${origin}/embed/${entry.id}/sankey/#/embed/${entry.id}/sankey?controls=1"`,
      ),
    );
    await page.getByTestId('embed-with-controls').uncheck();
    expect(await code.inputValue()).toBe(frame);

    // Focus stays inside, both ways round.
    const inside = () => page.evaluate(() => !!document.activeElement?.closest('[data-testid="embed-dialog"]'));
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await inside()).toBe(true);
    }
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await inside()).toBe(true);
    }
    await page.getByTestId('embed-close').focus();
    await page.keyboard.press('Tab');
    // The first control: the choice of frame or image (embedImage.spec.ts), on its checked option.
    await expect(page.getByTestId('embed-format-frame')).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();

    // On a phone, in English, on a drilled treemap: the snippet keeps the drill level and language.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`./#/budget/${entry.id}/treemap?lang=en`);
    const cell = page.locator('[data-testid^="treemap-node-"][data-drillable]').first();
    const key = await cell.getAttribute('data-key');
    await cell.click();
    await expect(page.getByTestId('treemap-up')).toBeVisible();
    await page.getByTestId('embed-button').click();
    await expect(page.getByRole('dialog', { name: 'Embed this view in a web page' })).toBeVisible();
    // The English page of the embed (en/embed/…): the frame shows English before the script comes.
    expect(await code.inputValue()).toContain(`src="${origin}/en/embed/${entry.id}/treemap/#/embed/${entry.id}/treemap?path=${key}&amp;lang=en"`);
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await page.screenshot({ path: join(SHOTS, 'embed-dialog-375.png') });
    await page.getByTestId('embed-close').click();
    await expect(dialog).toHaveCount(0);
    expect(watch.errors).toEqual([]);
  });
});
