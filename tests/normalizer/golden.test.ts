/**
 * The committed public/data is the golden output of the normalizer: regenerate it in memory from
 * data/sources and fail on any difference (run `npm run data` and review the diff after a change).
 * Every emitted file is also validated against the JSON Schema generated from src/model/types.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCrosswalk } from '../../src/model/crosswalk';
import { describe, expect, it } from 'vitest';
import { buildAll } from '../../src/normalizer/build';
import { readSources } from '../../src/normalizer/sources';
import { parseCorrections } from '../../src/normalizer/corrections';
import { filesOf, loadValidators } from '../../src/normalizer/emit';
import { parseDepartments } from '../../src/normalizer/identity';
import { parseEnglishNames } from '../../src/normalizer/englishNames';
import { parseEntryFile, parseManifest, parseTermFile, parseGlossaryFile } from '../../src/model/searchShards/parseShards';

const json = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));

function build() {
  const corrections = parseCorrections(json('data/corrections.json'));
  const departments = parseDepartments(json('data/departments.json'));
  if (!corrections.ok || !departments.ok) throw new Error('data/corrections.json or data/departments.json is invalid');
  const crosswalk = parseCrosswalk(JSON.parse(readFileSync('data/crosswalk.json', 'utf8')));
  if (!crosswalk.ok) throw new Error(crosswalk.reason);
  const names = parseEnglishNames(json('data/names-en.json'));
  if (!names.ok) throw new Error(names.reason);
  return buildAll(readSources('data/sources'), corrections.value, departments.value, 'data/corrections.json', crosswalk.value, names.value);
}

describe('golden public/data', () => {
  const out = build();
  const files = filesOf(out);

  it('has one budget per source document', () => {
    expect(out.budgets.map((b) => b.source)).toEqual(
      readdirSync('data/sources')
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
  });

  it('matches the committed files exactly', () => {
    for (const [rel, text] of files) {
      const path = join('public/data', rel);
      expect(existsSync(path), `${path} is missing: run npm run data`).toBe(true);
      expect(readFileSync(path, 'utf8'), `${path} differs from the normalizer output: run npm run data`).toBe(text);
    }
    const committed = readdirSync('public/data/budgets').map((f) => `budgets/${f}`);
    expect(committed.sort()).toEqual([...files.keys()].filter((k) => k.startsWith('budgets/')).sort());
    const sources = readdirSync('public/data/sources').map((f) => `sources/${f}`);
    expect(sources.sort()).toEqual([...files.keys()].filter((k) => k.startsWith('sources/')).sort());
  });

  it('publishes every source text byte for byte (the source view cites its lines)', () => {
    const names = readdirSync('data/sources').filter((f) => f.endsWith('.txt'));
    expect(names.length).toBeGreaterThan(0);
    for (const f of names) {
      expect(files.has(`sources/${f}`), `sources/${f} is not emitted`).toBe(true);
      expect(
        readFileSync(join('public/data/sources', f)).equals(readFileSync(join('data/sources', f))),
        `public/data/sources/${f} differs from data/sources/${f}`,
      ).toBe(true);
    }
  });

  it('validates every committed file against the generated schema', () => {
    const v = loadValidators('schema');
    expect(v.index(json('public/data/index.json')), v.errors(v.index.errors)).toBe(true);
    for (const f of readdirSync('public/data/budgets')) {
      expect(v.budget(json(join('public/data/budgets', f))), `${f}: ${v.errors(v.budget.errors)}`).toBe(true);
    }
  });

  it('writes a search index the browser accepts, and nothing else in its folder', () => {
    const m = parseManifest(json('public/data/search/manifest.json'));
    if (!m.ok) throw new Error(m.reason);
    const files = readdirSync('public/data/search').sort();
    for (const f of files) {
      const v = json(join('public/data/search', f));
      const n = Number(f.replace(/\D/g, ''));
      const r = f.startsWith('e-')
        ? parseEntryFile(v, m.value, n * m.value.entriesPerFile)
        : f.startsWith('l-') || f.startsWith('d-')
          ? parseTermFile(v, m.value, n, f.startsWith('l-') ? m.value.labelFiles : m.value.descriptionFiles)
          : f === 'glossary.json'
            ? parseGlossaryFile(v, m.value)
            : m;
      expect(r.ok, `${f}: ${r.ok ? '' : r.reason}`).toBe(true);
    }
    // No stray shard from an older build: a query would never read it, but a host would serve it.
    expect(files.map((f) => `search/${f}`)).toEqual([...filesOf(build()).keys()].filter((k) => k.startsWith('search/')).sort());
  });

  it('keeps the schema in step with the types (npm run schema)', async () => {
    const { createGenerator } = await import('ts-json-schema-generator');
    for (const [type, file] of [
      ['Budget', 'schema/budget.schema.json'],
      ['BudgetIndex', 'schema/index.schema.json'],
    ] as const) {
      const schema = createGenerator({ path: 'src/model/types.ts', tsconfig: 'tsconfig.schema.json', type, additionalProperties: false }).createSchema(type);
      expect(json(file)).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });
});
