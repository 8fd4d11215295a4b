/**
 * Phase 6 — emit: validate every file against the schema generated from the types, then replace
 * public/data as a whole. Files are written into a fresh sibling folder first and swapped in by
 * rename, so a failure at any point leaves the existing public/data untouched: no partial JSON.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import type { BuildOutput } from './build';
import { NormalizeError } from './messages';
import { buildSearchIndex } from './searchIndex';

export function stringify(value: unknown): string {
  return `${JSON.stringify(value, null, 1)}\n`;
}

export function loadValidators(schemaDir: string) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const budget = ajv.compile(JSON.parse(readFileSync(join(schemaDir, 'budget.schema.json'), 'utf8')));
  const index = ajv.compile(JSON.parse(readFileSync(join(schemaDir, 'index.schema.json'), 'utf8')));
  return { budget, index, errors: (e: typeof budget.errors) => (e ?? []).slice(0, 5).map((x) => `${x.instancePath} ${x.message}`).join('; ') };
}

/** The files to write, by path relative to the data folder. */
export function filesOf(out: BuildOutput): Map<string, string> {
  const files = new Map<string, string>();
  files.set('index.json', stringify(out.index));
  for (const b of out.budgets) files.set(`budgets/${b.id}.json`, stringify(b));
  // The search index is loaded by the browser only when the search box is first used: compact JSON.
  files.set('search.json', `${JSON.stringify(buildSearchIndex(out.budgets))}\n`);
  return files;
}

export function validate(out: BuildOutput, schemaDir: string): void {
  const v = loadValidators(schemaDir);
  if (!v.index(out.index)) throw new NormalizeError('SCHEMA_INVALID', 'index.json', v.errors(v.index.errors));
  for (const b of out.budgets) {
    const source = b.source;
    if (!v.budget(b)) throw new NormalizeError('SCHEMA_INVALID', source, v.errors(v.budget.errors));
  }
}

export function emit(out: BuildOutput, dataDir: string, schemaDir: string): void {
  validate(out, schemaDir);
  const parent = dirname(dataDir);
  const staging = join(parent, `.data-staging-${process.pid}`);
  const previous = join(parent, `.data-previous-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [rel, text] of filesOf(out)) {
      const path = join(staging, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
    if (existsSync(dataDir)) renameSync(dataDir, previous);
    renameSync(staging, dataDir);
    rmSync(previous, { recursive: true, force: true });
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(dataDir) && existsSync(previous)) renameSync(previous, dataDir);
    throw new NormalizeError('WRITE_FAILED', dataDir, e instanceof Error ? e.message : String(e));
  }
}
