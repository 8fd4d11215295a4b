/**
 * npm run bench:pages — the first answer on screen (issue 11): a budget's treemap view opened at its
 * static page (budget/<id>/treemap/, scripts/staticPages.ts: the sentence in the markup) against the same
 * view at its old address (#/budget/<id>/treemap: the sentence comes with the script and the data), in one
 * run. The build is served with its precompressed files from one static server; Debian's Chromium, cold (a
 * new context per run), median of --runs (5), desktop (1280 px, no throttling) and a phone profile (375 px,
 * 4× CPU slowdown, 1.6 Mbps down, 150 ms latency). For each:
 *
 *   - sentence painted: navigation start → the budget's sentence in the DOM, then two frames;
 *   - chart painted: navigation start → the first treemap cell in the DOM, then two frames.
 *
 * The budget: the one with the most 功能分类 rows (the heaviest page). A benchmark, not a test.
 *
 *   npm run bench:pages [-- --runs 5]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { startStaticServer } from '../e2e/support/staticServer';
import type { Budget, BudgetIndex } from '../src/model/types';
import { arg, median, ms, table, withTimeout } from './benchFormat';
import { CHROMIUM, CHROMIUM_ARGS, coldPage, PROFILES, type Profile } from './benchBrowser';

const RUNS = arg('--runs', 5);

/** Before the page's scripts: when the sentence and the first chart cell are first in the DOM and painted. */
const MARKS = `(() => {
  const b = (window.__bench = { sentence: null, chart: null });
  const mark = (key, sel) => {
    if (b[key] !== null || !document.querySelector(sel)) return;
    b[key] = -1;
    requestAnimationFrame(() => requestAnimationFrame(() => { b[key] = performance.now(); }));
  };
  const check = () => {
    mark('sentence', '[data-testid="prerendered-sentence"], [data-testid="first-answer"]');
    mark('chart', '[data-testid^="treemap-node-"]');
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', check);
})();`;

async function measure(browser: Browser, url: string, profile: Profile): Promise<{ sentence: number[]; chart: number[] }> {
  const out = { sentence: [] as number[], chart: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await coldPage(browser, profile, MARKS);
    await page.goto(url);
    await page.waitForFunction('window.__bench.sentence > 0 && window.__bench.chart > 0', null, { timeout: 60_000 });
    const b = (await page.evaluate('window.__bench')) as { sentence: number; chart: number };
    out.sentence.push(b.sentence);
    out.chart.push(b.chart);
    await context.close();
  }
  return out;
}

async function main(): Promise<void> {
  const dist = mkdtempSync(join(tmpdir(), 'bench-pages-'));
  try {
    const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
      encoding: 'utf8',
      timeout: 300_000,
    });
    if (r.status !== 0) throw new Error(`vite build failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
    const index = JSON.parse(readFileSync(join(dist, 'data', 'index.json'), 'utf8')) as BudgetIndex;
    const sized = index.budgets.map((e) => ({ e, rows: (JSON.parse(readFileSync(join(dist, 'data', e.file), 'utf8')) as Budget).functional.length }));
    const { e: entry, rows } = sized.sort((a, b) => b.rows - a.rows)[0]!;
    const server = await startStaticServer({ root: dist, port: 4195, precompressed: true });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const lines: string[][] = [];
    try {
      for (const profile of PROFILES) {
        const hash = await withTimeout(measure(browser, `${server.url}#/budget/${entry.id}/treemap`, profile), 600_000, `hash page, ${profile.name}`);
        const page = await withTimeout(measure(browser, `${server.url}budget/${entry.id}/treemap/`, profile), 600_000, `static page, ${profile.name}`);
        const ratio = (a: number[], b: number[]) => (median(b) / median(a)).toFixed(2);
        lines.push([`${profile.name}: sentence painted (ms)`, ms(median(hash.sentence)), ms(median(page.sentence)), ratio(hash.sentence, page.sentence)]);
        lines.push([`${profile.name}: chart painted (ms)`, ms(median(hash.chart)), ms(median(page.chart)), ratio(hash.chart, page.chart)]);
      }
    } finally {
      await browser.close();
      await server.close();
    }
    console.log(`\n${entry.id} (${rows} 功能分类 rows), treemap view, median of ${RUNS} cold runs, served precompressed`);
    console.log(table(['', '#/ address', 'static page', 'ratio'], lines));
    console.log(
      `\nmachine: ${cpus().length} cores, load ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}; phone = 4× CPU, 1.6 Mbps, 150 ms`,
    );
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}

await main();
