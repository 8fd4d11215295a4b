import { describe, expect, it } from 'vitest';
import { isSafeDataPath, loadBudget, loadBudgetById, loadIndex, loadSourceText, unknownUnlessListed, type FetchLike } from '../../src/model/loadBudget';
import { validateBudget, validateIndex } from '../../src/model/validate';
import { sampleBudget, sampleIndex } from '../fixtures/sampleBudget';

function fakeFetch(files: Record<string, string | number | Error>): FetchLike & { calls: string[] } {
  const calls: string[] = [];
  const fn = async (url: string) => {
    calls.push(url);
    const f = files[url];
    if (f instanceof Error) throw f;
    if (f === undefined) return { ok: false, status: 404, text: async () => 'Not found' };
    if (typeof f === 'number') return { ok: false, status: f, text: async () => '' };
    return { ok: true, status: 200, text: async () => f };
  };
  return Object.assign(fn, { calls });
}

const INDEX = JSON.stringify(sampleIndex());

describe('loadIndex', () => {
  it('loads and validates data/index.json with a relative URL', async () => {
    const f = fakeFetch({ 'data/index.json': INDEX });
    const r = await loadIndex(f);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.budgets.map((b) => b.id)).toEqual(['000', '001']);
    expect(f.calls).toEqual(['data/index.json']);
  });

  it.each([
    ['missing file', {}, 'notFound'],
    ['server error', { 'data/index.json': 500 }, 'http'],
    ['offline', { 'data/index.json': new Error('Failed to fetch') }, 'network'],
    ['truncated JSON', { 'data/index.json': INDEX.slice(0, 40) }, 'json'],
    ['an HTML page', { 'data/index.json': '<!doctype html><title>404</title>' }, 'json'],
    ['wrong shape', { 'data/index.json': '{"schemaVersion":1,"budgets":{}}' }, 'shape'],
    ['wrong version', { 'data/index.json': '{"schemaVersion":2,"budgets":[]}' }, 'shape'],
  ] as const)('reports %s as %s', async (_name, files, kind) => {
    const r = await loadIndex(fakeFetch(files as Record<string, string | number | Error>));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.kind).toBe(kind);
      expect(r.reason.url).toBe('data/index.json');
    }
  });
});

describe('loadBudget', () => {
  const index = sampleIndex();

  it('fetches the file the index names and checks the id', async () => {
    const f = fakeFetch({ 'data/budgets/001.json': JSON.stringify(sampleBudget()) });
    const r = await loadBudget(index, '001', f);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.department).toBe('广州市海珠区政务服务数据管理局');
    expect(f.calls).toEqual(['data/budgets/001.json']);
  });

  it.each(['999', '../index', '<img src=x onerror=alert(1)>', '', 'constructor'])('refuses an id the index does not list (%j) without fetching', async (id) => {
    const f = fakeFetch({});
    const r = await loadBudget(index, id, f);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.kind).toBe('unknownBudget');
    expect(f.calls).toEqual([]);
  });

  it('reports a file whose id does not match as a shape error', async () => {
    const f = fakeFetch({ 'data/budgets/000.json': JSON.stringify(sampleBudget()) });
    const r = await loadBudget(index, '000', f);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.kind).toBe('shape');
      expect(r.reason.detail).toContain('budget.id');
    }
  });

  it('reports a missing budget file as notFound', async () => {
    const r = await loadBudget(index, '001', fakeFetch({}));
    expect(r.ok ? null : r.reason).toMatchObject({ kind: 'notFound', url: 'data/budgets/001.json' });
  });

  it('refuses an index entry whose file leaves data/', async () => {
    const hostile = sampleIndex();
    const e = hostile.budgets[1];
    if (!e) throw new Error('fixture');
    e.file = '../../secret.json';
    const f = fakeFetch({});
    const r = await loadBudget(hostile, '001', f);
    expect(r.ok ? null : r.reason.kind).toBe('shape');
    expect(f.calls).toEqual([]);
  });
});

