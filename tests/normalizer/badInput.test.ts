/**
 * More bad input end to end (see cli.test.ts): binary bytes, files that are not files, an over-size
 * source, an inconsistent departments.json, stale or orphaned corrections, leftovers of a killed run and
 * a data folder that cannot be fully replaced. Each run exits non-zero with the file (and line) where the
 * data cannot be trusted, and the output folder is exactly as it was — or, where the new data did get
 * written, the message says so.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/runCli';

const ROOT = process.cwd();
const SOURCE = '000_30403416ceb52c30.txt';
const SOURCE_003 = '003_0d6200e57f68ae87.txt';

const run = runCli;

let dir = '';
let out = '';
let sources = '';
let noCorrections = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yusuan-bad-'));
  out = join(dir, 'data');
  sources = join(dir, 'sources');
  mkdirSync(out);
  mkdirSync(sources);
  writeFileSync(join(out, 'index.json'), '{"sentinel":true}\n');
  noCorrections = join(dir, 'corrections.json');
  writeFileSync(noCorrections, '{"corrections": []}');
});

const immutable: string[] = [];
afterEach(() => {
  // chattr +i holds even for root: undo it, or the temp folder cannot be removed.
  for (const p of immutable.splice(0)) spawnSync('chattr', ['-i', p]);
  rmSync(dir, { recursive: true, force: true });
});

function untouched() {
  expect(readdirSync(out)).toEqual(['index.json']);
  expect(readFileSync(join(out, 'index.json'), 'utf8')).toBe('{"sentinel":true}\n');
  expect(readdirSync(dir).filter((f) => f.startsWith('.data-'))).toEqual([]);
}

function refused(r: ReturnType<typeof run>, message: string) {
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(message);
  expect(r.stderr).toContain('public/data was left unchanged');
  expect(r.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  untouched();
}

const realLines = (file: string) => readFileSync(join(ROOT, 'data/sources', file), 'utf8').split('\n');

describe('source files that are not readable text', () => {
  it('a NUL byte in a department name: the file and line, never a name with U+0000 in it', () => {
    const lines = realLines(SOURCE);
    lines[517] = (lines[517] as string).replace('海珠区', '海珠\u0000区');
    writeFileSync(join(sources, SOURCE), lines.join('\n'));
    refused(run(['--sources', sources, '--out', out, '--corrections', noCorrections]), `${SOURCE} line 518: [SOURCE_UNREADABLE] control character U+0000`);
  });

  it('an escape character (U+001B) in a table row', () => {
    const lines = realLines(SOURCE);
    lines[699] = `\u001b[0m${lines[699]}`;
    writeFileSync(join(sources, SOURCE), lines.join('\r\n'));
    refused(run(['--sources', sources, '--out', out, '--corrections', noCorrections]), `${SOURCE} line 700: [SOURCE_UNREADABLE] control character U+001B`);
  });

  it('a folder named *.txt', () => {
    copyFileSync(join(ROOT, 'data/sources', SOURCE), join(sources, SOURCE));
    mkdirSync(join(sources, 'notes.txt'));
    refused(run(['--sources', sources, '--out', out, '--corrections', noCorrections]), 'notes.txt: [SOURCE_UNREADABLE] is not a file');
  });

  it('a dangling link named *.txt (a file that cannot be opened, even by root)', () => {
    copyFileSync(join(ROOT, 'data/sources', SOURCE), join(sources, SOURCE));
    symlinkSync(join(dir, 'gone.txt'), join(sources, 'link.txt'));
    refused(
      run(['--sources', sources, '--out', out, '--corrections', noCorrections]),
      'link.txt: [SOURCE_UNREADABLE] cannot be read: broken link or missing file (ENOENT)',
    );
  });

  it('a source over 20 MB is refused before it is read', () => {
    writeFileSync(join(sources, 'big.txt'), Buffer.alloc(21 * 1024 * 1024, 0x20));
    refused(
      run(['--sources', sources, '--out', out, '--corrections', noCorrections]),
      'big.txt: [SOURCE_UNREADABLE] is 21 MB; a source document over 20 MB is refused',
    );
  });
});

describe('data/departments.json that contradicts itself', () => {
  const departments = () =>
    JSON.parse(readFileSync(join(ROOT, 'data/departments.json'), 'utf8')) as {
      departments: { id: string; names: string[]; parent?: { department: string } }[];
    };
  function runWith(json: unknown) {
    mkdirSync(join(dir, 'repo/data'), { recursive: true });
    const file = join(dir, 'repo/data/departments.json');
    writeFileSync(file, JSON.stringify(json));
    copyFileSync(join(ROOT, 'data/sources', SOURCE), join(sources, SOURCE));
    return run(['--sources', sources, '--out', out, '--corrections', noCorrections, '--departments', file]);
  }

  it('a parent that names no department (a typo would drop the "never add these budgets" guard)', () => {
    const json = departments();
    const grid = json.departments.find((d) => d.parent) as { id: string; parent: { department: string } };
    grid.parent.department = 'haizhu-data-burea';
    refused(
      runWith(json),
      `data/departments.json: [DEPARTMENTS_INVALID] department "${grid.id}" (#2): parent.department "haizhu-data-burea" names no department in this file`,
    );
  });

  it('one printed name under two departments', () => {
    const json = departments();
    json.departments[3]?.names.push('广州市海珠区城市社区网格化服务管理中心');
    refused(
      runWith(json),
      'data/departments.json: [DEPARTMENTS_INVALID] department "baiyun-data-bureau" (#4): the name "广州市海珠区城市社区网格化服务管理中心" is also listed under department "haizhu-grid-centre"',
    );
  });

  it('two departments with one id', () => {
    const json = departments();
    (json.departments[2] as { id: string }).id = 'haizhu-data-bureau';
    refused(runWith(json), 'data/departments.json: [DEPARTMENTS_INVALID] department "haizhu-data-bureau" (#3): the id is also that of department #1');
  });
});

describe('data/corrections.json that cannot be applied exactly once', () => {
  const real = () => (JSON.parse(readFileSync(join(ROOT, 'data/corrections.json'), 'utf8')) as { corrections: { source: string; line: number }[] }).corrections;

  it('a correction whose line already reads the corrected text (the source was fixed): 1,134.94 must not become 1,134.944', () => {
    const lines = realLines(SOURCE_003);
    expect(lines[1089]).toBe('1,134.9');
    lines[1089] = '1,134.94';
    writeFileSync(join(sources, SOURCE_003), lines.join('\n'));
    const file = join(dir, 'c.json');
    writeFileSync(file, JSON.stringify({ corrections: real().filter((c) => c.source === SOURCE_003) }));
    const r = run(['--sources', sources, '--out', out, '--corrections', file]);
    refused(
      r,
      `${SOURCE_003} line 1090: [CORRECTIONS_INVALID] correction "1,134.9" → "1,134.94" is stale or ambiguous: the line already reads the corrected text (applying it again would give "1,134.944")`,
    );
  });

  it('a correction whose printed text is on its line twice', () => {
    copyFileSync(join(ROOT, 'data/sources', SOURCE), join(sources, SOURCE));
    const file = join(dir, 'c.json');
    writeFileSync(file, JSON.stringify({ corrections: [{ source: SOURCE, line: 700, printed: '1,182.90', corrected: '1,182.00', reason: 'test' }] }));
    refused(
      run(['--sources', sources, '--out', out, '--corrections', file]),
      `${SOURCE} line 700: [CORRECTIONS_INVALID] correction "1,182.90" → "1,182.00" is stale or ambiguous: "1,182.90" is on the line more than once`,
    );
  });

  it('a correction for a document that is not in the sources folder', () => {
    copyFileSync(join(ROOT, 'data/sources', SOURCE), join(sources, SOURCE));
    const file = join(dir, 'c.json');
    writeFileSync(file, JSON.stringify({ corrections: [{ source: '009_renamed.txt', line: 12, printed: '1. 4', corrected: '', reason: 'test' }] }));
    refused(
      run(['--sources', sources, '--out', out, '--corrections', file]),
      `${file}: [CORRECTION_UNUSED] correction for 009_renamed.txt line 12 ("1. 4" → ""): there is no document 009_renamed.txt in the sources folder`,
    );
  });
});

describe('writing the data folder', () => {
  function good() {
    copyFileSync(join(ROOT, 'data/sources', SOURCE), join(sources, SOURCE));
    return run(['--sources', sources, '--out', out, '--corrections', noCorrections]);
  }
  const wrote = () => expect(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).budgets).toHaveLength(1);

  it('removes the staging and previous folders a killed run left behind, first', () => {
    const dead = spawnSync('true').pid as number; // a process that has exited: its run is over
    mkdirSync(join(dir, `.data-staging-${dead}/budgets`), { recursive: true });
    writeFileSync(join(dir, `.data-staging-${dead}/budgets/half.json`), '{"half');
    mkdirSync(join(dir, `.data-previous-${dead}`));
    const r = good();
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`removed ${join(dir, `.data-staging-${dead}`)}, left behind by an interrupted run`);
    expect(readdirSync(dir).filter((f) => f.startsWith('.data-'))).toEqual([]);
    wrote();
  });

  it('puts the old data back when a run was killed between its two renames (the data folder missing)', () => {
    const dead = spawnSync('true').pid as number;
    rmSync(out, { recursive: true });
    mkdirSync(join(dir, `.data-previous-${dead}`));
    writeFileSync(join(dir, `.data-previous-${dead}/index.json`), '{"sentinel":true}\n');
    writeFileSync(join(sources, 'x.txt'), '第一部分 部门概况\n'); // and this run fails: the old data must be back
    const r = run(['--sources', sources, '--out', out, '--corrections', noCorrections]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`restored ${out} from ${join(dir, `.data-previous-${dead}`)}`);
    untouched();
  });

  it('an output path whose parent is a file: nothing written, and it says so', () => {
    copyFileSync(join(ROOT, 'data/sources', SOURCE), join(sources, SOURCE));
    writeFileSync(join(dir, 'file'), 'x');
    const r = run(['--sources', sources, '--out', join(dir, 'file/data'), '--corrections', noCorrections]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'file/data')}: [WRITE_FAILED]`);
    expect(r.stderr).toContain(`${join(dir, 'file/data')} was left unchanged.`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    untouched();
  });

  // chattr +i (immutable) stops even root; skipped on a file system without it.
  const chattr = (p: string) => {
    const ok = spawnSync('chattr', ['+i', p]).status === 0;
    if (ok) immutable.push(p);
    return ok;
  };

  it('an output folder that cannot be moved aside: left unchanged, and it says so', (ctx) => {
    if (!chattr(out)) ctx.skip();
    const r = good();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${out}: [WRITE_FAILED] could not move the old data aside`);
    expect(r.stderr).toContain(`${out} was left unchanged.`);
    untouched();
  });

  it('an old copy that cannot be removed after the swap: the new data is in place, and the message says so', (ctx) => {
    if (!chattr(join(out, 'index.json'))) ctx.skip();
    const r = good();
    expect(r.stderr).not.toContain('left unchanged');
    expect(r.status).toBe(0);
    wrote();
    expect(r.stderr).toMatch(/warning: could not remove the previous data at .*\.data-previous-\d+/);
    const previous = readdirSync(dir).filter((f) => f.startsWith('.data-previous-'));
    expect(previous).toHaveLength(1);
    immutable.push(join(dir, previous[0] as string, 'index.json'));
    expect(existsSync(join(dir, previous[0] as string, 'index.json'))).toBe(true);
  });
});
