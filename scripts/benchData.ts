/**
 * npm run bench:data — how long normalizing takes and how much memory it needs, for the source
 * documents and for generated corpora of 10, 100 and 1,000 documents made by varying them (each copy
 * gets its own department name, so every document is a distinct budget). The mix has every layout we
 * read: the Guangzhou families of data/sources and the national template (元 and 万元, 预算 and 决算,
 * flowing, column-aligned and scattered text) — with the corpus of ../shared/corpus where this machine
 * has it (read from there, never copied). A second series grows one document's size (rows of its tables
 * repeated up to 8 MB) to show time linear in file size. Each run is a fresh child process so that peak
 * memory (max RSS) is its own. Prints tables; not a timed test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildAll, type SourceText } from '../src/normalizer/build';
import { readSources } from '../src/normalizer/sources';
import { parseCorrections } from '../src/normalizer/corrections';
import { parseDepartments } from '../src/normalizer/identity';
import { readMeta } from '../src/normalizer/readers/meta';
import { toDocument } from '../src/normalizer/segment';

/** data/sources, plus the documents of ../shared/corpus where present (local-only ones included). */
function bases(): SourceText[] {
  const own = readSources('data/sources');
  const shared = ['../shared/corpus', '../shared/corpus/local-only'].filter((d) => existsSync(d));
  const extra = shared.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ source: f, text: readFileSync(join(d, f), 'utf8') })),
  );
  const seen = new Set(own.map((s) => s.text));
  return [...own, ...extra.filter((e) => !seen.has(e.text))];
}

function corpus(size: number): SourceText[] {
  const five = bases();
  if (size === 0) return five;
  const out: SourceText[] = [];
  for (let i = 0; i < size; i++) {
    const base = five[i % five.length] as SourceText;
    const meta = readMeta(toDocument(base.source, base.text));
    if (!meta.ok) throw new Error(meta.reason);
    // A new department name everywhere it is printed: a distinct budget, not in departments.json.
    // (A name the text also prints broken over lines keeps its old reading there: the copy then says
    // who it is on a first line of its own, as 编制部门 lines do.)
    const renamed = meta.value.department.replace(/(（本级）)?$/u, `第${i + 1}分部$1`);
    const text = `编制部门：${renamed} 单位：${base.text.includes('单位：元') ? '元' : '万元'}\n${base.text.split(meta.value.department).join(renamed)}`;
    out.push({ source: `gen-${String(i + 1).padStart(4, '0')}.txt`, text });
  }
  return out;
}

/**
 * One document grown to about `mb` megabytes by repeating 52 lines of its tables (000: the rows after its
 * last 一般公共预算基本支出情况表 title, which run into the project table's long text cells) — the shape
 * that was quadratic before (a text cell read back from a growing string).
 */
function grown(mb: number): SourceText[] {
  const base = readSources('data/sources').find((s) => s.source.startsWith('000_')) as SourceText;
  const lines = base.text.split('\n');
  const title = lines.reduce((at, l, i) => (l.includes('一般公共预算基本支出情况表') && l.includes('按') ? i : at), -1);
  const body = lines.slice(title + 8, title + 60);
  const bodyBytes = Buffer.byteLength(body.join('\n')) + 1;
  const copies = Math.max(0, Math.round((mb * 1024 * 1024 - Buffer.byteLength(base.text)) / bodyBytes));
  const text = [...lines.slice(0, title + 60), ...Array.from({ length: copies }, () => body).flat(), ...lines.slice(title + 60)].join('\n');
  return [{ source: base.source, text }];
}

function measure(size: number, growth: number): void {
  const corrections = parseCorrections(JSON.parse(readFileSync('data/corrections.json', 'utf8')));
  const departments = parseDepartments(JSON.parse(readFileSync('data/departments.json', 'utf8')));
  if (!corrections.ok || !departments.ok) throw new Error('invalid data/*.json');
  const docs = growth > 0 ? grown(growth) : corpus(size);
  const started = performance.now();
  // Generated documents have names of their own: the corrections of data/sources are not theirs (and
  // buildAll refuses a correction for a document it was not given).
  // (A grown document moves its lines: its corrections no longer fit.)
  const mine = growth > 0 ? [] : corrections.value.filter((c) => docs.some((d) => d.source === c.source));
  const out = buildAll(docs, mine, departments.value);
  const ms = performance.now() - started;
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  console.log(JSON.stringify({ size, ms, maxRssMB: process.resourceUsage().maxRSS / 1024, budgets: out.budgets.length, chars }));
}

const sizeArg = process.argv.indexOf('--size');
const growArg = process.argv.indexOf('--grow');
if (sizeArg >= 0) {
  measure(Number(process.argv[sizeArg + 1]), growArg >= 0 ? Number(process.argv[growArg + 1]) : 0);
} else {
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/benchData.ts', ...args], { encoding: 'utf8' });
    if (r.status !== 0) {
      console.error(r.stderr);
      process.exit(1);
    }
    return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { size: number; ms: number; maxRssMB: number; chars: number; budgets: number };
  };
  const mix = bases();
  console.log(`mix: ${mix.length} documents (${mix.map((b) => b.source.replace(/\.txt$/u, '')).join(', ')})`);
  console.log('documents  time (ms)  ms/doc  peak RSS (MB)  source chars');
  for (const size of [0, 10, 100, 1000]) {
    const m = run(['--size', String(size)]);
    console.log(
      `${String(m.budgets).padStart(9)}  ${m.ms.toFixed(0).padStart(9)}  ${(m.ms / m.budgets).toFixed(1).padStart(6)}  ${m.maxRssMB.toFixed(0).padStart(13)}  ${String(m.chars).padStart(12)}`,
    );
  }
  console.log('\none document grown by repeating table rows (over 20 MB a source is refused):\n   target  source chars  time (ms)  µs/char  peak RSS (MB)');
  for (const mb of [0.5, 2, 8]) {
    const m = run(['--size', '1', '--grow', String(mb)]);
    console.log(
      `${`${mb} MB`.padStart(9)}  ${String(m.chars).padStart(12)}  ${m.ms.toFixed(0).padStart(9)}  ${((m.ms * 1000) / m.chars).toFixed(2).padStart(7)}  ${m.maxRssMB.toFixed(0).padStart(13)}`,
    );
  }
}
