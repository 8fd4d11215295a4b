/**
 * npx tsx scripts/benchSearch.ts [--budgets 2000] [--runs 20] [--entries-per-file N] [--postings-per-file N] — the search at scale, sharded index
 * (data/search/…) against the one-file index it replaced, on a generated corpus (scripts/searchCorpus.ts)
 * of the committed budgets copied and renamed, and on the committed budgets themselves.
 *
 * For each query, as the *first* query of a page (nothing read yet): the files it reads, their gzip
 * bytes (manifest included) and the time from opening the index to the hits, JSON.parse of every file
 * read included (no network: the browser e2e measures that). Median and p95 over fresh runs. Also the
 * time of the same query again once its files are read. Exits 1 if a first query reads more than
 * 150 KB gzip or its p95 reaches 50 ms (issue 14). Not a timed test.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildSearchIndex } from '../src/normalizer/searchIndex';
import { buildSearchShards, SHARD_DEFAULTS } from '../src/normalizer/searchShards';
import { openShardedSearch } from '../src/model/searchShards/shardedSearch';
import { BOX_KINDS } from '../src/model/searchShards/boxKinds';
import type { Budget, BudgetIndex } from '../src/model/types';
import { arg, kb, median, table } from './benchFormat';
import { generatedCorpus } from './searchCorpus';

const SIZE = arg('--budgets', 2000);
const RUNS = arg('--runs', 20);
const LIMIT_MS = 50;
const LIMIT_KB = 150;

const QUERIES = [
  '云',
  '费',
  '支',
  '琶洲',
  '热线',
  '越秀',
  'oa',
  '206',
  '政务服',
  '12345',
  '行政运行',
  '运维经费',
  '2060101',
  '信息化建设',
  '一般公共服务支出',
  '琶洲政务分中',
  '智慧城市运行',
  '数据分析报告',
  'salary',
  'grid',
  '火星基地',
];

const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));
const committed = (readJson('public/data/index.json') as BudgetIndex).budgets.map((e) => readJson(`public/data/${e.file}`) as Budget);

function p95(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] ?? Number.NaN;
}
const f2 = (x: number): string => x.toFixed(x < 10 ? 2 : 1);

let failed = false;
async function bench(name: string, budgets: readonly Budget[]): Promise<void> {
  const one = JSON.stringify(buildSearchIndex(budgets));
  let t = performance.now();
  JSON.parse(one);
  const oneParse = performance.now() - t;
  t = performance.now();
  const built = buildSearchShards(budgets, {
    entriesPerFile: arg('--entries-per-file', SHARD_DEFAULTS.entriesPerFile),
    postingsPerFile: arg('--postings-per-file', SHARD_DEFAULTS.postingsPerFile),
  });
  const buildMs = performance.now() - t;
  const texts = new Map([...built].map(([k, v]) => [k, JSON.stringify(v)]));
  const gz = new Map([...texts].map(([k, v]) => [k, gzipSync(v).length]));
  const total = [...gz.values()].reduce((a, b) => a + b, 0);
  const largest = Math.max(...gz.values());
  console.log(`\n${name}: ${budgets.length} budgets`);
  console.log(`  one file (before): search.json ${kb(gzipSync(one).length)} KB gzip, JSON.parse ${f2(oneParse)} ms`);
  console.log(
    `  sharded: ${built.size} files, ${kb(total)} KB gzip in all, largest ${kb(largest)} KB, manifest ${kb(gz.get('manifest.json') ?? 0)} KB; built in ${f2(buildMs)} ms`,
  );

  const rows: string[][] = [];
  for (const q of QUERIES) {
    const times: number[] = [];
    const again: number[] = [];
    let bytes = 0;
    let files = 0;
    let hits = 0;
    for (let r = 0; r < RUNS; r++) {
      const read = new Set<string>();
      const load = async (file: string): Promise<unknown> => {
        read.add(file);
        const text = texts.get(file);
        if (text === undefined) throw new Error('HTTP 404');
        return JSON.parse(text);
      };
      const s = performance.now();
      const opened = await openShardedSearch(load);
      if (!opened.ok) throw new Error(opened.reason);
      const res = await opened.value.search(q, { limit: 20, kinds: BOX_KINDS });
      times.push(performance.now() - s);
      if (!res.ok) throw new Error(res.reason);
      hits = res.value.length;
      const s2 = performance.now();
      await opened.value.search(q, { limit: 20, kinds: BOX_KINDS });
      again.push(performance.now() - s2);
      files = read.size;
      bytes = [...read].reduce((a, f) => a + (gz.get(f) ?? 0), 0);
    }
    const slow = p95(times) >= LIMIT_MS;
    const big = bytes > LIMIT_KB * 1024;
    if (slow || big) failed = true;
    rows.push([q, String(hits), String(files), `${kb(bytes)}${big ? ' !' : ''}`, f2(median(times)), `${f2(p95(times))}${slow ? ' !' : ''}`, f2(median(again))]);
  }
  console.log(table(['query', 'hits', 'files', 'KB gzip', 'first median ms', 'first p95 ms', 'again ms'], rows));
}

await bench('committed budgets', committed);
await bench('generated corpus', generatedCorpus(committed, SIZE));
if (failed) {
  console.error(`\na first query read more than ${LIMIT_KB} KB gzip or took ${LIMIT_MS} ms or more at p95 (marked !)`);
  process.exit(1);
}