describe('loadBudgetById (a budget page, without index.json)', () => {
  it('fetches data/budgets/<id>.json and nothing else', async () => {
    const f = fakeFetch({ 'data/budgets/001.json': JSON.stringify(sampleBudget()) });
    const r = await loadBudgetById('001', f);
    expect(r.ok ? r.value.department : r.reason).toBe('广州市海珠区政务服务数据管理局');
    expect(f.calls).toEqual(['data/budgets/001.json']);
  });

  it.each(['../index', '<img src=x onerror=alert(1)>', '', 'a/b', '%2e%2e'])('refuses %j as an id without fetching', async (id) => {
    const f = fakeFetch({});
    const r = await loadBudgetById(id, f);
    expect(r.ok ? null : r.reason.kind).toBe('unknownBudget');
    expect(f.calls).toEqual([]);
  });

  it('keeps the file’s failure, naming its URL; the index then tells an unknown id from a lost file', async () => {
    const r = await loadBudgetById('999', fakeFetch({}));
    expect(r.ok ? null : r.reason).toMatchObject({ kind: 'notFound', url: 'data/budgets/999.json' });
    const listed = { ok: true as const, value: sampleIndex() };
    expect(unknownUnlessListed(r, '999', listed)).toMatchObject({ ok: false, reason: { kind: 'unknownBudget', url: 'data/index.json' } });
    const lost = await loadBudgetById('001', fakeFetch({}));
    expect(unknownUnlessListed(lost, '001', listed)).toEqual(lost);
    // A host that answers a missing file with its HTML page: not JSON, and not listed either.
    const html = await loadBudgetById('999', fakeFetch({ 'data/budgets/999.json': '<!doctype html><html></html>' }));
    expect(unknownUnlessListed(html, '999', listed)).toMatchObject({ ok: false, reason: { kind: 'unknownBudget' } });
    // No index to ask: the file's own failure stands.
    const noIndex = { ok: false as const, reason: { kind: 'notFound' as const, url: 'data/index.json', detail: 'HTTP 404' } };
    expect(unknownUnlessListed(r, '999', noIndex)).toEqual(r);
    const s = await loadBudgetById('001', fakeFetch({ 'data/budgets/001.json': 500 }));
    expect(s.ok ? null : s.reason.kind).toBe('http');
    const j = await loadBudgetById('001', fakeFetch({ 'data/budgets/001.json': '{"schemaVersion":1,' }));
    expect(j.ok ? null : j.reason.kind).toBe('json');
  });

  it('refuses a file whose id is another budget', async () => {
    const r = await loadBudgetById('000', fakeFetch({ 'data/budgets/000.json': JSON.stringify(sampleBudget()) }));
    expect(r.ok ? null : r.reason).toMatchObject({ kind: 'shape', detail: expect.stringContaining('budget.id') });
  });
});

