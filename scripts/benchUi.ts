/**
 * npm run bench:ui — how heavy and how fast the built site is in a real browser (Debian's Chromium,
 * no CPU or network throttling, 1280×800), measured against a fresh production build:
 *
 *   1. Initial JavaScript: the .js files the catalog (目录) and a budget's treemap page fetch on a cold
 *      first navigation, raw and gzip-compressed (level 9 and zlib's default 6). Target < 160 KB gzip.
 *   2. First chart: navigation start (performance.timeOrigin) → first treemap cell on screen, for each
 *      budget's treemap page, cold (a new browser context each run), median of --runs (5).
 *   3. Drill: click a 类 cell → its 款 cells on screen, and back (breadcrumb), timed in the page with
 *      performance.now() around the click dispatch and a double requestAnimationFrame after the DOM
 *      change, on the real budget with the most 功能分类 rows; median of --drills (10) each way.
 *   4. The same on a generated budget of 20 类 × 10 款 × 25 项 = 5,000 项 (scripts/benchUiBudget.ts),
 *      served as an extra budget through the static server's overrides (index.json + budgets/<id>.json).
 *
 * It builds into a temporary folder (vite build --outDir, so dist/ is left alone; --dist <dir> reuses a
 * build), serves it with e2e/support/staticServer.ts on 127.0.0.1:4191 and prints tables. A benchmark,
 * not a test: figures vary with machine load (printed alongside). Exits non-zero on any failure.
 *
 *   npm run bench:ui [-- --runs 5 --drills 10 --dist dist --keep]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir, platform, release } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../e2e/support/staticServer';
import type { Budget, BudgetIndex } from '../src/model/types';
import { validateBudget, validateIndex } from '../src/model/validate';
import { buildFunctionalTree } from '../src/model/functionalTree';
import { loadValidators } from '../src/normalizer/emit';
import { syntheticBudget } from './benchUiBudget';
import { kb, median, ms, table, withTimeout } from './benchFormat';

const PORT = 4191;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const VIEWPORT = { width: 1280, height: 800 };
const JS_TARGET_KB = 160;
const WATCHDOG_MS = 20 * 60_000;
const STEP_TIMEOUT_MS = 30_000;

// ---------------------------------------------------------------------------------------------------
// Arguments

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
function argInt(name: string, dflt: number): number {
  const v = argValue(name);
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} expects a positive integer, got ${JSON.stringify(v)}`);
  return n;
}
const RUNS = argInt('--runs', 5);
const DRILLS = argInt('--drills', 10);
const REUSE_DIST = argValue('--dist');
const KEEP = process.argv.includes('--keep');

// ---------------------------------------------------------------------------------------------------
// Small helpers

// ---------------------------------------------------------------------------------------------------
// In-page code. Passed as strings: tsx compiles this file with keepNames, and the helpers it would
// inject (__name) do not exist in the page.

/** Installed before any page script: notes when the first treemap cell is on screen. */
const FIRST_CHART_SCRIPT = `(() => {
  const b = (window.__bench = { fallback: null, commit: null, chart: null });
  const sel = '[data-testid^="treemap-node-"]';
  const check = () => {
    if (b.commit !== null) return;
    // The Suspense fallback ("加载中…") while index.json and the budget load.
    if (b.fallback === null && document.querySelector('main .loading')) b.fallback = performance.now();
    const el = document.querySelector(sel);
    if (!el) return;
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return;
    b.commit = performance.now();
    mo.disconnect();
    // Two frames later the frame holding the cells has been painted.
    requestAnimationFrame(() => requestAnimationFrame(() => { b.chart = performance.now(); }));
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { childList: true, subtree: true });
})();`;

/** After the chart: what else the navigation did, relative to performance.timeOrigin. */
const NAV_FACTS = `(() => {
  const res = performance.getEntriesByType('resource');
  const end = (re) => Math.max(0, ...res.filter((r) => re.test(r.name)).map((r) => r.responseEnd));
  const fcp = performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint');
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    fallback: window.__bench.fallback,
    commit: window.__bench.commit,
    chart: window.__bench.chart,
    fcp: fcp ? fcp.startTime : null,
    dcl: nav ? nav.domContentLoadedEventEnd : null,
    jsEnd: end(/\\.js(\\?|$)/),
    dataEnd: end(/\\/data\\/budgets\\//),
  };
})()`;

