/**
 * Static hosting: the built dist/ (as `npm test` builds it) served by a plain file server with no
 * rewrites and no server-side routing — from a sub-folder (/budgets/) and from the site root. Every page
 * works, deep links survive a reload, data is fetched with relative URLs under the mount, no request
 * leaves the origin, the CSP meta is in place and nothing violates it. Then the files themselves: no
 * inline script, no absolute asset path, nothing from another host, no web fonts.
 * Budgets come from index.json (read here, never hard-coded).
 */
import { routeOfPagePath } from '../src/state/pagePath';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { portNear, startStaticServer, type StaticServer } from './support/staticServer';
import { foreignRequests, watchPage } from './support/pageWatch';
import { DIST, DIST_DATA, dataIn } from './support/realData';

const { index } = dataIn(DIST_DATA);
const [a, b] = index.budgets;

const MOUNTS = [
  { mount: '/budgets/', port: portNear(10) },
  { mount: '/', port: portNear(13) },
] as const;

/**
 * Every link on the page stays on the page (a #/ route) or opens a page the build wrote as a file (a
 * budget view's pre-rendered page, relative to the site's root: the view tabs): no route a plain file
 * server could not answer. Gives the links that are neither, and checks each page link is served.
 */
async function linksAreHashRoutes(page: Page, base: string): Promise<string[]> {
  const hrefs = await page.locator('a[href]').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
  // A pre-rendered page's address (pagePath.ts): the page is there, the app's render of that route.
  const pages = hrefs.filter((h) => !h.includes(':') && !h.startsWith('#') && routeOfPagePath(`/${h}`) !== undefined);
  for (const h of new Set(pages)) {
    const res = await page.request.get(new URL(h, base).href);
    expect(res.status(), h).toBe(200);
    expect(await res.text(), h).toContain(`data-route="${routeOfPagePath(`/${h}`)}`);
  }
  return hrefs.filter((h) => !h.startsWith('#') && !h.startsWith(`${base}#`) && !pages.includes(h));
}

for (const { mount, port } of MOUNTS) {
  test.describe(`dist/ served from ${mount}`, () => {
    let server: StaticServer;
    test.beforeAll(async () => {
      server = await startStaticServer({ root: DIST, mount, port });
    });
    test.afterAll(async () => {
      await server.close();
    });

    test('catalog → budget → every view → embed, deep links reloaded, all from this origin and mount', async ({ page }) => {
      const watch = watchPage(page);
      server.requests.length = 0;
      await page.goto(server.url);
      await expect(page.getByTestId('catalog-table')).toBeVisible();
      expect(await linksAreHashRoutes(page, server.url)).toEqual([]);
      await page.getByTestId(`catalog-link-${a!.id}`).click();
      await expect(page.getByTestId('budget-page')).toHaveAttribute('data-budget-id', a!.id);
      expect(page.url()).toBe(`${server.url}#/budget/${a!.id}/treemap`);
      for (const view of ['sankey', 'tables', 'treemap'] as const) {
        await page.getByTestId(`view-link-${view}`).click();
        await expect(page.getByTestId(`view-${view}`)).toBeVisible();
        await expect(page.locator('[data-testid^="view-"] [data-testid="loading"]')).toHaveCount(0);
      }
      expect(await linksAreHashRoutes(page, server.url)).toEqual([]);

      // A deep link, opened cold and reloaded: no server-side route is needed.
      const cell = page.locator('[data-testid^="treemap-node-"][data-drillable]').first();
      const key = await cell.getAttribute('data-key');
      await cell.click();
      await expect(page.getByTestId('treemap-up')).toBeVisible();
      const deep = page.url();
      expect(deep).toBe(`${server.url}#/budget/${a!.id}/treemap?path=${key}`);
      await page.reload();
      await expect(page.getByTestId('treemap-crumb-current')).toBeVisible();
      await expect(page.getByTestId('treemap-up')).toBeVisible();
      await page.goto(`${server.url}index.html#/budget/${b!.id}/tables?lang=en`);
      await expect(page.getByTestId('tables-view')).toBeVisible();
      await page.goto(`${server.url}#/embed/${b!.id}/sankey`);
      await expect(page.getByTestId('embed-page')).toBeVisible();
      await expect(page.getByTestId('sankey-svg')).toBeVisible();

      // Relative data URLs: everything the server was asked for lies under the mount.
      expect(server.requests.filter((p) => !p.startsWith(mount))).toEqual([]);
      // The catalog reads its head, a budget page its own file and its department's (never the whole index).
      expect(server.requests).toContain(`${mount}data/catalog-head.json`);
      expect(server.requests).toContain(`${mount}data/departments/${a!.departmentId}.json`);
      expect(server.requests).toContain(`${mount}data/${a!.file}`);
      expect(server.requests).toContain(`${mount}data/${b!.file}`);
      expect(server.requests.some((p) => p.startsWith(`${mount}assets/`) && p.endsWith('.js'))).toBe(true);
      expect(foreignRequests(watch.requests, [new URL(server.url).origin])).toEqual([]);
      // The CSP meta is in force, and nothing on these pages trips it.
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(watch.cspViolations).toEqual([]);
      expect(watch.failed).toEqual([]);
      expect(watch.errors).toEqual([]);
    });

    test('the CSP really blocks: an injected inline script does not run', async ({ page }) => {
      const watch = watchPage(page);
      await page.goto(`${server.url}#/budget/${a!.id}/treemap`);
      await expect(page.getByTestId('treemap-svg')).toBeVisible();
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inline = 1';
        document.head.appendChild(s);
      });
      await expect.poll(() => watch.cspViolations.length).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
    });
  });
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

