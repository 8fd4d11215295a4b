/**
 * npm run bench:catalog — the catalog (目录) at 2,000 budgets against today's site, in one run (issue 14).
 *
 * Builds the site into a temporary folder, then serves two copies with their precompressed files (.br/.gz,
 * as a static host would): "today" (public/data as committed) and "2,000" (the same build with index.json
 * and catalog-head.json replaced by a generated catalog: scripts/manyBudgets.ts). For each, in Debian's
 * Chromium, cold (a new context per run), median of --runs (5), on a desktop (1280 px, no throttling) and a
 * phone profile (375 px, 4× CPU slowdown, 1.6 Mbps down, 150 ms latency):
 *
 *   - first row: navigation start → the first catalog row in the DOM, then two frames (painted);
 *   - data before it: the gzip bytes of data/*.json the page had received by then (Resource Timing);
 *   - facet change: a region chosen → the list redrawn (once index.json is in: the idle fetch);
 *   - show more: the second page drawn.
 *
 * Prints one table with the ratio of 2,000 to today. Exits 1 if the 2,000-budget catalog's data before its
 * first row exceeds 50 KB gzip. A benchmark, not a test: times vary with machine load (printed alongside).
 *
 *   npm run bench:catalog [-- --runs 5 --budgets 2000]
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startStaticServer } from '../e2e/support/staticServer';
import type { BudgetIndex } from '../src/model/types';
import { manyIndex } from './manyBudgets';
import { arg, kb, median, ms, table, withTimeout } from './benchFormat';
import { CHROMIUM, CHROMIUM_ARGS, coldPage, PROFILES, type Profile } from './benchBrowser';
import { buildSiteInto, compressBeside } from './benchSite';

const RUNS = arg('--runs', 5);
const SIZE = arg('--budgets', 2000);
const HEAD_LIMIT_KB = 50;

/** Installed before the page's scripts: the time the first catalog row is painted. */
const FIRST_ROW = `(() => {
  const b = (window.__bench = { row: null });
  const mo = new MutationObserver(() => {
    if (b.row !== null || !document.querySelector('[data-testid^="catalog-row-"]')) return;
    b.row = -1;
    mo.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => { b.row = performance.now(); }));
  });
  mo.observe(document, { childList: true, subtree: true });
})();`;

/** In the page: data bytes (encoded, i.e. as sent compressed) received before `t`. */
const DATA_BEFORE = `(t) => performance.getEntriesByType('resource')
  .filter((r) => /\\/data\\/.*\\.json$/.test(r.name) && r.responseEnd <= t)
  .reduce((n, r) => n + r.encodedBodySize, 0)`;

/**
 * In the page: run `act` (a click or a change), then time until `done()` holds, plus two frames. A string,
 * not a function: tsx compiles this file with keepNames, and its __name helper does not exist in the page.
 */
async function timed(page: Page, act: string, done: string): Promise<number> {
  return (await page.evaluate(`new Promise((resolve) => {
    const run = ${act};
    const ok = ${done};
    const t0 = performance.now();
    run();
    const poll = () => (ok() ? requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0))) : requestAnimationFrame(poll));
    poll();
  })`)) as number;
}

interface Figures {
  row: number[];
  data: number[];
  facet: number[];
  more: number[];
}

