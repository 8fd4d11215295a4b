/**
 * A document cut short publishes no silent gap: every table its 目录 lists but the text does not hold is a
 * source issue the reader sees. Damaged copies are made inside the test from the committed sources.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listedTables } from '../../src/normalizer/completeness';
import { normalizeDocument } from '../../src/normalizer/document';
import { parseDepartments } from '../../src/normalizer/identity';
import { toDocument } from '../../src/normalizer/segment';

const departments = parseDepartments(JSON.parse(readFileSync('data/departments.json', 'utf8')));
if (!departments.ok) throw new Error(departments.reason);
const read = (file: string) => readFileSync(`data/sources/${file}`, 'utf8');

describe('the 目录 (table of contents)', () => {
  it.each([
    ['001_bd808bb9d23333dc.txt', 14],
    ['004_90a4164a1188f86b.txt', 12],
    ['005_sh-putuo-jianguanwei-budget-2026.txt', 9],
    ['006_sh-putuo-wenlvju-final-2025.txt', 9],
  ])('of %s lists %i tables, and the full text holds every one of them', (file, n) => {
    expect(listedTables(toDocument(file, read(file)))).toHaveLength(n);
    const { budget } = normalizeDocument(file, read(file), [], departments.value);
    expect(budget.sourceIssues.filter((s) => s.code === 'TABLE_MISSING_FROM_TEXT')).toEqual([]);
  });
});

describe('a document cut after a table', () => {
  it('names every table the 目录 lists and the text lost (001 cut after 表3, 005 after its 支出预算总表)', () => {
    for (const [file, after] of [
      ['001_bd808bb9d23333dc.txt', '财政拨款收支总体情况表'],
      ['005_sh-putuo-jianguanwei-budget-2026.txt', '2026年部门财政拨款收支预算总表'],
    ] as const) {
      const lines = read(file).split('\n');
      const cut = lines.findIndex((l, i) => i > 40 && l.replace(/\s+/gu, '').endsWith(after));
      expect(cut).toBeGreaterThan(0);
      const { budget } = normalizeDocument(file, lines.slice(0, cut).join('\n'), [], departments.value);
      const missing = budget.sourceIssues.filter((s) => s.code === 'TABLE_MISSING_FROM_TEXT');
      const listed = listedTables(toDocument(file, read(file)));
      expect(missing.length).toBe(listed.length - budget.tables.length);
      expect(missing.length).toBeGreaterThanOrEqual(5);
      expect(missing[0]?.message).toContain('原文可能在此之前截断');
    }
  });
});
