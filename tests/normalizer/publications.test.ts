/**
 * 原文出处 in data/departments.json: a department may state where it publishes each document. Only http(s)
 * addresses pass; anything else stops `npm run data` with the file, the department and the line, and a
 * stated address reaches the budget's JSON (where the source view links it).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDepartments } from '../../src/normalizer/identity';
import { httpUrl, lineOfString, parsePublications } from '../../src/normalizer/publications';
import type { Budget } from '../../src/model/types';
import { runCli } from '../support/runCli';

const ROOT = process.cwd();
const SOURCE = '000_30403416ceb52c30.txt';

describe('httpUrl', () => {
  it.each([
    ['https://www.haizhu.gov.cn/gkmlpt/content/1/1.html', true],
    ['http://example.org/a.pdf', true],
    ['HTTPS://EXAMPLE.ORG/', true],
    ['javascript:alert(1)', false],
    ['ftp://example.org/a.pdf', false],
    ['file:///etc/passwd', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['//example.org/a.pdf', false],
    ['/a.pdf', false],
    ['https://user:secret@example.org/', false],
    ['https://', false],
    ['', false],
  ])('%j → %s', (raw, good) => {
    expect(httpUrl(raw) !== null).toBe(good);
  });
});

describe('parsePublications', () => {
  const where = 'department "x" (#1)';
  it('is absent where the department states none', () => {
    expect(parsePublications(undefined, where)).toEqual({ ok: true, value: undefined });
  });
  it('keeps a source file and its http(s) address', () => {
    expect(parsePublications([{ source: SOURCE, url: 'https://example.org/a.pdf' }], where)).toEqual({
      ok: true,
      value: [{ source: SOURCE, url: 'https://example.org/a.pdf' }],
    });
  });
  it.each([
    [{}, 'department "x" (#1): publications must be an array of { source, url }'],
    [[{ url: 'https://example.org/' }], 'department "x" (#1): publications[0] needs source (a file name in data/sources, *.txt) and url'],
    [[{ source: '../000.txt', url: 'https://example.org/' }], 'department "x" (#1): publications[0] needs source (a file name in data/sources, *.txt) and url'],
    [[{ source: SOURCE, url: 42 }], 'department "x" (#1): publications[0] needs source (a file name in data/sources, *.txt) and url'],
    [[{ source: SOURCE, url: 'javascript:alert(1)' }], 'department "x" (#1): publications[0].url "javascript:alert(1)" is not an http(s) address'],
    [
      [
        { source: SOURCE, url: 'https://example.org/a' },
        { source: SOURCE, url: 'https://example.org/b' },
      ],
      `department "x" (#1): publications[1]: ${SOURCE} is listed twice`,
    ],
  ])('%j is refused', (raw, message) => {
    expect(parsePublications(raw, where)).toEqual({ ok: false, reason: message });
  });
});

describe('parseDepartments names the line of a bad address', () => {
  const file = {
    departments: [
      { id: 'a', region: '海珠区', names: ['甲'] },
      { id: 'b', region: '海珠区', names: ['乙'], publications: [{ source: SOURCE, url: 'ftp://example.org/b.pdf' }] },
    ],
  };
  const text = JSON.stringify(file, null, 2);
  it('finds the line the value is written on', () => {
    const line = text.split('\n').findIndex((l) => l.includes('ftp://example.org/b.pdf')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(lineOfString(text, 'ftp://example.org/b.pdf')).toBe(line);
    expect(parseDepartments(file, text)).toEqual({
      ok: false,
      reason: `department "b" (#2): publications[0].url "ftp://example.org/b.pdf" (line ${line}) is not an http(s) address`,
    });
  });
  it('keeps the publications of a well-formed file, and none where none is stated', () => {
    const good = structuredClone(file);
    (good.departments[1] as { publications: { url: string }[] }).publications[0]!.url = 'https://example.org/b.pdf';
    const r = parseDepartments(good);
    expect(r.ok && r.value.map((d) => d.publications)).toEqual([undefined, [{ source: SOURCE, url: 'https://example.org/b.pdf' }]]);
  });
});

describe('npm run data with publications', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'yusuan-pub-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function runWith(url: string) {
    const json = JSON.parse(readFileSync(join(ROOT, 'data/departments.json'), 'utf8')) as { departments: { id: string; publications?: unknown }[] };
    const grid = json.departments.find((d) => d.id === 'haizhu-grid-centre')!;
    grid.publications = [{ source: SOURCE, url }];
    const out = join(dir, 'out');
    const sources = join(dir, 'sources');
    mkdirSync(out);
    mkdirSync(sources);
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(out, 'index.json'), '{"sentinel":true}\n');
    const file = join(dir, 'data/departments.json');
    const text = `${JSON.stringify(json, null, 2)}\n`;
    writeFileSync(file, text);
    writeFileSync(join(dir, 'corrections.json'), '{"corrections": []}');
    copyFileSync(join(ROOT, 'data/sources', SOURCE), join(sources, SOURCE));
    const r = runCli(['--sources', sources, '--out', out, '--corrections', join(dir, 'corrections.json'), '--departments', file]);
    return { ...r, out, line: text.split('\n').findIndex((l) => l.includes(JSON.stringify(url))) + 1 };
  }

  it('refuses a javascript: address, naming the file, the department and the line; public data untouched', () => {
    const r = runWith('javascript:alert(document.cookie)');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `data/departments.json: [DEPARTMENTS_INVALID] department "haizhu-grid-centre" (#2): publications[0].url "javascript:alert(document.cookie)" (line ${r.line}) is not an http(s) address`,
    );
    expect(r.stderr).toContain('public/data was left unchanged');
    expect(readdirSync(r.out)).toEqual(['index.json']);
  });

  it('puts a stated address into the budget (and nothing into the others)', () => {
    const r = runWith('https://example.org/haizhu/2021/grid-centre.pdf');
    expect(r.status).toBe(0);
    const budget = JSON.parse(readFileSync(join(r.out, 'budgets/haizhu-grid-centre-2021.json'), 'utf8')) as Budget;
    expect(budget.publication).toEqual({ url: 'https://example.org/haizhu/2021/grid-centre.pdf' });
  });
});

describe('data/departments.json as committed', () => {
  it('states no address the source texts do not state (none of data/sources prints one)', () => {
    const text = readFileSync(join(ROOT, 'data/departments.json'), 'utf8');
    const r = parseDepartments(JSON.parse(text), text);
    expect(r.ok).toBe(true);
    const stated = r.ok ? r.value.flatMap((d) => d.publications ?? []) : [];
    const sources = readdirSync(join(ROOT, 'data/sources')).map((f) => readFileSync(join(ROOT, 'data/sources', f), 'utf8'));
    for (const p of stated)
      expect(
        sources.some((s) => s.includes(p.url)),
        p.url,
      ).toBe(true);
  });
});
