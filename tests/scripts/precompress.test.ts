import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { MIN_BYTES, precompressDir } from '../../scripts/precompress';

const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A budget file as the site ships it (repetitive JSON compresses well), a tiny file, and a binary.
const budget = readFileSync(join(process.cwd(), 'public', 'data', 'index.json'));
mkdirSync(join(dir, 'data', 'budgets'), { recursive: true });
writeFileSync(join(dir, 'data', 'index.json'), budget);
writeFileSync(join(dir, 'data', 'budgets', 'small.json'), '{"a":1}');
writeFileSync(join(dir, 'preview.png'), Buffer.alloc(4096, 7));

describe('precompress', () => {
  const first = precompressDir(dir);

  it('writes .br and .gz beside a text file that decompress to exactly its bytes', () => {
    expect(brotliDecompressSync(readFileSync(join(dir, 'data', 'index.json.br')))).toEqual(budget);
    expect(gunzipSync(readFileSync(join(dir, 'data', 'index.json.gz')))).toEqual(budget);
    expect(first).toMatchObject({ files: 1, bytes: budget.length });
    expect(first.br).toBeLessThan(budget.length / 2);
    expect(first.br).toBeLessThan(first.gz);
  });

  it(`leaves files under ${MIN_BYTES} bytes and binaries alone, and never compresses its own copies`, () => {
    expect(existsSync(join(dir, 'data', 'budgets', 'small.json.br'))).toBe(false);
    expect(existsSync(join(dir, 'preview.png.gz'))).toBe(false);
    const again = precompressDir(dir);
    expect(again).toEqual(first);
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(['budgets', 'index.json', 'index.json.br', 'index.json.gz']);
  });
});
