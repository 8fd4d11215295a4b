/**
 * npm run bench:data — how long normalizing takes and how much memory it needs, for the five source
 * documents and for generated corpora of 10, 100 and 1,000 documents made by varying them (each copy
 * gets its own department name, so every document is a distinct budget). Each size runs in a fresh
 * child process so that peak memory (max RSS) is that size's own. Prints a table; not a timed test.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildAll, type SourceText } from '../src/normalizer/build';
import { readSources } from '../src/normalizer/sources';
import { parseCorrections } from '../src/normalizer/corrections';
import { parseDepartments } from '../src/normalizer/identity';
import { readMeta } from '../src/normalizer/readers/meta';
import { toDocument } from '../src/normalizer/segment';

function corpus(size: number): SourceText[] {
  const five = readSources('data/sources');
  if (size === 5) return five;
  const out: SourceText[] = [];
  for (let i = 0; i < size; i++) {
    const base = five[i % five.length] as SourceText;
    const meta = readMeta(toDocument(base.source, base.text));
    if (!meta.ok) throw new Error(meta.reason);
    // A new department name everywhere it is printed: a distinct budget, not in departments.json.
    const text = base.text.split(meta.value.department).join(`${meta.value.department}第${i + 1}分部`);
    out.push({ source: `gen-${String(i + 1).padStart(4, '0')}.txt`, text });
  }
  return out;
}

function measure(size: number): void {
  const corrections = parseCorrections(JSON.parse(readFileSync('data/corrections.json', 'utf8')));
  const departments = parseDepartments(JSON.parse(readFileSync('data/departments.json', 'utf8')));
  if (!corrections.ok || !departments.ok) throw new Error('invalid data/*.json');
  const docs = corpus(size);
  const started = performance.now();
  const out = buildAll(docs, corrections.value, departments.value);
  const ms = performance.now() - started;
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  console.log(JSON.stringify({ size, ms, maxRssMB: process.resourceUsage().maxRSS / 1024, budgets: out.budgets.length, chars }));
}

const sizeArg = process.argv.indexOf('--size');
if (sizeArg >= 0) {
  measure(Number(process.argv[sizeArg + 1]));
} else {
  console.log('documents  time (ms)  ms/doc  peak RSS (MB)  source chars');
  for (const size of [5, 10, 100, 1000]) {
    const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/benchData.ts', '--size', String(size)], { encoding: 'utf8' });
    if (r.status !== 0) {
      console.error(r.stderr);
      process.exit(1);
    }
    const m = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { size: number; ms: number; maxRssMB: number; chars: number };
    console.log(
      `${String(m.size).padStart(9)}  ${m.ms.toFixed(0).padStart(9)}  ${(m.ms / m.size).toFixed(1).padStart(6)}  ${m.maxRssMB.toFixed(0).padStart(13)}  ${String(m.chars).padStart(12)}`,
    );
  }
}
