/**
 * Swapping the new data in (emit) when a file-system step fails: the error tells the truth about what is
 * on disk. Steps are made to fail through the injectable FsOps (root ignores permissions); the real
 * file system holds the result. Also: leftovers of other runs, and the build never publishing them.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type BuildOutput, buildAll } from '../../src/normalizer/build';
import { emit, WriteError } from '../../src/normalizer/emit';
import { readSources } from '../../src/normalizer/sources';
import { cleanLeftovers, type FsOps, fsOps, stagingNames } from '../../src/normalizer/staging';
import { dropDataStaging } from '../../vite.config';

let built: BuildOutput;
beforeAll(() => {
  built = buildAll(
    readSources('data/sources').filter((s) => s.source.startsWith('000_')),
    [],
    [],
  );
});

let dir = '';
let out = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yusuan-emit-'));
  out = join(dir, 'data');
  mkdirSync(out);
  writeFileSync(join(out, 'index.json'), '{"sentinel":true}\n');
});

/** The real file system, with the rename from → to failing. */
function failing(when: (from: string, to: string) => boolean): FsOps {
  return {
    ...fsOps,
    rename: (from, to) => {
      if (when(from, to)) throw Object.assign(new Error(`EXDEV: cross-device link not permitted, rename '${from}'`), { code: 'EXDEV' });
      fsOps.rename(from, to);
    },
  };
}

function caught(f: () => unknown): WriteError {
  try {
    f();
  } catch (e) {
    if (e instanceof WriteError) return e;
    throw e;
  }
  throw new Error('emit did not fail');
}

describe('emit when a step fails', () => {
  it('the new data cannot be moved in: the old data is moved back, and the error says "unchanged"', () => {
    const e = caught(() =>
      emit(
        built,
        out,
        'schema',
        failing((from) => from.includes('.data-staging-')),
      ),
    );
    expect(e.onDisk).toEqual({ state: 'unchanged' });
    expect(e.message).toContain(`${out}: [WRITE_FAILED] could not move the new data in place`);
    expect(readFileSync(join(out, 'index.json'), 'utf8')).toBe('{"sentinel":true}\n');
    expect(readdirSync(dir)).toEqual(['data']);
  });

  it('nor the old data back: the error says the data folder is missing and where the old data is', () => {
    const e = caught(() =>
      emit(
        built,
        out,
        'schema',
        failing((_from, to) => to === out),
      ),
    );
    const { previous } = stagingNames(out, process.pid);
    expect(e.onDisk).toEqual({ state: 'missing', previous });
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(join(previous, 'index.json'), 'utf8')).toBe('{"sentinel":true}\n'); // never deleted
  });

  it('the old copy cannot be removed after the swap: no error (the new data is in place), the copy reported', () => {
    const { previous } = stagingNames(out, process.pid);
    const r = emit(built, out, 'schema', {
      ...fsOps,
      remove: (p) =>
        p === previous
          ? (() => {
              throw new Error('EBUSY');
            })()
          : fsOps.remove(p),
    });
    expect(r.leftover).toEqual({ path: previous, reason: 'EBUSY' });
    expect(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).budgets).toHaveLength(1);
  });
});

describe('leftovers of other runs', () => {
  it('keeps the staging folder of a run still in progress, and those of another data folder', () => {
    const live = stagingNames(out, process.ppid).staging; // the parent process is running
    const other = stagingNames(join(dir, 'other'), 1).staging;
    mkdirSync(live);
    mkdirSync(other);
    expect(cleanLeftovers(out)).toEqual({ removed: [] });
    expect(readdirSync(dir).sort()).toEqual([`.data-staging-${process.ppid}`, '.other-staging-1', 'data']);
  });
});

describe('vite build', () => {
  it('drops staging and previous folders that public/ holds from dist', () => {
    const dist = join(dir, 'dist');
    mkdirSync(join(dist, 'data'), { recursive: true });
    for (const p of Object.values(stagingNames(join(dist, 'data'), 4242))) mkdirSync(join(p, 'budgets'), { recursive: true });
    const plugin = dropDataStaging() as Plugin & { configResolved: (c: unknown) => void; writeBundle: () => void };
    plugin.configResolved({ root: dir, build: { outDir: 'dist' } });
    plugin.writeBundle();
    expect(readdirSync(dist)).toEqual(['data']);
  });
});
