/**
 * npm run bench:many — the department (部门) and region (地区) pages at 2,000 budgets against the same pages
 * of today's site, in one run (issue 14).
 *
 * Builds the site once and serves two copies precompressed: "today" (public/data as committed) and "2,000"
 * (index.json and catalog-head.json replaced by the generated catalog of scripts/manyBudgets.ts). The
 * generated entries have no budget files; for the one department measured, each of its documents is
 * written as a copy of a committed budget of the same kind (and unit where one exists), renamed, and its
 * catalog entry takes that copy's kind, unit and total, so the catalog and the file agree (test data in a
 * temporary folder, never served to readers), and so is the department's own file. In Debian's Chromium, cold, median of --runs (5), desktop and
 * the throttled phone:
 *
 *   - department page: navigation → the trend chart painted; data (compressed) received before it;
 *   - region page: navigation → the region treemap painted; data before it;
 *   - budget page: the department's latest document against the committed budget it copies → treemap painted.
 *
 *   npm run bench:many [-- --runs 5 --budgets 2000]
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { startStaticServer } from '../e2e/support/staticServer';
import type { Budget, BudgetIndex, BudgetIndexEntry } from '../src/model/types';
import { manyIndex } from './manyBudgets';
import { arg, kb, median, ms, table, withTimeout } from './benchFormat';
import { CHROMIUM, CHROMIUM_ARGS, coldPage, PROFILES, type Profile } from './benchBrowser';
import { buildSiteInto, compressBeside } from './benchSite';
import { buildCatalogHead } from '../src/model/catalogHead';
import { DEPARTMENT_FILE_SCHEMA, departmentFile, relatedEntries, trendInputOf, type DepartmentFile } from '../src/model/departmentFile';
import { departmentEntries } from '../src/model/departmentTrend';

const RUNS = arg('--runs', 5);
const SIZE = arg('--budgets', 2000);

/** Installed before the page's scripts: when `selector` first matches, the time two frames later (painted). */
const painted = (selector: string): string => `(() => {
  const b = (window.__bench = { at: null });
  const mo = new MutationObserver(() => {
    if (b.at !== null || !document.querySelector(${JSON.stringify(selector)})) return;
    b.at = -1;
    mo.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => { b.at = performance.now(); }));
  });
  mo.observe(document, { childList: true, subtree: true });
})();`;

const DATA_BEFORE = `(t) => performance.getEntriesByType('resource')
  .filter((r) => /\\/data\\/.*\\.json$/.test(r.name) && r.responseEnd <= t)
  .reduce((n, r) => n + r.encodedBodySize, 0)`;

async function measure(browser: Browser, url: string, profile: Profile, selector: string): Promise<{ at: number[]; data: number[] }> {
  const out = { at: [] as number[], data: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await coldPage(browser, profile, painted(selector));
    await page.goto(url);
    await page.waitForFunction('window.__bench.at > 0', null, { timeout: 60_000 });
    const at = (await page.evaluate('window.__bench.at')) as number;
    out.at.push(at);
    out.data.push((await page.evaluate(`(${DATA_BEFORE})(${at})`)) as number);
    await context.close();
  }
  return out;
}

