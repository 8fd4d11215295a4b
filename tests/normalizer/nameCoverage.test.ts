/**
 * Every 功能分类 and 经济分类 line name of every document we read — data/sources and the corpus of
 * ../shared (read from there, never copied; absent files are said and skipped) — is either in
 * data/names-en.json or a misprint data/crosswalk.json knows. This is also a guard against garbled names:
 * a name glued from two cells ("职工基本医疗保险取暖费缴费…") or from a repeated header ("编码差旅费") is in
 * neither list and fails here, naming the document, code and lines.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../../src/normalizer/corrections';
import { normalizeDocument } from '../../src/normalizer/document';
import { EnglishLookup, parseEnglishNames } from '../../src/normalizer/englishNames';
import { parseDepartments } from '../../src/normalizer/identity';

const names = parseEnglishNames(JSON.parse(readFileSync('data/names-en.json', 'utf8')));
const corrections = parseCorrections(JSON.parse(readFileSync('data/corrections.json', 'utf8')));
const departments = parseDepartments(JSON.parse(readFileSync('data/departments.json', 'utf8')));
const crosswalk = JSON.parse(readFileSync('data/crosswalk.json', 'utf8')) as { entries: { names: { name: string; misprint?: boolean }[] }[] };
const misprints = new Set(crosswalk.entries.flatMap((e) => e.names.filter((n) => n.misprint === true).map((n) => n.name)));

const CORPUS = join('..', 'shared', 'corpus');
const files = [
  ...readdirSync('data/sources')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join('data/sources', f)),
  ...[CORPUS, join(CORPUS, 'local-only')].flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.txt'))
          .map((f) => join(dir, f))
      : [],
  ),
];

describe('English names cover every printed line name', () => {
  if (!existsSync(join(CORPUS, 'local-only'))) console.warn(`skipped the corpus: ${join(CORPUS, 'local-only')} is absent on this machine`);
  it('knows the one misprint of the sources (社会保障和就业出) from the crosswalk', () => {
    expect([...misprints]).toContain('社会保障和就业出');
  });

  it.each(files)('%s', (file) => {
    if (!names.ok || !corrections.ok || !departments.ok) throw new Error('data/*.json invalid');
    const lookup = new EnglishLookup(names.value);
    const { budget } = normalizeDocument(basename(file), readFileSync(file, 'utf8'), corrections.value, departments.value);
    const missing = [
      ...budget.functional.filter((r) => !lookup.get('functional', r.name) && !misprints.has(r.name)),
      ...budget.economic.filter((r) => !lookup.get('economic', r.name)),
    ].map((r) => `${r.code} ${r.name} (lines ${r.src.lines.join('–')})`);
    expect(missing).toEqual([]);
    expect(budget.functional.length + budget.economic.length).toBeGreaterThan(0);
  });
});
