/**
 * Bad input end to end: `npm run data` on a missing, truncated, garbled or empty source, or a corrupt
 * corrections file, exits non-zero with the document (and table/line where known) and leaves the
 * existing output folder exactly as it was.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/runCli';

const ROOT = process.cwd();
const SOURCE = '000_30403416ceb52c30.txt';

const run = runCli;

let dir = '';
let out = '';
let sources = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yusuan-cli-'));
  out = join(dir, 'data');
  sources = join(dir, 'sources');
  mkdirSync(out);
  mkdirSync(sources);
  writeFileSync(join(out, 'index.json'), '{"sentinel":true}\n');
});

function untouched() {
  expect(readdirSync(out)).toEqual(['index.json']);
  expect(readFileSync(join(out, 'index.json'), 'utf8')).toBe('{"sentinel":true}\n');
  expect(readdirSync(dir).filter((f) => f.startsWith('.data-'))).toEqual([]); // no staging folder left behind
}

describe('npm run data on bad input', () => {
  it('a missing source folder', () => {
    const r = run(['--sources', join(dir, 'nope'), '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\[SOURCE_MISSING\] source folder not found/);
    expect(r.stderr).toContain('public/data was left unchanged');
    expect(r.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    untouched();
  });

  it('an empty source folder', () => {
    const r = run(['--sources', sources, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\[SOURCE_MISSING\] no \.txt source documents/);
    untouched();
  });

  it('a truncated document (cut after its first table)', () => {
    const text = readFileSync(join(ROOT, 'data/sources', SOURCE), 'utf8')
      .split('\n')
      .slice(0, 610)
      .join('\n');
    writeFileSync(join(sources, SOURCE), text);
    const r = run(['--sources', sources, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${SOURCE}: [TABLE_MISSING] required table of kind "expenditure" not found`);
    untouched();
  });

  it('a national-template table in a layout still unknown: the document, the table and its line', () => {
    const NATIONAL = '006_sh-putuo-wenlvju-final-2025.txt';
    // The 支出决算表 with its 合计 row and every 类 row made unreadable (labels only, figures gone).
    const lines = readFileSync(join(ROOT, 'data/sources', NATIONAL), 'utf8').split('\n');
    const start = lines.findIndex((l) => l.trim() === '支出决算表');
    const end = lines.findIndex((l, i) => i > start && l.startsWith('注：'));
    const broken = lines.map((l, i) => (i > start && i < end ? l.replace(/[\d,.]+/gu, '').trim() : l));
    writeFileSync(join(sources, NATIONAL), broken.join('\n'));
    const r = run(['--sources', sources, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${NATIONAL} t03 支出决算表 line ${start + 1}: [TABLE_UNREADABLE]`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    untouched();
  });

  it('a document whose tables print no unit line (单位：元 / 单位：万元) is refused, never read as 万元', () => {
    const NATIONAL = '005_sh-putuo-jianguanwei-budget-2026.txt';
    const text = readFileSync(join(ROOT, 'data/sources', NATIONAL), 'utf8').replace(/单位\s*[:：]\s*万?元/gu, '');
    writeFileSync(join(sources, NATIONAL), text);
    const r = run(['--sources', sources, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${NATIONAL}: [META_MISSING] no unit line`);
    untouched();
  });

  it('a document with no tables at all', () => {
    writeFileSync(join(sources, 'x.txt'), '第一部分 部门概况\n一、部门主要职责\n');
    const r = run(['--sources', sources, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('x.txt: [NO_TABLES]');
    untouched();
  });

  it('a garbled document (not UTF-8)', () => {
    writeFileSync(join(sources, 'g.txt'), Buffer.from([0xb2, 0xbf, 0xc3, 0xc5, 0xd4, 0xa4, 0xcb, 0xe3, 0xff, 0xfe]));
    const r = run(['--sources', sources, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('g.txt: [SOURCE_UNREADABLE] not valid UTF-8');
    untouched();
  });

  it('an empty document', () => {
    writeFileSync(join(sources, 'e.txt'), '\n\n');
    const r = run(['--sources', sources, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('e.txt: [SOURCE_UNREADABLE] the document is empty');
    untouched();
  });

  it('a corrupt corrections file', () => {
    copyFileSync(join(ROOT, 'data/sources', SOURCE), join(sources, SOURCE));
    const corrections = join(dir, 'corrections.json');
    writeFileSync(corrections, '{"corrections": [');
    const r = run(['--sources', sources, '--out', out, '--corrections', corrections]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\[CORRECTIONS_INVALID\] not valid JSON/);
    untouched();
  });

  it('a stale correction (its printed text is not on its line)', () => {
    copyFileSync(join(ROOT, 'data/sources', SOURCE), join(sources, SOURCE));
    const corrections = join(dir, 'corrections.json');
    writeFileSync(corrections, JSON.stringify({ corrections: [{ source: SOURCE, line: 5, printed: '999.99', corrected: '1.00', reason: 'test' }] }));
    const r = run(['--sources', sources, '--out', out, '--corrections', corrections]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${SOURCE} line 5: [CORRECTIONS_INVALID]`);
    untouched();
  });
});