describe('validators', () => {
  it('refuses an index entry whose file is not budgets/<id>.json (a budget page loads that file by id)', () => {
    const i = sampleIndex() as unknown as { budgets: Record<string, unknown>[] };
    (i.budgets[0] as Record<string, unknown>).file = 'budgets/other.json';
    expect(validateIndex(i)).toMatchObject({ ok: false, reason: expect.stringContaining('index.budgets[0].file') });
  });

  it('accepts the fixture', () => {
    expect(validateBudget(sampleBudget(), '001').ok).toBe(true);
    expect(validateIndex(sampleIndex()).ok).toBe(true);
  });

  it('names the exact field that is wrong', () => {
    const b = sampleBudget() as unknown as Record<string, unknown>;
    (b.expenditure as Record<string, unknown>).total = 5921.56;
    const r = validateBudget(b);
    expect(r).toEqual({ ok: false, reason: 'budget.expenditure.total: expected a decimal string, got 5921.56' });
  });

  it('rejects amounts with separators left in, and bad rows deep inside', () => {
    const b = sampleBudget() as unknown as { functional: Record<string, unknown>[] };
    const row = b.functional[3];
    if (!row) throw new Error('fixture');
    row.total = '5,411.72';
    const r = validateBudget(b);
    expect(r.ok ? '' : r.reason).toBe('budget.functional[3].total: expected a decimal string, got "5,411.72"');
  });

  it('rejects a unit or kind it does not know, in a budget and in an index entry (they would be shown wrongly)', () => {
    const b = sampleBudget() as unknown as Record<string, unknown>;
    b.unit = '千元';
    expect(validateBudget(b)).toEqual({ ok: false, reason: 'budget.unit: expected one of 元, 万元, got "千元"' });
    const c = sampleBudget() as unknown as Record<string, unknown>;
    c.kind = 'audit';
    expect(validateBudget(c)).toMatchObject({ ok: false, reason: expect.stringContaining('budget.kind') });
    const i = sampleIndex() as unknown as { budgets: Record<string, unknown>[] };
    (i.budgets[0] as Record<string, unknown>).unit = 'yuan';
    expect(validateIndex(i)).toMatchObject({ ok: false, reason: expect.stringContaining('index.budgets[0].unit') });
    const y = sampleIndex() as unknown as { budgets: Record<string, unknown>[] };
    (y.budgets[0] as Record<string, unknown>).year = 2021.5;
    expect(validateIndex(y)).toMatchObject({ ok: false, reason: expect.stringContaining('whole year') });
  });

  it.each([null, [], 'x', 42])('rejects %j as a budget', (v) => {
    expect(validateBudget(v).ok).toBe(false);
  });

  it('rejects an index that lists an id twice', () => {
    const idx = sampleIndex();
    const first = idx.budgets[0];
    if (!first) throw new Error('fixture');
    idx.budgets.push({ ...first });
    const r = validateIndex(idx);
    expect(r.ok ? '' : r.reason).toContain('listed twice');
  });

  it('checks safe data paths', () => {
    expect(isSafeDataPath('budgets/001.json')).toBe(true);
    expect(isSafeDataPath('/etc/passwd')).toBe(false);
    expect(isSafeDataPath('https://evil.example/x.json')).toBe(false);
    expect(isSafeDataPath('budgets/../../x.json')).toBe(false);
  });
});

describe('loadSourceText', () => {
  it('fetches data/sources/<file> as text, unchanged', async () => {
    const text = '  表3\n206 科学技术支出   1,182.90\n';
    const f = fakeFetch({ 'data/sources/001_bd808bb9d23333dc.txt': text });
    expect(await loadSourceText('001_bd808bb9d23333dc.txt', f)).toEqual({ ok: true, value: text });
    expect(f.calls).toEqual(['data/sources/001_bd808bb9d23333dc.txt']);
  });
  it('reports a missing file as notFound, naming its URL', async () => {
    const got = await loadSourceText('gone.txt', fakeFetch({}));
    expect(got).toMatchObject({ ok: false, reason: { kind: 'notFound', url: 'data/sources/gone.txt' } });
  });
  it('reports a network failure and an HTML page where the text should be', async () => {
    expect(await loadSourceText('a.txt', fakeFetch({ 'data/sources/a.txt': new Error('offline') }))).toMatchObject({ ok: false, reason: { kind: 'network' } });
    expect(await loadSourceText('a.txt', fakeFetch({ 'data/sources/a.txt': '<!doctype html><html></html>' }))).toMatchObject({
      ok: false,
      reason: { kind: 'shape' },
    });
  });
  it('refuses a file name that leaves data/sources before fetching', async () => {
    const f = fakeFetch({});
    expect(await loadSourceText('../index.json', f)).toMatchObject({ ok: false, reason: { kind: 'shape' } });
    expect(await loadSourceText('x/../../a.txt', f)).toMatchObject({ ok: false, reason: { kind: 'shape' } });
    expect(f.calls).toEqual([]);
  });
});
