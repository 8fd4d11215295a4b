import { describe, expect, it } from 'vitest';
import { checkManifest, loadManifest, MANIFEST_URL } from '../../../src/model/dataFiles/loadManifest';

const link = (path: string) => ({ path, bytes: 10 });
const manifest = (csvPath: string) => ({
  schemaVersion: 1,
  archive: { ...link('data/downloads/yusuan-toushi-data.zip'), files: 3 },
  dictionaryCsv: link('data/downloads/dictionary.csv'),
  schema: link('data/downloads/budget.schema.json'),
  budgets: [
    {
      id: 'b1',
      json: link('data/budgets/b1.json'),
      source: link('data/sources/b1.txt'),
      csv: [{ ...link(csvPath), name: 'functional.csv', titleZh: '功能分类', titleEn: 'Functional', rows: 2 }],
      terms: [],
    },
  ],
  dictionary: [],
});

describe('checkManifest', () => {
  it('accepts plain relative paths inside data/', () => {
    expect(checkManifest(manifest('data/downloads/b1/functional.csv')).ok).toBe(true);
  });
  it.each(['javascript:alert(1)', 'https://example.com/x.csv', 'data/../index.html', '/data/x.csv', 'data/x.csv?x=1', 'data/<b>.csv'])(
    'refuses a link to %s, naming the entry',
    (path) => {
      const r = checkManifest(manifest(path));
      expect(r).toEqual({ ok: false, reason: 'budgets[0].csv[0] is not a safe link' });
    },
  );
  it('refuses another schema version', () => {
    expect(checkManifest({ ...manifest('data/x.csv'), schemaVersion: 2 })).toEqual({ ok: false, reason: 'schemaVersion is not 1' });
  });
});

describe('loadManifest', () => {
  it('reports a corrupt file with its URL', async () => {
    const r = await loadManifest(async () => ({ ok: true, status: 200, text: async () => '{"schemaVersion":' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatchObject({ kind: 'json', url: MANIFEST_URL });
  });
  it('reports a missing file as not found', async () => {
    const r = await loadManifest(async () => ({ ok: false, status: 404, text: async () => '' }));
    expect(r).toMatchObject({ ok: false, reason: { kind: 'notFound', url: MANIFEST_URL } });
  });
});
