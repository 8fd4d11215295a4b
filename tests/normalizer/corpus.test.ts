/**
 * The ten Shanghai 普陀区 documents of ../shared/corpus (four extraction styles, 预算 in 元, 单位预算,
 * 决算 in 万元): each reproduces the figures printed in the corpus' INDEX.md — department, year, kind,
 * unit, 支出总计 (决算: 本年支出合计), 基本支出 and 项目支出 — and every 类 row of its expenditure table
 * carries figures printed on the lines it cites. The files are read from ../shared, never copied: the
 * seven in local-only/ must not enter the project; where a file is absent the test says so and skips it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../src/normalizer/document';

const CORPUS = join('..', 'shared', 'corpus');
const KINDS = { 部门预算: 'budget', 单位预算: 'unitBudget', 部门决算: 'final' } as const;

interface Printed {
  file: string;
  department: string;
  year: number;
  kind: 'budget' | 'unitBudget' | 'final';
  unit: '元' | '万元';
  total: string;
  basic: string;
  project: string;
}

/** The rows of INDEX.md's two tables, as printed there ("3,286,618,082.20" → "3286618082.20"). */
function printedFigures(): Printed[] {
  const index = join(CORPUS, 'INDEX.md');
  if (!existsSync(index)) return [];
  const out: Printed[] = [];
  for (const line of readFileSync(index, 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const file = cells[1] ?? '';
    if (!file.endsWith('.txt')) continue;
    const kind = Object.entries(KINDS).find(([k]) => (cells[4] ?? '').startsWith(k))?.[1];
    const figure = (c: string | undefined) => (c ?? '').split(/\s|\(/u)[0]?.replace(/,/gu, '') ?? '';
    if (!kind) throw new Error(`INDEX.md: unknown kind in ${line}`);
    out.push({
      file: existsSync(join(CORPUS, file)) ? join(CORPUS, file) : join(CORPUS, 'local-only', file),
      department: cells[2] ?? '',
      year: Number(cells[3]),
      kind,
      unit: (cells[5] ?? '').startsWith('万元') ? '万元' : '元',
      total: figure(cells[6]),
      basic: figure(cells[7]),
      project: figure(cells[8]),
    });
  }
  return out;
}

const documents = printedFigures();

describe('the corpus of ../shared/corpus', () => {
  it('is there (INDEX.md lists ten documents)', () => {
    if (documents.length === 0) console.warn(`skipped: ${join(CORPUS, 'INDEX.md')} is absent on this machine`);
    expect(documents.length === 0 || documents.length === 10).toBe(true);
  });
});

describe.each(documents.map((d) => [d.file.split('/').pop() ?? d.file, d] as const))('%s', (name, printed) => {
  const present = existsSync(printed.file);
  if (!present) console.warn(`skipped ${name}: ${printed.file} is absent on this machine (local-only files are never copied into the project)`);
  const budget = present ? normalizeDocument(name, readFileSync(printed.file, 'utf8'), [], []).budget : null;

  it.skipIf(!present)('reproduces department, year, kind and unit', () => {
    expect(budget && [budget.department, budget.year, budget.kind, budget.unit]).toEqual([printed.department, printed.year, printed.kind, printed.unit]);
  });

  it.skipIf(!present)('reproduces the printed total, 基本支出 and 项目支出 exactly', () => {
    expect(budget && [budget.expenditure.total, budget.expenditure.basic, budget.expenditure.project]).toEqual([printed.total, printed.basic, printed.project]);
  });

  it.skipIf(!present)('reads every 类 row with figures printed on the lines it cites, adding up to the total', () => {
    if (!budget) return;
    const lines = readFileSync(printed.file, 'utf8').split('\n');
    const lei = budget.functional.filter((r) => r.level === 'lei' && r.unit === undefined);
    expect(lei.length).toBeGreaterThanOrEqual(3);
    for (const r of lei) {
      const text = lines
        .slice(r.src.lines[0] - 1, r.src.lines[1])
        .join(' ')
        .replace(/,/gu, '');
      for (const column of ['total', 'basic', 'project'] as const) {
        if (r.blank?.includes(column)) continue;
        expect(text, `${r.code} ${column} ${r[column]}`).toContain(r[column]);
      }
      // The 类 code and name as printed (names wrapped over lines joined).
      expect(text.replace(/\s+/gu, '')).toContain(r.name.slice(0, 4));
    }
    const sum = lei.reduce((s, r) => s.plus(r.total), new Decimal(0));
    expect(sum.eq(budget.expenditure.total)).toBe(true);
  });
});
