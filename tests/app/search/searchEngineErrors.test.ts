import { describe, expect, it, vi } from 'vitest';

// A fresh module per test: the engine caches its one load.
async function engine() {
  vi.resetModules();
  return import('../../../src/app/search/searchEngine');
}

describe('loadSearchIndex when the host misbehaves', () => {
  it('reports an HTTP error, and tries again next time', async () => {
    const { loadSearchIndex } = await engine();
    const r1 = await loadSearchIndex((async () => new Response('gone', { status: 404 })) as unknown as typeof fetch);
    expect(r1).toEqual({ ok: false, reason: 'HTTP 404' });
    const r2 = await loadSearchIndex((async () => new Response('{"schemaVersion":2}', { status: 200 })) as unknown as typeof fetch);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.reason).toContain('schemaVersion');
  });

  it('reports a network failure or a truncated file without throwing', async () => {
    const { loadSearchIndex } = await engine();
    const r1 = await loadSearchIndex((async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch);
    expect(r1).toEqual({ ok: false, reason: 'Failed to fetch' });
    const r2 = await loadSearchIndex((async () => new Response('{"schemaVersion":1,"tok', { status: 200 })) as unknown as typeof fetch);
    expect(r2.ok).toBe(false);
  });
});
