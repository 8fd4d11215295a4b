import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BOX_KINDS, loadSearchIndex, runSearch, SEARCH_URL } from '../../../src/app/search/searchEngine';

const raw = readFileSync('public/data/search.json', 'utf8');

function fakeFetch(responses: (() => Response)[]): { fn: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  const fn = (async (url: string | URL | Request) => {
    urls.push(String(url));
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    return next();
  }) as typeof fetch;
  return { fn, urls };
}

describe('the search index for every budget', () => {
  it('is under 100 KB gzip (transferred with gzip, as hosting is advised to)', () => {
    expect(gzipSync(Buffer.from(raw, 'utf8')).length).toBeLessThan(100 * 1024);
  });

  it('loads once from a relative URL, is checked, and searches lines and projects only', async () => {
    const { fn, urls } = fakeFetch([() => new Response(raw, { status: 200 })]);
    const first = await loadSearchIndex(fn);
    const again = await loadSearchIndex(fn);
    expect(urls).toEqual([SEARCH_URL]);
    expect(SEARCH_URL).toBe('data/search.json');
    expect(first.ok).toBe(true);
    expect(again).toBe(first);
    if (!first.ok) return;
    const hits = runSearch(first.value, '基本');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => BOX_KINDS.includes(h.kind))).toBe(true);
    expect(runSearch(first.value, '')).toEqual([]);
  });
});