test('the built files: CSP meta, no inline script, relative asset paths, nothing from another host, no web fonts', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'"]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  // Every script is a file, loaded by a relative path.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attrs, body] of scripts) {
    expect(body?.trim()).toBe('');
    expect(attrs).toMatch(/\ssrc="\.\/assets\/[^"]+\.js"/);
  }
  // Assets in the head by a relative path; the catalog's links in the body relative too (a hash, or a page's
  // folder below the root), never to another host or the server's root.
  const headEnd = html.indexOf('</head>');
  for (const [, url] of html.slice(0, headEnd).matchAll(/\s(?:src|href)="([^"]*)"/g)) expect(url).toMatch(/^(\.\/|data:)/);
  for (const [, url] of html.slice(headEnd).matchAll(/\s(?:src|href)="([^"]*)"/g)) expect(url).not.toMatch(/^(\/|[a-z][a-z0-9+.-]*:)/i);
  expect(html).not.toMatch(/\sstyle="/);

  const all = files(DIST).map((p) => relative(DIST, p));
  expect(all).toContain('embed.js');
  expect(all.filter((p) => /\.(woff2?|ttf|otf|eot)$/i.test(p))).toEqual([]);
  // Absolute URLs in the code are XML namespaces, React's error-page links (text of error messages,
  // never fetched) and example.org in embed.js's usage comment; nothing else names another host.
  const allowed = /^https?:\/\/(www\.w3\.org\/|react\.dev\/errors\/|example\.org\/)/;
  for (const p of all.filter((f) => ['.js', '.css', '.html'].includes(extname(f)))) {
    const text = readFileSync(join(DIST, p), 'utf8');
    const urls = [...text.matchAll(/https?:\/\/[^\s"'`)<>]*/g)].map((m) => m[0]).filter((u) => !allowed.test(u));
    expect(urls, p).toEqual([]);
    if (p.endsWith('.css')) expect(text, p).not.toMatch(/@import|url\((?!["']?data:)/);
    if (p.endsWith('.js')) expect(text, p).not.toMatch(/\beval\(|new Function\(/);
    // The embed page reads no messages: nothing in the app listens for them (embed.js, which runs on the
    // article's page, is the one listener).
    if (p.endsWith('.js') && p !== 'embed.js') expect(text, p).not.toMatch(/addEventListener\(\s*["']message["']/);
  }
});

test('served from the precompressed copies the build writes: every text file of 1 KB and more arrives as Brotli, and the site works', async ({ page }) => {
  const server = await startStaticServer({ root: DIST, mount: '/', port: portNear(16), precompressed: true });
  try {
    const watch = watchPage(page);
    const encodings: { url: string; encoding: string; bytes: number }[] = [];
    page.on('response', async (r) => {
      const url = new URL(r.url());
      if (!/\.(js|css|json|html)$/.test(url.pathname) && url.pathname !== '/') return;
      const file = join(DIST, url.pathname === '/' ? 'index.html' : url.pathname);
      encodings.push({ url: url.pathname, encoding: (await r.allHeaders())['content-encoding'] ?? '', bytes: statSync(file).size });
    });
    await page.goto(`${server.url}#/budget/${a!.id}/treemap`);
    await expect(page.getByTestId('treemap-svg')).toBeVisible();
    const big = encodings.filter((e) => e.bytes >= 1024);
    expect(big.length).toBeGreaterThan(2);
    for (const e of big) expect(e.encoding, e.url).toBe('br');
    expect(watch.errors).toEqual([]);
  } finally {
    await server.close();
  }
});
