/**
 * A table whose every amount is multiplied by 10 — its 合计 included, so that it still adds up in itself —
 * must not pass unnoticed: some check comparing it with another table fails (CHECKS.md "table against
 * table"). Built from each committed source, one table at a time, inside the test.
 *
 * Left out, and why: tables printing only zeros (×10 changes nothing); and kinds that no other printed
 * figure of the document covers — 转移支付 and 政府购买服务 lists, 非税收入, 003's partial 商品和服务支出 table,
 * and the national template's 三公 table (its only other statement is the prose, which the national
 * readers do not read yet).
 */
import { readFileSync, readdirSync } from 'node:fs';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { TableKind } from '../../src/model/types';
import { parseCorrections } from '../../src/normalizer/corrections';
import { normalizeDocument } from '../../src/normalizer/document';
import { parseDepartments } from '../../src/normalizer/identity';

const corrections = parseCorrections(JSON.parse(readFileSync('data/corrections.json', 'utf8')));
const departments = parseDepartments(JSON.parse(readFileSync('data/departments.json', 'utf8')));
if (!corrections.ok || !departments.ok) throw new Error('data/*.json invalid');

const UNCOVERED: ReadonlySet<TableKind> = new Set(['transfer', 'purchaseOfServices', 'nonTaxIncome', 'goodsServicesByUnit']);

/** Every amount on a line ×10, printed with the same decimals (codes and plain integers stay). */
function times10(line: string): string {
  return line.replace(/(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d.,]*\d)/gu, (m: string, int: string, frac: string | undefined) => {
    if (!frac && !int.includes(',')) return m;
    return new Decimal(m.replace(/,/gu, '')).times(10).toFixed(frac ? frac.length - 1 : 0);
  });
}

const sources = readdirSync('data/sources').filter((f) => f.endsWith('.txt'));

describe.each(sources)('%s', (source) => {
  const text = readFileSync(`data/sources/${source}`, 'utf8');
  const { budget } = normalizeDocument(source, text, corrections.value, departments.value);
  const national = budget.profile.template === 'national';
  const tables = budget.tables.filter(
    (t) => t.rows.some((r) => r.values.some((v) => !new Decimal(v).isZero())) && !UNCOVERED.has(t.kind) && !(national && t.kind === 'threePublic'),
  );

  it.each(tables.map((t) => [`${t.key} ${t.title}`, t.key] as const))('%s ×10 fails a check', (_name, key) => {
    const t = budget.tables.find((x) => x.key === key);
    if (!t) throw new Error(key);
    const lines = text.split('\n');
    for (let i = t.lines[0]; i <= t.lines[1]; i++) lines[i - 1] = times10(lines[i - 1] ?? '');
    const tampered = normalizeDocument(source, lines.join('\n'), [], departments.value).budget;
    const before = budget.checks.filter((c) => c.status === 'fail' && c.refs.some((r) => r.table === key)).length;
    const after = tampered.checks.filter((c) => c.status === 'fail' && c.refs.some((r) => r.table === key)).length;
    expect(after).toBeGreaterThan(before);
  });
});
