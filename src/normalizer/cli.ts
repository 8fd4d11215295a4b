/**
 * npm run data — read every document in data/sources/, write public/data/.
 * Exits non-zero with the document, table and line that broke it; public/data is then left as it was.
 *
 * Options: --sources DIR  --out DIR  --check (build and compare with --out instead of writing).
 * This module is the entry script only: it runs when executed. Import readSources from ./sources.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAll } from './build';
import { parseCorrections } from './corrections';
import { emit, filesOf, validate } from './emit';
import { parseDepartments } from './identity';
import { NormalizeError } from './messages';
import { readSources } from './sources';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

function readJson(path: string, code: 'CORRECTIONS_INVALID' | 'SOURCE_UNREADABLE'): unknown {
  if (!existsSync(path)) throw new NormalizeError(code, path, 'file not found');
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new NormalizeError(code, path, `not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function main(): void {
  const sourcesDir = arg('--sources', 'data/sources');
  const outDir = arg('--out', 'public/data');
  const corrections = parseCorrections(readJson(arg('--corrections', 'data/corrections.json'), 'CORRECTIONS_INVALID'));
  if (!corrections.ok) throw new NormalizeError('CORRECTIONS_INVALID', 'data/corrections.json', corrections.reason);
  const departments = parseDepartments(readJson(arg('--departments', 'data/departments.json'), 'SOURCE_UNREADABLE'));
  if (!departments.ok) throw new NormalizeError('SOURCE_UNREADABLE', 'data/departments.json', departments.reason);
  const started = performance.now();
  const out = buildAll(readSources(sourcesDir), corrections.value, departments.value);
  for (const { source, warning } of out.warnings) {
    const at = warning.at ? ` ${warning.at.table} lines ${warning.at.lines.join('-')}` : '';
    console.warn(`warning ${source}${at}: [${warning.code}] ${warning.message}`);
  }
  if (process.argv.includes('--check')) {
    validate(out, 'schema');
    const stale = [...filesOf(out)].filter(([rel, text]) => !existsSync(join(outDir, rel)) || readFileSync(join(outDir, rel), 'utf8') !== text).map(([rel]) => rel);
    if (stale.length > 0) {
      console.error(`public data is out of date: ${stale.join(', ')} — run npm run data`);
      process.exitCode = 1;
      return;
    }
    console.log(`${outDir} is up to date (${out.budgets.length} budgets)`);
    return;
  }
  emit(out, outDir, 'schema');
  const failed = out.budgets.reduce((n, b) => n + b.checks.filter((c) => c.status === 'fail').length, 0);
  const rounding = out.budgets.reduce((n, b) => n + b.checks.filter((c) => c.status === 'rounding').length, 0);
  console.log(`wrote ${out.budgets.length} budgets to ${outDir} in ${Math.round(performance.now() - started)} ms (${failed} contradictions and ${rounding} rounding differences shown to readers)`);
}

try {
  main();
} catch (e) {
  if (e instanceof NormalizeError) {
    console.error(`npm run data failed: ${e.message}`);
    console.error('public/data was left unchanged.');
    process.exitCode = 1;
  } else {
    throw e;
  }
}
