/**
 * The app's search engine over the published index (public/data/search/): one manifest read per page,
 * relative URLs under data/search/, each query reading only some of the files, only lines and projects
 * in the box.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';

const DIR = 'public/data/search';
const files = readdirSync(DIR);

// A fresh module per test: the engine caches its one open.
async function engine() {
  vi.resetModules();
  return import('../../../src/app/search/searchEngine');
}

/** Serves public/data/search as a static host would, recording the URLs asked for. */
function host(override: (url: string) => Response | null = () => null): { fn: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  const fn = (async (url: string | URL | Request) => {
    const u = String(url);
    urls.push(u);
    const o = override(u);
    if (o) return o;
    const name = u.replace(/^data\/search\//, '');
    if (u === name || !files.includes(name)) return new Response('not found', { status: 404 });
    return new Response(readFileSync(join(DIR, name), 'utf8'), { status: 200 });
  }) as typeof fetch;
  return { fn, urls };
}

describe('the search engine in the browser', () => {
  it('opens once from a relative URL and searches lines and projects only, reading part of the index', async () => {
    const { loadSearch, runSearch, BOX_KINDS, SEARCH_BASE } = await engine();
    expect(SEARCH_BASE).toBe('data/search/');
    const { fn, urls } = host();
    const first = await loadSearch(fn);
    const again = await loadSearch(fn);
    expect(again).toBe(first);
    expect(urls).toEqual(['data/search/manifest.json']);
    if (!first.ok) throw new Error(first.reason);
    const hits = await runSearch(first.value, '基本');
    if (!hits.ok) throw new Error(hits.reason);
    expect(hits.value.length).toBeGreaterThan(0);
    expect(hits.value.every((h) => BOX_KINDS.includes(h.kind))).toBe(true);
    expect(urls.every((u) => u.startsWith('data/search/'))).toBe(true);
    // A query reads some files, not the whole index; gzip bytes as a host would send them.
    const read = new Set(urls.map((u) => u.replace('data/search/', '')));
    const gz = (names: Iterable<string>) => [...names].reduce((n, f) => n + gzipSync(readFileSync(join(DIR, f))).length, 0);
    expect(read.size).toBeLessThan(files.length);
    expect(gz(read)).toBeLessThan(gz(files));
    expect(await runSearch(first.value, '')).toEqual({ ok: true, value: [] });
  });

  it('reports a missing or wrong manifest with its file, and tries again next time', async () => {
    const { loadSearch } = await engine();
    const r1 = await loadSearch(host(() => new Response('gone', { status: 404 })).fn);
    expect(r1).toEqual({ ok: false, reason: 'search/manifest.json: HTTP 404' });
    const r2 = await loadSearch(host(() => new Response('{"schemaVersion":1}', { status: 200 })).fn);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.reason).toMatch(/^search\/manifest\.json: .*schemaVersion/);
    const r3 = await loadSearch(host().fn);
    expect(r3.ok).toBe(true);
  });

  it('reports a network failure or a cut-off file without throwing', async () => {
    const { loadSearch } = await engine();
    const r1 = await loadSearch((async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch);
    expect(r1).toEqual({ ok: false, reason: 'search/manifest.json: Failed to fetch' });
    const r2 = await loadSearch(host(() => new Response('{"schemaVersion":1,"tok', { status: 200 })).fn);
    expect(r2).toEqual({ ok: false, reason: 'search/manifest.json: not valid JSON (cut off, or not the index)' });
  });

  it('fails a query whose term or entry file is broken, naming the file, and reads it again next time', async () => {
    const { loadSearch, runSearch } = await engine();
    let broken = true;
    const { fn } = host((u) => (broken && /\/(l|e)-\d+\.json$/.test(u) ? new Response('<html>', { status: 200 }) : null));
    const opened = await loadSearch(fn);
    if (!opened.ok) throw new Error(opened.reason);
    const bad = await runSearch(opened.value, '行政运行');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/^search\/(l|e)-\d+\.json: not valid JSON/);
    broken = false;
    const good = await runSearch(opened.value, '行政运行');
    expect(good.ok && good.value.length > 0).toBe(true);
  });
});
