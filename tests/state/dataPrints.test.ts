import { beforeEach, describe, expect, it } from 'vitest';
import { changedSince, dataPrints, fnv1a, printingFetch, resetPrints } from '../../src/state/dataPrints';

const serve = (files: Record<string, string>) =>
  printingFetch(async (url) => (url in files ? { ok: true, status: 200, text: async () => files[url]! } : { ok: false, status: 404, text: async () => '' }));

describe('data prints', () => {
  beforeEach(() => resetPrints());

  it('fingerprint each text read, by its URL, sorted; nothing for a failed request', async () => {
    const f = serve({ 'data/b.json': '{"b":1}', 'data/a.json': '{"a":1}' });
    await (await f('data/b.json')).text();
    await (await f('data/a.json')).text();
    await (await f('data/gone.json')).text();
    expect(dataPrints()).toBe(`data/a.json=${fnv1a('{"a":1}')} data/b.json=${fnv1a('{"b":1}')}`);
  });

  it('tell the files read with another text than the build had, and only those', async () => {
    const written = `data/a.json=${fnv1a('{"a":1}')} data/b.json=${fnv1a('{"b":1}')} data/unread.json=00000000`;
    const f = serve({ 'data/a.json': '{"a":1}', 'data/b.json': '{"b":2}' });
    await (await f('data/a.json')).text();
    expect(changedSince(written)).toEqual([]);
    await (await f('data/b.json')).text();
    expect(changedSince(written)).toEqual(['data/b.json']);
    expect(changedSince('')).toEqual([]);
  });

  it('differ for texts that differ by one character', () => {
    expect(fnv1a('5,921.56')).not.toBe(fnv1a('5,921.57'));
    expect(fnv1a('')).toMatch(/^[0-9a-f]{8}$/);
  });
});
