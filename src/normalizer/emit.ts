/**
 * Phase 6 — emit: validate every file against the schema generated from the types, then replace
 * public/data as a whole. Files are written into a fresh sibling folder first and swapped in by
 * rename, so a failure at any point leaves the existing public/data untouched: no partial JSON.
 * When something does go wrong, the error says what is on disk afterwards (WriteError.onDisk), so the
 * command never claims "left unchanged" for data it replaced, nor the reverse.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import type { BuildOutput } from './build';
import { NormalizeError } from './messages';
import { buildSearchShards } from './searchShards';
import { SHARDS_DIR } from '../model/searchShards/shardTypes';
import { buildCatalogHead } from '../model/catalogHead';
import { buildDepartmentFiles, departmentFile } from '../model/departmentFile';
import { fsOps, stagingNames, type FsOps } from './staging';

export function stringify(value: unknown): string {
  return `${JSON.stringify(value, null, 1)}\n`;
}

export function loadValidators(schemaDir: string) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const budget = ajv.compile(JSON.parse(readFileSync(join(schemaDir, 'budget.schema.json'), 'utf8')));
  const index = ajv.compile(JSON.parse(readFileSync(join(schemaDir, 'index.schema.json'), 'utf8')));
  return {
    budget,
    index,
    errors: (e: typeof budget.errors) =>
      (e ?? [])
        .slice(0, 5)
        .map((x) => `${x.instancePath} ${x.message}`)
        .join('; '),
  };
}

/** The files to write, by path relative to the data folder. */
export function filesOf(out: BuildOutput): Map<string, string> {
  const files = new Map<string, string>();
  files.set('index.json', stringify(out.index));
  // 目录首页: the catalog's first page and facet counts, so the first screen does not wait for the whole
  // index (model/catalogHead.ts); compact JSON like the search index, since it is on the first page's path.
  files.set('catalog-head.json', `${JSON.stringify(buildCatalogHead(out.index))}\n`);
  for (const b of out.budgets) files.set(`budgets/${b.id}.json`, stringify(b));
  // 部门文件: a department page reads its own file (entries and trend figures) instead of the index and
  // every budget (model/departmentFile.ts); the crosswalk on its own for the pages that need only it.
  for (const [id, f] of buildDepartmentFiles(out.index, out.budgets)) files.set(departmentFile(id), `${JSON.stringify(f)}\n`);
  files.set('crosswalk.json', `${JSON.stringify(out.index.crosswalk)}\n`);
  // The search index, in shards (model/searchShards): the browser reads the few files a query needs, and
  // only once the search box is used; compact JSON.
  for (const [name, value] of buildSearchShards(out.budgets)) files.set(`${SHARDS_DIR}/${name}`, `${JSON.stringify(value)}\n`);
  // The source texts, exactly as read (valid UTF-8, so the bytes round-trip): the source view
  // (#/source/<id>?lines=a-b) shows the cited lines of the very text every figure was read from.
  for (const s of out.sources) files.set(`sources/${s.source}`, s.text);
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

/** What is in the data folder after a failed write. */
export type OnDisk = { state: 'unchanged' } | { state: 'missing'; previous: string }; // neither old nor new data in place: the old is kept at `previous`

/** A write that failed, with the truth about the data folder afterwards. */
export class WriteError extends NormalizeError {
  constructor(
    dataDir: string,
    detail: string,
    readonly onDisk: OnDisk,
  ) {
    super('WRITE_FAILED', dataDir, detail);
  }
}

/** Emitted data, plus a previous copy that could not be removed (the new data is in place regardless). */
export interface EmitResult {
  leftover?: { path: string; reason: string };
}

export function emit(out: BuildOutput, dataDir: string, schemaDir: string, fs: FsOps = fsOps): EmitResult {
  validate(out, schemaDir);
  const { staging, previous } = stagingNames(dataDir, process.pid);
  const why = (e: unknown) => (e instanceof Error ? e.message : String(e));
  // Removing the half-written staging folder after a failure must not hide that failure; a staging
  // folder that stays is removed by the next run (cleanLeftovers) and never published (vite.config.ts).
  const discard = (path: string) => {
    try {
      fs.remove(path);
    } catch {
      /* reported by the failure being thrown */
    }
  };
  try {
    for (const [rel, text] of filesOf(out)) {
      const path = join(staging, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  } catch (e) {
    discard(staging);
    throw new WriteError(dataDir, `could not write the new data: ${why(e)}`, { state: 'unchanged' });
  }
  const hadData = fs.exists(dataDir);
  try {
    if (hadData) fs.rename(dataDir, previous);
  } catch (e) {
    discard(staging);
    throw new WriteError(dataDir, `could not move the old data aside: ${why(e)}`, { state: 'unchanged' });
  }
  try {
    fs.rename(staging, dataDir);
  } catch (e) {
    discard(staging);
    if (!hadData) throw new WriteError(dataDir, `could not move the new data in place: ${why(e)}`, { state: 'unchanged' });
    try {
      fs.rename(previous, dataDir);
    } catch {
      throw new WriteError(dataDir, `could not move the new data in place (${why(e)}) nor the old data back`, { state: 'missing', previous });
    }
    throw new WriteError(dataDir, `could not move the new data in place: ${why(e)}`, { state: 'unchanged' });
  }
  try {
    if (hadData) fs.remove(previous);
  } catch (e) {
    return { leftover: { path: previous, reason: why(e) } };
  }
  return {};
}
