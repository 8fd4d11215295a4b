/**
 * npm run bench:pages — the first answer on screen (issue 11): a budget's treemap view opened three ways
 * in one run, from one static server with the build's precompressed files:
 *
 *   - its old address, #/budget/<id>/treemap: the sentence and the chart come with the script and the data;
 *   - its static page, budget/<id>/treemap/ (scripts/staticPages.ts): the sentence and the treemap's SVG in
 *     the markup, then the app's script starts and puts the live chart in its place;
 *   - the static twin: the same page with every <script> and modulepreload link taken out (written beside
 *     it as twin.html, precompressed as the build would: same <base>, same stylesheets) — the issue's
 *     baseline, "the same page saved as static HTML with its chart already in the markup".
 *
 * Debian's Chromium, cold (a new context per load), the three interleaved run by run, median of --runs
 * (5), desktop (1280 px, no throttling) and a phone profile (375 px, 4× CPU slowdown, 1.6 Mbps down,
 * 150 ms latency). For each, from navigation start, watched frame by frame (requestAnimationFrame: a
 * frame's callbacks run before it is painted, and none run while a stylesheet still blocks rendering):
 *
 *   - sentence painted: the frame after the one the budget's sentence is first in;
 *   - chart painted: the frame after the first one with a visible treemap cell — a cell of the SVG in the
 *     markup (the one of its two widths the CSS shows) or of the live chart;
 *   - first contentful paint: the browser's paint timing, the time the first frame with content is
 *     presented (not held back by a task that follows the frame, as the marks above are): for the static
 *     page and the twin it is the frame with the sentence and the chart, for the #/ address its loading line;
 *   - live chart painted: the same for the live chart's cells only (not for the twin);
 *   - chart hidden: on the static page, the time between the first chart and the live chart in frames with
 *     no visible cell at all (the pre-rendered chart removed before the live one is drawn);
 *   - bytes before the first chart: every response's bytes over the wire (CDP Network, encoded, headers
 *     included) received before the chart mark: finished responses whole, those still arriving in part.
 *
 * Also printed: the initial JavaScript — the entry chunk, what dist/index.html preloads, the catalog page's chunk and their static imports —
 * gzipped (zlib level 9) and brotli (highest quality, as the build's copies). Issue 11's targets: first chart ≤ 1.2× the twin,
 * initial JS ≤ 120 KB gzip.
 *
 * The budget: the one with the most 功能分类 rows (the heaviest page). A benchmark, not a test.
 *
 *   npm run bench:pages [-- --runs 5] [--port 4195]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium, type Browser, type CDPSession } from '@playwright/test';
import { startStaticServer } from '../e2e/support/staticServer';
import type { Budget, BudgetIndex } from '../src/model/types';
import { arg, kb, median, ms, table, withTimeout } from './benchFormat';
import { CHROMIUM, CHROMIUM_ARGS, coldPage, PROFILES, type Profile } from './benchBrowser';
import { firstRenderChunks } from './initialJs';

const RUNS = arg('--runs', 5);
/** The static server's port (another checkout's benchmark may hold the default). */
const PORT = arg('--port', 4195);

/** The cells of the treemap in the markup (TreemapPremeasure: TreemapStaticSvg draws each cell as <g><rect>). */
const PRERENDERED_CELL = '[data-testid="treemap-premeasure"] svg > g > rect';
/** The live chart's cells (Treemap.tsx). */
const LIVE_CELL = '[data-testid^="treemap-node-"]';

