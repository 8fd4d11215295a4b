/**
 * npm run data — read every document in data/sources/, write public/data/.
 * Exits non-zero with the document, table and line that broke it, and says what is on disk afterwards:
 * public/data is left as it was unless the new data was written in full.
 *
 * Options: --sources DIR  --out DIR  --corrections FILE  --departments FILE
 *          --check (build and compare with --out instead of writing).
 * This module is the entry script only: it runs when executed. Import readSources from ./sources.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCrosswalk } from '../model/crosswalk';
import { buildAll } from './build';
import { parseCorrections } from './corrections';
import { emit, filesOf, validate, WriteError } from './emit';
import { parseDepartments } from './identity';
import { NAME_TABLES, parseEnglishNames } from './englishNames';
import { NormalizeError } from './messages';
import { describeFsError, readSources } from './sources';
import { cleanLeftovers } from './staging';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

function readJson(path: string, code: 'CORRECTIONS_INVALID' | 'DEPARTMENTS_INVALID' | 'SOURCE_UNREADABLE'): unknown {
  return readJsonText(path, code).json;
}

/** The parsed file and its text (for messages that name a line). */
function readJsonText(path: string, code: 'CORRECTIONS_INVALID' | 'DEPARTMENTS_INVALID' | 'SOURCE_UNREADABLE'): { json: unknown; text: string } {
  if (!existsSync(path)) throw new NormalizeError(code, path, 'file not found');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new NormalizeError(code, path, `cannot be read: ${describeFsError(e)}`);
  }
  try {
    return { json: JSON.parse(text), text };
  } catch (e) {
    throw new NormalizeError(code, path, `not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const outDir = arg('--out', 'public/data');

function main(): void {
  const sourcesDir = arg('--sources', 'data/sources');
  const check = process.argv.includes('--check');
  if (!check) {
    // A run killed half-way left its staging folder (or the old data, moved aside) next to the data.
    try {
      const done = cleanLeftovers(outDir);
      for (const path of done.removed) console.warn(`removed ${path}, left behind by an interrupted run`);
      if (done.restored) console.warn(`restored ${outDir} from ${done.restored}, left behind by an interrupted run`);
    } catch (e) {
      throw new NormalizeError('WRITE_FAILED', outDir, `could not clean up after an interrupted run: ${describeFsError(e)}`);
    }
  }
  const correctionsFile = arg('--corrections', 'data/corrections.json');
  const corrections = parseCorrections(readJson(correctionsFile, 'CORRECTIONS_INVALID'));
  if (!corrections.ok) throw new NormalizeError('CORRECTIONS_INVALID', correctionsFile, corrections.reason);
  const departmentsFile = arg('--departments', 'data/departments.json');
  const departmentsJson = readJsonText(departmentsFile, 'DEPARTMENTS_INVALID');
  const departments = parseDepartments(departmentsJson.json, departmentsJson.text);
  if (!departments.ok) throw new NormalizeError('DEPARTMENTS_INVALID', departmentsFile, departments.reason);
  // The crosswalk of names across years is published with the data (index.json): the app reads only public/data.
  const crosswalkFile = arg('--crosswalk', 'data/crosswalk.json');
  const crosswalk = parseCrosswalk(readJson(crosswalkFile, 'SOURCE_UNREADABLE'));
  if (!crosswalk.ok) throw new NormalizeError('SOURCE_UNREADABLE', crosswalkFile, crosswalk.reason);
  // English names beside the printed Chinese (departmentEn, regionEn, nameEn): one file, the only source of them.
  const namesFile = arg('--names', 'data/names-en.json');
  const names = parseEnglishNames(readJson(namesFile, 'SOURCE_UNREADABLE'));
  if (!names.ok) throw new NormalizeError('SOURCE_UNREADABLE', namesFile, names.reason);
  const started = performance.now();
  const out = buildAll(readSources(sourcesDir), corrections.value, departments.value, correctionsFile, crosswalk.value, names.value);
  for (const table of NAME_TABLES) {
    const missing = out.missingEnglish[table];
    if (missing.length > 0) console.warn(`no English name in ${namesFile} (${table}), shown in Chinese: ${missing.join('、')}`);
  }
  for (const { source, warning } of out.warnings) {
    const at = warning.at ? ` ${warning.at.table} lines ${warning.at.lines.join('-')}` : '';
    console.warn(`warning ${source}${at}: [${warning.code}] ${warning.message}`);
  }
  if (check) {
    validate(out, 'schema');
    const stale = [...filesOf(out)]
      .filter(([rel, text]) => !existsSync(join(outDir, rel)) || readFileSync(join(outDir, rel), 'utf8') !== text)
      .map(([rel]) => rel);
    if (stale.length > 0) {
      console.error(`public data is out of date: ${stale.join(', ')} — run npm run data`);
      process.exitCode = 1;
      return;
    }
    console.log(`${outDir} is up to date (${out.budgets.length} budgets)`);
    return;
  }
  const { leftover } = emit(out, outDir, 'schema');
  const failed = out.budgets.reduce((n, b) => n + b.checks.filter((c) => c.status === 'fail').length, 0);
  const rounding = out.budgets.reduce((n, b) => n + b.checks.filter((c) => c.status === 'rounding').length, 0);
  console.log(
    `wrote ${out.budgets.length} budgets to ${outDir} in ${Math.round(performance.now() - started)} ms (${failed} contradictions and ${rounding} rounding differences shown to readers)`,
  );
  // The new data is in place and complete; only the old copy is still on disk (the next run removes it).
  if (leftover) console.warn(`warning: could not remove the previous data at ${leftover.path} (${leftover.reason}); remove it by hand or run again`);
}

/** The truth about the data folder after a failure. */
function onDisk(e: NormalizeError): string {
  if (!(e instanceof WriteError)) return 'public/data was left unchanged.';
  if (e.onDisk.state === 'missing') return `${outDir} is MISSING: the previous data is kept at ${e.onDisk.previous} — move it back to ${outDir}.`;
  return `${outDir} was left unchanged.`;
}

try {
  main();
} catch (e) {
  if (e instanceof NormalizeError) {
    console.error(`npm run data failed: ${e.message}`);
    console.error(onDisk(e));
    process.exitCode = 1;
  } else {
    throw e;
  }
}
