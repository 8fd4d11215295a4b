/** Build-time JSON reads (scripts/readJson.ts): a missing or broken file is named, with line and column. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson } from '../../scripts/readJson';

describe('readJson', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readjson-'));
  it('reads a good file', () => {
    writeFileSync(join(dir, 'good.json'), '{"a": "1.50"}');
    expect(readJson(join(dir, 'good.json'))).toEqual({ a: '1.50' });
  });
  it('names a cut-off file with the line and column where it breaks', () => {
    writeFileSync(join(dir, 'cut.json'), '{\n  "id": "haizhu\n');
    expect(() => readJson(join(dir, 'cut.json'))).toThrow(/cut\.json:2:\d+: not valid JSON/);
  });
  it('names a missing file', () => {
    expect(() => readJson(join(dir, 'gone.json'))).toThrow(/gone\.json: cannot be read \(ENOENT\)/);
  });
});
