/**
 * The budget cache (state/dataCache.ts) as a budget page uses it: a budget by id reads only its own file,
 * never index.json; the index is asked only when the file failed, to tell an unknown id (a wrong link,
 * or a host answering with its HTML page) from a file the host lost.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { budgetResource, preload, resetDataCache } from '../../src/state/dataCache';
import type { FetchLike } from '../../src/model/loadBudget';
import { sampleBudget, sampleIndex } from '../fixtures/sampleBudget';

function fakeFetch(files: Record<string, string>): FetchLike & { calls: string[] } {
  const calls: string[] = [];
  const fn = async (url: string) => {
    calls.push(url);
    const f = files[url];
    if (f === undefined) return { ok: false, status: 404, text: async () => 'Not found' };
    return { ok: true, status: 200, text: async () => f };
  };
  return Object.assign(fn, { calls });
}

afterEach(() => resetDataCache());

describe('budgetResource', () => {
  it('reads data/budgets/<id>.json alone', async () => {
    const f = fakeFetch({ 'data/budgets/001.json': JSON.stringify(sampleBudget()), 'data/index.json': JSON.stringify(sampleIndex()) });
    resetDataCache(f);
    const r = await budgetResource('001');
    expect(r.ok).toBe(true);
    expect(f.calls).toEqual(['data/budgets/001.json']);
  });

  it('an id the index does not list is an unknown budget, whether the host says 404 or sends its HTML page', async () => {
    const hosts: Record<string, string>[] = [{}, { 'data/budgets/nope.json': '<!doctype html><title>app</title>' }];
    for (const missing of hosts) {
      const f = fakeFetch({ ...missing, 'data/index.json': JSON.stringify(sampleIndex()) });
      resetDataCache(f);
      const r = await budgetResource('nope');
      expect(r.ok ? null : r.reason.kind).toBe('unknownBudget');
      expect(f.calls).toEqual(['data/budgets/nope.json', 'data/index.json']);
    }
  });

  it('a listed budget whose file is gone keeps that failure, naming the file', async () => {
    const f = fakeFetch({ 'data/index.json': JSON.stringify(sampleIndex()) });
    resetDataCache(f);
    const r = await budgetResource('001');
    expect(r.ok ? null : r.reason).toMatchObject({ kind: 'notFound', url: 'data/budgets/001.json' });
  });

  it('preloading a budget page asks for the budget, its department file and the crosswalk, not the index', async () => {
    const b = sampleBudget();
    const f = fakeFetch({ 'data/budgets/001.json': JSON.stringify(b) });
    resetDataCache(f);
    await preload({ page: 'budget', lang: 'zh', budgetId: '001', view: 'treemap' } as Parameters<typeof preload>[0], 2000);
    expect([...f.calls].sort()).toEqual(['data/budgets/001.json', 'data/crosswalk.json', `data/departments/${b.departmentId}.json`].sort());
  });
});