async function measure(browser: Browser, url: string, profile: Profile, region: string, expectMore: boolean): Promise<Figures> {
  const f: Figures = { row: [], data: [], facet: [], more: [] };
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await coldPage(browser, profile, FIRST_ROW);
    const indexArrived = page.waitForResponse(/\/data\/index\.json$/, { timeout: 60_000 }).catch(() => null);
    await page.goto(`${url}#/`);
    await page.waitForFunction('window.__bench.row > 0', null, { timeout: 60_000 });
    const row = (await page.evaluate('window.__bench.row')) as number;
    f.row.push(row);
    f.data.push((await page.evaluate(`(${DATA_BEFORE})(${row})`)) as number);
    // The whole list: fetched when idle on a large site; today's site never needs it for the catalog.
    if (expectMore) await indexArrived;
    const shown = JSON.stringify(await page.getByTestId('catalog-shown').textContent());
    f.facet.push(
      await timed(
        page,
        `() => { const s = document.querySelector('[data-testid="facet-region"]'); s.value = ${JSON.stringify(region)}; s.dispatchEvent(new Event('change', { bubbles: true })); }`,
        `() => document.querySelector('[data-testid="catalog-shown"]').textContent !== ${shown}`,
      ),
    );
    await page.evaluate(`document.querySelector('[data-testid="facet-clear"]').click()`);
    await page.waitForFunction(`!location.hash.includes('region=')`);
    if (expectMore) {
      const before = await page.locator('[data-testid^="catalog-row-"]').count();
      f.more.push(
        await timed(
          page,
          `() => document.querySelector('[data-testid="catalog-more"]').click()`,
          `() => document.querySelectorAll('[data-testid^="catalog-row-"]').length > ${before}`,
        ),
      );
    }
    await context.close();
  }
  return f;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bench-catalog-'));
  try {
    const today = join(work, 'today');
    console.log(`built in ${buildSiteInto(today).toFixed(1)} s`);
    const many = join(work, 'many');
    cpSync(today, many, { recursive: true });
    const realIndex = JSON.parse(readFileSync(join(today, 'data', 'index.json'), 'utf8')) as BudgetIndex;
    const gen = manyIndex(SIZE, realIndex.crosswalk);
    for (const [name, body] of [
      ['index.json', gen.index],
      ['catalog-head.json', gen.head],
    ] as const) {
      const file = join(many, 'data', name);
      writeFileSync(file, `${JSON.stringify(body)}\n`);
      compressBeside(file);
    }
    const gz = (dir: string, name: string) => gzipSync(readFileSync(join(dir, 'data', name)), { level: 9 }).length;
    console.log(
      `data files (gzip -9): today index.json ${kb(gz(today, 'index.json'))} KB, catalog-head.json ${kb(gz(today, 'catalog-head.json'))} KB; ` +
        `${SIZE} budgets index.json ${kb(gz(many, 'index.json'))} KB, catalog-head.json ${kb(gz(many, 'catalog-head.json'))} KB`,
    );

    const servers = [
      await startStaticServer({ root: today, port: 4193, precompressed: true }),
      await startStaticServer({ root: many, port: 4194, precompressed: true }),
    ];
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const rows: string[][] = [];
    let headOver = false;
    try {
      for (const profile of PROFILES) {
        const a = await withTimeout(measure(browser, servers[0]!.url, profile, realIndex.budgets[0]!.region, false), 600_000, `today, ${profile.name}`);
        const b = await withTimeout(measure(browser, servers[1]!.url, profile, '普陀区', true), 600_000, `${SIZE}, ${profile.name}`);
        const ratio = (x: number[], y: number[]) => (median(y) / median(x)).toFixed(2);
        rows.push([`${profile.name}: first row painted (ms)`, ms(median(a.row)), ms(median(b.row)), ratio(a.row, b.row)]);
        rows.push([`${profile.name}: data before it (KB, compressed)`, kb(median(a.data)), kb(median(b.data)), ratio(a.data, b.data)]);
        rows.push([`${profile.name}: region chosen → list redrawn (ms)`, ms(median(a.facet)), ms(median(b.facet)), ratio(a.facet, b.facet)]);
        rows.push([`${profile.name}: show more → 100 rows (ms)`, '—', ms(median(b.more)), '—']);
        if (median(b.data) / 1024 > HEAD_LIMIT_KB) headOver = true;
      }
    } finally {
      await browser.close();
      for (const s of servers) await s.close();
    }
    console.log(`\ncatalog: today's site (${realIndex.budgets.length} budgets) against ${SIZE} generated budgets, median of ${RUNS} cold runs`);
    console.log(table(['', 'today', String(SIZE), 'ratio'], rows));
    console.log(
      `\nmachine: ${cpus().length} cores, load ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}; phone = 4× CPU, 1.6 Mbps, 150 ms`,
    );
    if (headOver) {
      console.error(`FAIL: the ${SIZE}-budget catalog fetched more than ${HEAD_LIMIT_KB} KB of data before its first row`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