/**
 * Drill in and out on one 类 cell: a first pair (reported apart: code paths still cold), then \`drills\`
 * pairs. In: dispatch a click on the cell → wait until its 款 cells are in the DOM → double rAF. Out:
 * click the breadcrumb root → wait until the cell is back → double rAF. Times are from just before
 * the dispatch; "painted" is frame-aligned (at 60 Hz, ≥ one frame after the click).
 */
function drillScript(key: string, drills: number): string {
  return `(async () => {
  const key = ${JSON.stringify(key)};
  const drills = ${drills};
  const q = (s) => document.querySelector(s);
  const cellSel = '[data-testid="treemap-node-' + CSS.escape(key) + '"]';
  const childSel = '[data-testid^="treemap-node-' + CSS.escape(key) + '"]:not(' + cellSel + ')';
  const sleep = (t) => new Promise((r) => setTimeout(r, t));
  const click = (el) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1, view: window, button: 0 }));
  function timed(trigger, done) {
    return new Promise((resolve, reject) => {
      let commit = null;
      const mo = new MutationObserver(() => {
        if (commit !== null || !done()) return;
        commit = performance.now() - t0;
        mo.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => requestAnimationFrame(() => resolve({ commit, paint: performance.now() - t0 })));
      });
      const timer = setTimeout(() => { mo.disconnect(); reject(new Error('drill on ' + key + ' did not finish in 10 s')); }, 10000);
      mo.observe(document.body, { childList: true, subtree: true });
      const t0 = performance.now();
      trigger();
    });
  }
  const drillIn = () => timed(() => click(q(cellSel)), () => !q(cellSel) && !!q(childSel));
  const drillOut = () => timed(() => click(q('[data-testid="treemap-crumb-root"]')), () => !!q(cellSel));
  if (!q(cellSel)) throw new Error('no cell ' + key);
  const out = { firstIn: null, firstOut: null, ins: [], outs: [], cellsIn: 0 };
  out.firstIn = await drillIn();
  out.cellsIn = document.querySelectorAll('[data-testid^="treemap-node-"]').length;
  await sleep(200);
  out.firstOut = await drillOut();
  await sleep(200);
  for (let i = 0; i < drills; i++) {
    out.ins.push(await drillIn());
    await sleep(150);
    out.outs.push(await drillOut());
    await sleep(150);
  }
  return out;
})()`;
}

/** The key of the largest drillable cell on screen (cells are in layout order, largest first). */
const FIRST_DRILLABLE = `(() => {
  const el = document.querySelector('[data-testid^="treemap-node-"][data-drillable][data-key]');
  return el ? { key: el.getAttribute('data-key'), cells: document.querySelectorAll('[data-testid^="treemap-node-"]').length } : null;
})()`;

interface NavFacts {
  fallback: number | null;
  commit: number;
  chart: number;
  fcp: number | null;
  dcl: number | null;
  jsEnd: number;
  dataEnd: number;
}
interface DrillTime {
  commit: number;
  paint: number;
}
interface DrillResult {
  firstIn: DrillTime;
  firstOut: DrillTime;
  ins: DrillTime[];
  outs: DrillTime[];
  cellsIn: number;
}

// ---------------------------------------------------------------------------------------------------
// Set-up and tear-down

let browser: Browser | null = null;
let server: StaticServer | null = null;
let buildDir: string | null = null;
let cleaning: Promise<void> | null = null;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    await browser?.close().catch(() => undefined);
    browser = null;
    await server?.close().catch(() => undefined);
    server = null;
    if (buildDir && !KEEP) rmSync(buildDir, { recursive: true, force: true });
    else if (buildDir) console.log(`(build kept in ${buildDir})`);
    buildDir = null;
  })();
  return cleaning;
}