/** Before the page's scripts: a frame loop noting when the sentence, a chart, the live chart are painted. */
const MARKS = `(() => {
  const b = (window.__bench = { sentence: null, chart: null, live: null, hidden: 0, fcp: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const shown = (sel) => {
    for (const el of document.querySelectorAll(sel)) if (el.checkVisibility()) return true;
    return false;
  };
  // Seen in frame k (before its paint) → painted: the time of frame k + 1's callbacks.
  const seen = { sentence: false, chart: false, live: false };
  let last = null;
  const frame = () => {
    const now = performance.now();
    for (const key of ['sentence', 'chart', 'live']) if (seen[key] && b[key] === null) b[key] = now;
    if (document.querySelector('[data-testid="prerendered-sentence"], [data-testid="first-answer"]')) seen.sentence = true;
    const live = shown('${LIVE_CELL}');
    const any = live || shown('${PRERENDERED_CELL}');
    if (any) seen.chart = true;
    if (live) seen.live = true;
    // After the first chart and before the live one: frames with no chart to see.
    if (b.chart !== null && b.live === null && !any && last !== null) b.hidden += now - last;
    last = now;
    if (b.live === null || b.sentence === null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

type Variant = 'hash' | 'page' | 'twin';
interface Load {
  sentence: number;
  chart: number;
  live: number;
  hidden: number;
  fcp: number;
  bytes: number;
}

/** Bytes over the wire, from CDP Network events; times on CDP's monotonic clock in ms. */
interface Wire {
  enable(): Promise<void>;
  /** Navigation start: the document request's wall-clock and monotonic times, once it is sent. */
  readonly origin: { wall: number; mono: number } | null;
  /** Bytes received by `mark`: finished responses whole, those still arriving by their chunks so far. */
  before(mark: number): number;
}

function wire(cdp: CDPSession): Wire {
  const reqs = new Map<string, { finished: number | null; total: number; chunks: { t: number; n: number }[] }>();
  let origin: { wall: number; mono: number } | null = null;
  cdp.on('Network.requestWillBeSent', (e) => {
    if (origin === null && e.type === 'Document') origin = { wall: e.wallTime * 1000, mono: e.timestamp * 1000 };
    if (!reqs.has(e.requestId)) reqs.set(e.requestId, { finished: null, total: 0, chunks: [] });
  });
  cdp.on('Network.dataReceived', (e) => reqs.get(e.requestId)?.chunks.push({ t: e.timestamp * 1000, n: e.encodedDataLength }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = reqs.get(e.requestId);
    if (r) Object.assign(r, { finished: e.timestamp * 1000, total: e.encodedDataLength });
  });
  return {
    enable: async () => {
      await cdp.send('Network.enable');
    },
    get origin() {
      return origin;
    },
    before(mark) {
      let sum = 0;
      for (const r of reqs.values()) {
        if (r.finished !== null && r.finished <= mark) sum += r.total;
        else sum += r.chunks.filter((c) => c.t <= mark).reduce((s, c) => s + c.n, 0);
      }
      return sum;
    },
  };
}

async function load(browser: Browser, url: string, profile: Profile, variant: Variant): Promise<Load> {
  const { context, page, cdp } = await coldPage(browser, profile, MARKS);
  try {
    const net = wire(cdp);
    await net.enable();
    await page.goto(url);
    const done = variant === 'twin' ? 'window.__bench.sentence > 0 && window.__bench.chart > 0' : 'window.__bench.sentence > 0 && window.__bench.live > 0';
    await page.waitForFunction(done, null, { timeout: 60_000 });
    const b = (await page.evaluate('({ ...window.__bench, timeOrigin: performance.timeOrigin })')) as Load & { timeOrigin: number };
    // The chart mark on CDP's monotonic clock: navigation start (wall clock) placed by the document request.
    const o = net.origin;
    const bytes = o === null ? Number.NaN : net.before(o.mono + (b.timeOrigin - o.wall) + b.chart);
    return { sentence: b.sentence, chart: b.chart, live: b.live ?? Number.NaN, hidden: b.hidden, fcp: b.fcp ?? Number.NaN, bytes };
  } finally {
    await context.close();
  }
}

/** The page without its scripts: every <script> and modulepreload link removed; precompressed as the build does. */
function writeTwin(dist: string, pageDir: string): void {
  const html = readFileSync(join(dist, pageDir, 'index.html'), 'utf8');
  const twin = html.replace(/<script\b[\s\S]*?<\/script>\s*/g, '').replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
  if (/<script|modulepreload/.test(twin)) throw new Error('twin: a script or modulepreload is left');
  if (!twin.includes('data-testid="treemap-premeasure"')) throw new Error('twin: no treemap in the markup');
  const file = join(dist, pageDir, 'twin.html');
  writeFileSync(file, twin);
  const data = Buffer.from(twin);
  writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }));
  writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
}

/** The JavaScript dist/index.html loads before its first render (scripts/initialJs.ts): name, raw, gzip -9 and brotli (max quality) bytes. */
function initialJs(dist: string): { file: string; raw: number; gz: number; br: number }[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const assets = readdirSync(join(dist, 'assets'));
  return firstRenderChunks(html, '', assets, 'CatalogPage', (p) => readFileSync(join(dist, p), 'utf8')).map(({ path }) => {
    const data = readFileSync(join(dist, path));
    const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length;
    return { file: path.replace(/^.*\//, ''), raw: data.length, gz: gzipSync(data, { level: 9 }).length, br };
  });
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
    const pageDir = `budget/${encodeURIComponent(entry.id)}/treemap/`;
    writeTwin(dist, pageDir);
    const js = initialJs(dist);
    const server = await startStaticServer({ root: dist, port: PORT, precompressed: true });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const urls: Record<Variant, string> = {
      hash: `${server.url}#/budget/${entry.id}/treemap`,
      page: `${server.url}${pageDir}`,
      twin: `${server.url}${pageDir}twin.html`,
    };
    const lines: string[][] = [];
    try {
      for (const profile of PROFILES) {
        const got: Record<Variant, Load[]> = { hash: [], page: [], twin: [] };
        // Interleaved, so that a change of load on the machine falls on all three alike.
        for (let i = 0; i < RUNS; i++) {
          for (const v of ['hash', 'page', 'twin'] as const)
            got[v].push(await withTimeout(load(browser, urls[v], profile, v), 120_000, `${v}, ${profile.name}`));
        }
        const m = (v: Variant, k: keyof Load) => median(got[v].map((x) => x[k]));
        const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) ? (a / b).toFixed(2) : '—');
        // The twin has no live chart; only the static page has a pre-rendered chart to hide.
        const row = (label: string, k: keyof Load, fmt: (x: number) => string) => {
          const twin = k !== 'live' && k !== 'hidden';
          return [
            `${profile.name}: ${label}`,
            k === 'hidden' ? '—' : fmt(m('hash', k)),
            fmt(m('page', k)),
            twin ? fmt(m('twin', k)) : '—',
            twin ? ratio(m('page', k), m('twin', k)) : '—',
            k === 'hidden' ? '—' : ratio(m('page', k), m('hash', k)),
          ];
        };
        lines.push(row('sentence painted (ms)', 'sentence', ms));
        lines.push(row('chart painted (ms)', 'chart', ms));
        lines.push(row('first contentful paint (ms)', 'fcp', ms));
        lines.push(row('live chart painted (ms)', 'live', ms));
        lines.push(row('chart hidden before live (ms)', 'hidden', ms));
        lines.push(row('KB before first chart', 'bytes', kb));
        const each = (v: Variant, k: keyof Load) => got[v].map((x) => ms(x[k])).join(' ');
        console.log(
          `${profile.name}, each run (ms): chart painted, static page ${each('page', 'chart')}; twin ${each('twin', 'chart')}; static page's chart hidden ${each('page', 'hidden')}`,
        );
      }
    } finally {
      await browser.close();
      await server.close();
    }
    console.log(`\n${entry.id} (${rows} 功能分类 rows), treemap view, median of ${RUNS} cold runs, served precompressed`);
    console.log(table(['', '#/ address', 'static page', 'twin', 'page / twin', 'page / #/'], lines));
    const sum = (k: 'raw' | 'gz' | 'br') => js.reduce((s, f) => s + f[k], 0);
    console.log(
      `\ninitial JS (dist/index.html: ${js.length} chunks): ${kb(sum('raw'))} KB, ${kb(sum('gz'))} KB gzip -9, ${kb(sum('br'))} KB brotli (issue 11: ≤ 120 KB gzip)`,
    );
    console.log(js.map((f) => `  ${f.file}: ${kb(f.gz)} KB gzip`).join('\n'));
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
