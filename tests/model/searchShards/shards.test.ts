/**
 * The sharded index as built (src/normalizer/searchShards.ts) and as checked when read
 * (src/model/searchShards/parseShards.ts): entries shared across budgets, numbered by first occurrence,
 * occurrences kept up to the limit; every malformed file refused with a reason.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchShards } from '../../../src/normalizer/searchShards';
import { buildSearchIndex } from '../../../src/normalizer/searchIndex';
import { parseEntryFile, parseGlossaryFile, parseManifest, parseTermFile } from '../../../src/model/searchShards/parseShards';
import { openShardedSearch } from '../../../src/model/searchShards/shardedSearch';
import { decode } from '../../../src/model/searchShards/sortedSets';
import { fileOfTerm, fnv1a } from '../../../src/model/searchShards/termHash';
import type { EntryFile, SearchManifest } from '../../../src/model/searchShards/shardTypes';
import { committedBudgets, generatedBudgets, memoryLoader } from './corpus';

const budgets = generatedBudgets(60);
const files = buildSearchShards(budgets, { entriesPerFile: 50, postingsPerFile: 2000, occurrencesKept: 5 });
const manifest = files.get('manifest.json') as SearchManifest;
const entryFiles = [...files].filter(([k]) => k.startsWith('e-')).map(([, v]) => v as EntryFile);

describe('building the shards', () => {
  it('numbers documents as the unsharded index does, and makes one entry of a line printed in many budgets', () => {
    const full = buildSearchIndex(budgets);
    expect(manifest.docs).toBe(full.docs.label.length);
    expect(Array.from(decode(manifest.docStarts))).toEqual(budgets.map((_, i) => full.docs.budget.indexOf(i)));
    expect(manifest.entries).toBeLessThan(manifest.docs / 3);
    const counts = entryFiles.flatMap((f) => f.count);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(manifest.docs);
  });

  it('numbers entries by first occurrence, keeping the first occurrences only', () => {
    const firsts = entryFiles.flatMap((f) => f.docs.map((d) => d[0] as number));
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(new Set(firsts).size).toBe(firsts.length);
    for (const f of entryFiles) {
      f.docs.forEach((d, i) => {
        expect(d.length).toBe(Math.min(f.count[i] as number, 5));
      });
    }
    expect(entryFiles.some((f) => f.count.some((c) => c > 5))).toBe(true);
  });

  it('puts every term in the file its hash names', () => {
    for (const [name, v] of files) {
      const m = /^([ld])-(\d+)\.json$/.exec(name);
      if (!m) continue;
      const count = m[1] === 'l' ? manifest.labelFiles : manifest.descriptionFiles;
      for (const t of Object.keys((v as { terms: object }).terms)) expect(fileOfTerm(t, count)).toBe(Number(m[2]));
    }
    // FNV-1a 32-bit reference values (the browser and Node must agree).
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
  });

  it('is deterministic', () => {
    const again = buildSearchShards(budgets, { entriesPerFile: 50, postingsPerFile: 2000, occurrencesKept: 5 });
    expect(JSON.stringify([...again])).toBe(JSON.stringify([...files]));
  });

  it('lists for each 名词解释 term the budgets that print it', async () => {
    const small = committedBudgets();
    const opened = await openShardedSearch(memoryLoader(buildSearchShards(small)).load);
    if (!opened.ok) throw new Error(opened.reason);
    const term = small.flatMap((b) => b.glossary)[0]?.term ?? '';
    const r = await opened.value.glossaryBudgets(term.replace(/[^\p{L}\p{N}]+/gu, ''));
    expect(r.ok && r.value).toEqual(small.flatMap((b, i) => (b.glossary.some((g) => g.term === term) ? [i] : [])));
  });
});

describe('a query reads few files', () => {
  it('a broad one stops after the first entry files; one that finds nothing reads no entry file', async () => {
    const big = buildSearchShards(generatedBudgets(300));
    const m = big.get('manifest.json') as SearchManifest;
    const entryCount = Math.ceil(m.entries / m.entriesPerFile);
    expect(entryCount).toBeGreaterThan(10);
    for (const [q, most] of [
      ['费', 2],
      ['支出', 2],
      ['行政运行', 2],
      ['火星基地', 0],
    ] as const) {
      const loader = memoryLoader(big);
      const opened = await openShardedSearch(loader.load);
      if (!opened.ok) throw new Error(opened.reason);
      const r = await opened.value.search(q, { limit: 20 });
      expect(r.ok && r.value.length).toBe(most === 0 ? 0 : 20);
      expect(loader.read.filter((f) => f.startsWith('e-')).length, q).toBeLessThanOrEqual(most);
    }
  });
});

describe('an index mixed from two builds', () => {
  it('fails the query naming the file, instead of giving the other build’s hits', async () => {
    const other = buildSearchShards(generatedBudgets(61), { entriesPerFile: 50, postingsPerFile: 2000, occurrencesKept: 5 });
    expect((other.get('manifest.json') as SearchManifest).build).not.toBe(manifest.build);
    for (const stale of ['l-', 'e-']) {
      const mixed = new Map([...files].map(([k, v]) => [k, k.startsWith(stale) && other.has(k) ? other.get(k) : v]));
      const opened = await openShardedSearch(memoryLoader(mixed).load);
      if (!opened.ok) throw new Error(opened.reason);
      const r = await opened.value.search('行政运行', { limit: 5 });
      expect(r, stale).toMatchObject({ ok: false, reason: expect.stringMatching(new RegExp(`^search/${stale}\\d+\\.json: from index build`)) });
    }
  });

  it('asking for more hits than the index keeps per entry is an error, not a shorter list', async () => {
    const opened = await openShardedSearch(memoryLoader(files).load);
    if (!opened.ok) throw new Error(opened.reason);
    expect(await opened.value.search('行政运行', { limit: 6 })).toMatchObject({ ok: false, reason: expect.stringContaining('keeps 5 occurrences') });
    expect((await opened.value.search('行政运行', { limit: 5 })).ok).toBe(true);
  });
});

describe('reading a shard refuses', () => {
  const entry = entryFiles[1] as EntryFile;
  const broken = (patch: Partial<EntryFile> | Record<string, unknown>) => parseEntryFile({ ...entry, ...patch }, manifest, entry.first);

  it('a manifest of another version, tokenizer or shape', () => {
    expect(parseManifest(manifest).ok).toBe(true);
    expect(parseManifest({ ...manifest, schemaVersion: 1 })).toMatchObject({ ok: false, reason: expect.stringContaining('schemaVersion') });
    expect(parseManifest({ ...manifest, tokenizer: 'x' })).toMatchObject({ ok: false, reason: expect.stringContaining('tokenizer') });
    expect(parseManifest({ ...manifest, docStarts: [0] })).toMatchObject({ ok: false, reason: expect.stringContaining('docStarts') });
    expect(parseManifest({ ...manifest, labelFiles: 0 }).ok).toBe(false);
    expect(parseManifest([]).ok).toBe(false);
  });

  it('a manifest whose kinds are reordered, whose documents do not start at 0, or whose counts overflow', () => {
    expect(parseManifest({ ...manifest, kinds: [...manifest.kinds].reverse() })).toMatchObject({ ok: false, reason: expect.stringContaining('kinds') });
    const starts = [...manifest.docStarts];
    starts[0] = 1;
    expect(parseManifest({ ...manifest, docStarts: starts })).toMatchObject({ ok: false, reason: expect.stringContaining('begin at 0') });
    expect(parseManifest({ ...manifest, occurrencesKept: 0 })).toMatchObject({ ok: false, reason: expect.stringContaining('occurrencesKept') });
    expect(parseManifest({ ...manifest, docs: 2 ** 31 })).toMatchObject({ ok: false, reason: expect.stringContaining('docs') });
    expect(parseManifest({ ...manifest, build: '' })).toMatchObject({ ok: false, reason: expect.stringContaining('build') });
  });

  it('postings that do not increase or point past the last entry', () => {
    const term = (terms: unknown) => parseTermFile({ build: manifest.build, file: 0, files: manifest.labelFiles, terms }, manifest, 0, manifest.labelFiles);
    expect(term({ ab: [1, 2] }).ok).toBe(true);
    expect(term({ ab: [3, 0] }).ok).toBe(false);
    expect(term({ ab: [manifest.entries] }).ok).toBe(false);
    expect(term({ ab: [] }).ok).toBe(false);
    expect(parseTermFile({}, manifest, 0, manifest.labelFiles).ok).toBe(false);
  });

  it('a term file that is not the one the manifest counts on', () => {
    const l1 = files.get('l-1.json');
    expect(parseTermFile(l1, manifest, 1, manifest.labelFiles).ok).toBe(true);
    expect(parseTermFile(l1, manifest, 0, manifest.labelFiles)).toMatchObject({ ok: false, reason: expect.stringContaining('term file 1 of') });
    expect(parseTermFile(l1, manifest, 1, manifest.labelFiles + 1).ok).toBe(false);
  });

  it('a file of another build: the index was replaced while it was read', () => {
    const other = { ...manifest, build: 'feedfacefeedface' };
    expect(parseEntryFile(entry, other, entry.first)).toMatchObject({ ok: false, reason: expect.stringContaining('build') });
    expect(parseTermFile(files.get('l-1.json'), other, 1, manifest.labelFiles)).toMatchObject({ ok: false, reason: expect.stringContaining('build') });
    expect(parseGlossaryFile(files.get('glossary.json'), other)).toMatchObject({ ok: false, reason: expect.stringContaining('build') });
  });

  it('an entry file from elsewhere, with a column short, or an amount that is not one', () => {
    expect(broken({}).ok).toBe(true);
    expect(parseEntryFile(entry, manifest, 0)).toMatchObject({ ok: false, reason: expect.stringContaining('expected entries from 0') });
    expect(broken({ label: entry.label.slice(1) })).toMatchObject({ ok: false, reason: expect.stringContaining('label') });
    expect(broken({ kind: entry.kind.map(() => 99) })).toMatchObject({ ok: false, reason: expect.stringContaining('kind') });
    const amounts = entry.amounts.map((a) => a.map(() => '1,234.5'));
    expect(broken({ amounts })).toMatchObject({ ok: false, reason: expect.stringContaining('"1,234.5" is not an amount') });
    expect(broken({ docs: entry.docs.map((d) => d.slice(1)) }).ok).toBe(false);
  });

  it('a glossary file naming a budget that is not there', () => {
    const two = { ...manifest, budgets: manifest.budgets.slice(0, 2) };
    expect(parseGlossaryFile({ build: manifest.build, terms: { 三公经费: [0, 1] } }, two).ok).toBe(true);
    expect(parseGlossaryFile({ build: manifest.build, terms: { 三公经费: [2] } }, two).ok).toBe(false);
  });
});