function fail(e: unknown): void {
  console.error(`bench:ui failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  void cleanup().finally(() => process.exit(1));
}

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    console.error(`bench:ui: ${sig}, shutting down`);
    void cleanup().finally(() => process.exit(130));
  });
}
// The temporary build goes however the process ends (rmSync is synchronous, so it runs in 'exit').
process.on('exit', () => {
  if (buildDir && !KEEP) rmSync(buildDir, { recursive: true, force: true });
});
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
const watchdog = setTimeout(() => {
  console.error(`bench:ui: still running after ${WATCHDOG_MS / 60_000} min, giving up`);
  void cleanup().finally(() => process.exit(1));
}, WATCHDOG_MS);
watchdog.unref();

function build(): string {
  if (REUSE_DIST !== undefined) {
    const dir = resolve(REUSE_DIST);
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`--dist ${dir}: no index.html (run npx vite build)`);
    return dir;
  }
  buildDir = mkdtempSync(join(tmpdir(), 'bench-ui-'));
  const started = performance.now();
  const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', buildDir, '--emptyOutDir', '--logLevel', 'warn'], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(`vite build failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  console.log(`built into ${buildDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return buildDir;
}

/** startStaticServer has no error path for a busy port: look first. */
function assertPortFree(port: number): Promise<void> {
  return new Promise((ok, bad) => {
    const probe = createServer();
    probe.once('error', (e) => bad(new Error(`port ${port} is busy (${e.message}); is another bench:ui running?`)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => ok()));
  });
}

async function newPage(b: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await b.newContext({ viewport: VIEWPORT, locale: 'zh-CN', serviceWorkers: 'block' });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = await context.newPage();
  // Say it explicitly: no CPU throttling (rate 1), no network emulation.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as Page & { benchErrors?: string[] }).benchErrors = errors;
  return { context, page };
}

function pageErrors(page: Page): string[] {
  return (page as Page & { benchErrors?: string[] }).benchErrors ?? [];
}

/**
 * Wait for FIRST_CHART_SCRIPT's marker. A function, not a string: the site's CSP forbids eval, which
 * a string predicate would need. (An inline arrow gets no __name helper from tsx.)
 */
async function waitForChart(page: Page): Promise<void> {
  await page.waitForFunction(() => ((window as unknown as { __bench?: { chart: number | null } }).__bench?.chart ?? null) !== null, undefined, {
    timeout: STEP_TIMEOUT_MS,
    polling: 50,
  });
}

const treemapUrl = (base: string, id: string) => `${base}#/budget/${encodeURIComponent(id)}/treemap`;

// ---------------------------------------------------------------------------------------------------
// 1. Initial JavaScript

interface JsFile {
  url: string;
  raw: number;
  gz9: number;
  gz6: number;
}

async function jsOnFirstNavigation(b: Browser, url: string, ready: string): Promise<{ files: JsFile[]; css: number }> {
  const { context, page } = await newPage(b);
  try {
    const bodies: Promise<JsFile | null>[] = [];
    let css = 0;
    const cssBodies: Promise<void>[] = [];
    page.on('response', (res) => {
      const path = new URL(res.url()).pathname;
      if (path.endsWith('.js')) {
        bodies.push(
          res.body().then(
            (buf) => ({ url: path, raw: buf.length, gz9: gzipSync(buf, { level: 9 }).length, gz6: gzipSync(buf).length }),
            () => null,
          ),
        );
      } else if (path.endsWith('.css')) {
        cssBodies.push(
          res.body().then(
            (buf) => {
              css += gzipSync(buf, { level: 9 }).length;
            },
            () => undefined,
          ),
        );
      }
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector(ready, { state: 'visible' });
    await page.waitForLoadState('networkidle');
    const files = (await Promise.all(bodies)).filter((f): f is JsFile => f !== null);
    await Promise.all(cssBodies);
    const errs = pageErrors(page);
    if (errs.length > 0) throw new Error(`page errors on ${url}: ${errs.join(' | ')}`);
    return { files, css };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// 2. First chart, cold

async function firstChart(b: Browser, url: string): Promise<NavFacts> {
  const { context, page } = await newPage(b);
  try {
    await context.addInitScript({ content: FIRST_CHART_SCRIPT });
    await page.goto(url, { waitUntil: 'commit' });
    await waitForChart(page);
    const facts = (await page.evaluate(NAV_FACTS)) as NavFacts;
    const errs = pageErrors(page);
    if (errs.length > 0) throw new Error(`page errors on ${url}: ${errs.join(' | ')}`);
    return facts;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// 3./4. Drill

async function drill(b: Browser, url: string): Promise<DrillResult & { key: string; cellsTop: number }> {
  const { context, page } = await newPage(b);
  try {
    await context.addInitScript({ content: FIRST_CHART_SCRIPT });
    await page.goto(url, { waitUntil: 'commit' });
    await waitForChart(page);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const target = (await page.evaluate(FIRST_DRILLABLE)) as { key: string; cells: number } | null;
    if (!target) throw new Error(`${url}: no drillable 类 cell`);
    const r = (await withTimeout(page.evaluate(drillScript(target.key, DRILLS)), 120_000, `drills on ${url}`)) as DrillResult;
    const errs = pageErrors(page);
    if (errs.length > 0) throw new Error(`page errors on ${url}: ${errs.join(' | ')}`);
    return { ...r, key: target.key, cellsTop: target.cells };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const root = build();
  const indexText = readFileSync(join(root, 'data', 'index.json'), 'utf8');
  const indexParsed = validateIndex(JSON.parse(indexText));
  if (!indexParsed.ok) throw new Error(`index.json: ${indexParsed.reason}`);
  const index: BudgetIndex = indexParsed.value;
  const budgets = index.budgets.map((e) => {
    const b = validateBudget(JSON.parse(readFileSync(join(root, 'data', e.file), 'utf8')), e.id);
    if (!b.ok) throw new Error(`${e.file}: ${b.reason}`);
    return b.value;
  });
  const largest = [...budgets].sort((a, b) => b.functional.length - a.functional.length || a.id.localeCompare(b.id))[0];
  if (!largest) throw new Error('index.json lists no budget');

  // The generated budget, checked the way the app and the normalizer check real ones.
  const synth = syntheticBudget();
  const synthJson: unknown = JSON.parse(JSON.stringify(synth.budget));
  const v = loadValidators('schema');
  if (!v.budget(synthJson)) throw new Error(`synthetic budget fails the schema: ${v.errors(v.budget.errors)}`);
  const synthOk = validateBudget(synthJson, synth.budget.id);
  if (!synthOk.ok) throw new Error(`synthetic budget fails the app's validator: ${synthOk.reason}`);
  const tree = buildFunctionalTree(synthOk.value);
  const leafCount = (n: { children: readonly { children: readonly unknown[] }[] }): number =>
    n.children.length === 0 ? 1 : n.children.reduce((s, c) => s + leafCount(c as typeof n), 0);
  if (leafCount(tree.root) !== synth.leaves) throw new Error(`synthetic tree has ${leafCount(tree.root)} leaves, expected ${synth.leaves}`);
  const benchIndex: BudgetIndex = { ...index, budgets: [...index.budgets, synth.entry] };
  if (!v.index(benchIndex)) throw new Error(`bench index fails the schema: ${v.errors(v.index.errors)}`);
  const synthText = JSON.stringify(synth.budget);

  await assertPortFree(PORT);
  server = await startStaticServer({
    root,
    port: PORT,
    overrides: { 'data/index.json': JSON.stringify(benchIndex), [`data/${synth.entry.file}`]: synthText },
  });
  const base = server.url;

  // Our signal handlers close the browser (cleanup); Playwright's own would race them.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000, handleSIGINT: false, handleSIGTERM: false });
  const cpu = cpus();
  console.log(
    [
      '',
      `machine:  ${cpu.length} cores (${cpu[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${release()}`,
      `software: Node ${process.version}, Chromium ${browser.version()} (headless, ${CHROMIUM_ARGS.join(' ')})`,
      `settings: no CPU throttling (rate 1), no network emulation, viewport ${VIEWPORT.width}×${VIEWPORT.height}, served from ${base}`,
      `load avg at start: ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    ].join('\n'),
  );

  // 1. Initial JavaScript ---------------------------------------------------------------------------
  const catalog = await jsOnFirstNavigation(browser, `${base}#/`, '[data-testid^="catalog-row-"]');
  const treemapJs = await jsOnFirstNavigation(browser, treemapUrl(base, largest.id), '[data-testid^="treemap-node-"]');
  const union = new Map<string, JsFile>();
  for (const f of [...catalog.files, ...treemapJs.files]) union.set(f.url, f);
  const sum = (fs: readonly JsFile[], k: 'raw' | 'gz9' | 'gz6') => fs.reduce((n, f) => n + f[k], 0);
  const unionFiles = [...union.values()];
  const jsRows = [
    ...unionFiles.map((f) => [f.url.replace(/^.*\//, ''), kb(f.raw), kb(f.gz9), kb(f.gz6)]),
    ['catalog page (#/)', kb(sum(catalog.files, 'raw')), kb(sum(catalog.files, 'gz9')), kb(sum(catalog.files, 'gz6'))],
    [`treemap page (${largest.id})`, kb(sum(treemapJs.files, 'raw')), kb(sum(treemapJs.files, 'gz9')), kb(sum(treemapJs.files, 'gz6'))],
    ['both (distinct files)', kb(sum(unionFiles, 'raw')), kb(sum(unionFiles, 'gz9')), kb(sum(unionFiles, 'gz6'))],
  ];
  console.log(`\n1. Initial JavaScript on first navigation (KB = 1024 bytes; target < ${JS_TARGET_KB} KB gzip)\n`);
  console.log(table(['file / page', 'raw KB', 'gzip -9 KB', 'gzip -6 KB'], jsRows));
  const initialGz = sum(unionFiles, 'gz9');
  console.log(
    `=> ${kb(initialGz)} KB gzip -9 (${kb(sum(unionFiles, 'gz6'))} KB default): ${initialGz / 1024 < JS_TARGET_KB ? 'within' : 'OVER'} the ${JS_TARGET_KB} KB target; CSS ${kb(Math.max(catalog.css, treemapJs.css))} KB gzip -9 on top`,
  );

  // 2. First chart, cold ------------------------------------------------------------------------------
  const targets: { id: string; label: string; rows: number; bytes: number }[] = [
    ...budgets.map((b: Budget) => ({
      id: b.id,
      label: b.id,
      rows: b.functional.length,
      bytes: Buffer.byteLength(readFileSync(join(root, 'data', `budgets/${b.id}.json`))),
    })),
    { id: synth.budget.id, label: `${synth.budget.id} (generated)`, rows: synth.budget.functional.length, bytes: Buffer.byteLength(synthText) },
  ];
  const facts = new Map<string, NavFacts[]>(targets.map((t) => [t.id, []]));
  // Warm the browser process (not the page: every run is a new context with an empty cache).
  await firstChart(browser, treemapUrl(base, largest.id));
  for (let run = 0; run < RUNS; run++) {
    // Round-robin, so a burst of load on the shared machine spreads over every budget.
    for (const t of targets) facts.get(t.id)?.push(await firstChart(browser, treemapUrl(base, t.id)));
  }
  console.log(`\n2. First chart painted, cold (new context each run), ms from navigation start; median of ${RUNS}\n`);
  console.log(
    table(
      [
        'budget',
        '功能 rows',
        'JSON KB',
        'JS loaded',
        'FCP',
        'loading shown',
        'JSON loaded',
        'cells in DOM',
        'cells − loading',
        'chart painted',
        'min–max painted',
      ],
      targets.map((t) => {
        const f = facts.get(t.id) ?? [];
        const m = (k: keyof NavFacts) => ms(median(f.map((x) => x[k] ?? Number.NaN)));
        const painted = f.map((x) => x.chart);
        return [
          t.label,
          String(t.rows),
          kb(t.bytes),
          m('jsEnd'),
          m('fcp'),
          m('fallback'),
          m('dataEnd'),
          m('commit'),
          ms(median(f.map((x) => (x.fallback === null ? Number.NaN : x.commit - x.fallback)))),
          m('chart'),
          `${ms(Math.min(...painted))}–${ms(Math.max(...painted))}`,
        ];
      }),
    ),
  );

  console.log(
    [
      '',
      'JS loaded / JSON loaded: responseEnd of the last .js / of budgets/<id>.json; loading shown: the Suspense fallback',
      'committed; cells in DOM: first treemap cell committed and laid out; chart painted: that + double requestAnimationFrame.',
      'React 19 reveals content that replaces a Suspense fallback no sooner than 300 ms after the fallback appeared',
      '(FALLBACK_THROTTLE_MS in react-dom), which is what "cells − loading" shows.',
    ].join('\n'),
  );

  // 3./4. Drill ----------------------------------------------------------------------------------------
  console.log(`\n3./4. Treemap drill re-render, ms from click dispatch (commit = new cells in the DOM; painted = + double rAF)\n`);
  const drillRows: string[][] = [];
  for (const t of [
    { id: largest.id, label: `${largest.id} (largest: ${largest.functional.length} rows)` },
    { id: synth.budget.id, label: `${synth.budget.id} (${synth.leaves} 项)` },
  ]) {
    const r = await drill(browser, treemapUrl(base, t.id));
    const med = (xs: DrillTime[], k: keyof DrillTime) => ms(median(xs.map((x) => x[k])));
    drillRows.push([
      t.label,
      `${r.key} (${r.cellsTop}→${r.cellsIn} cells)`,
      `${ms(r.firstIn.commit)} / ${ms(r.firstIn.paint)}`,
      `${med(r.ins, 'commit')} / ${med(r.ins, 'paint')}`,
      `${med(r.outs, 'commit')} / ${med(r.outs, 'paint')}`,
      ms(median([...r.ins, ...r.outs].map((x) => x.paint))),
      ms(Math.max(...[...r.ins, ...r.outs].map((x) => x.paint))),
    ]);
  }
  console.log(
    table(
      [
        'budget',
        '类 clicked',
        'first in: commit / painted',
        `in ×${DRILLS}: commit / painted`,
        `out ×${DRILLS}: commit / painted`,
        'median painted (all)',
        'max painted',
      ],
      drillRows,
    ),
  );
  console.log(
    `\nload avg at end: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
}

main()
  .then(() => cleanup())
  .then(() => process.exit(0))
  .catch(fail);