/** The department with the most documents, its documents made real (see the header); returns its id. */
function fillDepartment(dir: string, index: BudgetIndex, real: BudgetIndex): string {
  const byDept = new Map<string, BudgetIndexEntry[]>();
  for (const e of index.budgets) byDept.set(e.departmentId, [...(byDept.get(e.departmentId) ?? []), e]);
  const [departmentId, entries] = [...byDept].sort((a, b) => b[1].length - a[1].length)[0] as [string, BudgetIndexEntry[]];
  const copies: Budget[] = [];
  for (const e of entries) {
    const template =
      real.budgets.find((r) => r.kind === e.kind && r.unit === e.unit) ?? real.budgets.find((r) => r.kind === e.kind) ?? (real.budgets[0] as BudgetIndexEntry);
    const b = JSON.parse(readFileSync(join(dir, 'data', template.file), 'utf8')) as Budget;
    const copy: Budget = { ...b, id: e.id, departmentId, department: e.department, year: e.year, region: e.region };
    if (e.departmentEn !== undefined) copy.departmentEn = e.departmentEn;
    delete copy.partOf;
    Object.assign(e, { kind: template.kind, unit: template.unit, total: template.total });
    const file = join(dir, 'data', e.file);
    writeFileSync(file, `${JSON.stringify(copy)}\n`);
    compressBeside(file);
    copies.push(copy);
  }
  // The department's own file, as the normalizer writes it (model/departmentFile.ts).
  const ordered = departmentEntries(index, departmentId);
  const f: DepartmentFile = {
    schemaVersion: DEPARTMENT_FILE_SCHEMA,
    departmentId,
    entries: ordered,
    trend: ordered.map((e) => trendInputOf(copies.find((c) => c.id === e.id) as Budget)),
    related: relatedEntries(index, ordered),
  };
  const file = join(dir, 'data', departmentFile(departmentId));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(f)}\n`);
  compressBeside(file);
  return departmentId;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bench-many-'));
  try {
    const today = join(work, 'today');
    console.log(`built in ${buildSiteInto(today).toFixed(1)} s`);
    const many = join(work, 'many');
    cpSync(today, many, { recursive: true });
    const real = JSON.parse(readFileSync(join(today, 'data', 'index.json'), 'utf8')) as BudgetIndex;
    const { index } = manyIndex(SIZE, real.crosswalk);
    const departmentId = fillDepartment(many, index, real);
    for (const [name, body] of [
      ['index.json', index],
      ['catalog-head.json', buildCatalogHead(index)],
    ] as const) {
      const file = join(many, 'data', name);
      writeFileSync(file, `${JSON.stringify(body)}\n`);
      compressBeside(file);
    }
    // The region-year with the most documents at 2,000; today's: the one with a containment note (most documents too).
    const count = (b: BudgetIndex) => {
      const m = new Map<string, number>();
      for (const e of b.budgets) m.set(`${e.region}/${e.year}`, (m.get(`${e.region}/${e.year}`) ?? 0) + 1);
      return [...m].sort((a, c) => c[1] - a[1])[0] as [string, number];
    };
    const [regionMany, nMany] = count(index);
    const [regionToday, nToday] = count(real);
    const deptToday = [...new Set(real.budgets.map((e) => e.departmentId))].sort(
      (a, b) => real.budgets.filter((e) => e.departmentId === b).length - real.budgets.filter((e) => e.departmentId === a).length,
    )[0] as string;
    const docs = (b: BudgetIndex, d: string) => b.budgets.filter((e) => e.departmentId === d).length;
    console.log(
      `department: today ${deptToday} (${docs(real, deptToday)} documents), ${SIZE}: ${departmentId} (${docs(index, departmentId)}); region: today ${regionToday} (${nToday}), ${SIZE}: ${regionMany} (${nMany})`,
    );

    const servers = [
      await startStaticServer({ root: today, port: 4195, precompressed: true }),
      await startStaticServer({ root: many, port: 4196, precompressed: true }),
    ];
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const rows: string[][] = [];
    try {
      for (const profile of PROFILES) {
        const run = (i: number, hash: string, selector: string, what: string) =>
          withTimeout(measure(browser, `${servers[i]!.url}${hash}`, profile, selector), 600_000, `${what}, ${profile.name}`);
        const hashOf = (region: string) => `#/region/${region.split('/').map(encodeURIComponent).join('/')}`;
        const dA = await run(0, `#/department/${deptToday}`, '[data-testid="trend-svg"]', 'department today');
        const dB = await run(1, `#/department/${departmentId}`, '[data-testid="trend-svg"]', `department ${SIZE}`);
        const rA = await run(0, hashOf(regionToday), '[data-testid="region-cell"]', 'region today');
        const rB = await run(1, hashOf(regionMany), '[data-testid="region-cell"]', `region ${SIZE}`);
        // A budget page: the generated department's latest document against the committed budget it copies.
        const genLatest = index.budgets.filter((e) => e.departmentId === departmentId).at(-1) as BudgetIndexEntry;
        const template = real.budgets.find((r) => r.kind === genLatest.kind && r.unit === genLatest.unit && r.total === genLatest.total) as BudgetIndexEntry;
        const bA = await run(0, `#/budget/${template.id}/treemap`, '[data-testid="treemap-svg"] rect', 'budget today');
        const bB = await run(1, `#/budget/${genLatest.id}/treemap`, '[data-testid="treemap-svg"] rect', `budget ${SIZE}`);
        const ratio = (x: number[], y: number[]) => (median(y) / median(x)).toFixed(2);
        rows.push([`${profile.name}: budget page, treemap painted (ms)`, ms(median(bA.at)), ms(median(bB.at)), ratio(bA.at, bB.at)]);
        rows.push([`${profile.name}: budget page, data before it (KB)`, kb(median(bA.data)), kb(median(bB.data)), ratio(bA.data, bB.data)]);
        rows.push([`${profile.name}: department, trend painted (ms)`, ms(median(dA.at)), ms(median(dB.at)), ratio(dA.at, dB.at)]);
        rows.push([`${profile.name}: department, data before it (KB)`, kb(median(dA.data)), kb(median(dB.data)), ratio(dA.data, dB.data)]);
        rows.push([`${profile.name}: region, treemap painted (ms)`, ms(median(rA.at)), ms(median(rB.at)), ratio(rA.at, rB.at)]);
        rows.push([`${profile.name}: region, data before it (KB)`, kb(median(rA.data)), kb(median(rB.data)), ratio(rA.data, rB.data)]);
      }
    } finally {
      await browser.close();
      for (const s of servers) await s.close();
    }
    console.log(`\ndepartment and region pages: today's site (${real.budgets.length} budgets) against ${SIZE} generated budgets, median of ${RUNS} cold runs`);
    console.log(table(['', 'today', String(SIZE), 'ratio'], rows));
    console.log(
      `\nmachine: ${cpus().length} cores, load ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}; phone = 4× CPU, 1.6 Mbps, 150 ms`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
