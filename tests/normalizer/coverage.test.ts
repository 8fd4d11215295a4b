/**
 * Nothing printed in a table is lost: every source line inside a table that carries amounts reaches
 * that table's raw rows in public/data with the same amounts, in order (after the reviewed corrections).
 * And no line with amounts after the first table falls outside every table, except the prose.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Budget, BudgetIndex } from '../../src/model/types';
import { applyCorrections, parseCorrections } from '../../src/normalizer/corrections';
import { isPartHeading } from '../../src/normalizer/recognise';
import { toDocument } from '../../src/normalizer/segment';

/**
 * The amounts printed on a line, found by this test's own pattern (not the normalizer's reader): decimal
 * figures, with thousands separators and the spaces pdftotext puts inside them ("1,182.90", "243. 57",
 * "3 , 750. 53", "-0.01"); whole numbers (codes, column numbers) are not amounts in these documents.
 * Returns each as a plain decimal string.
 */
function amountsOn(text: string): { values: string[] } {
  // Not part of a longer run of digits and dots (pdftotext garbage such as "44.71.54" is no figure).
  const found = [...text.matchAll(/(?<![\d.,])-?\d+(?:\s*,\s*\d{3})*\s*\.\s*\d+(?![\d.]*\d)/gu)].map((m) => m[0]);
  return { values: found.map((s) => s.replace(/[\s,]/gu, '')) };
}

const index = JSON.parse(readFileSync('public/data/index.json', 'utf8')) as BudgetIndex;
const corrections = parseCorrections(JSON.parse(readFileSync('data/corrections.json', 'utf8')));

describe.each(index.budgets.map((e) => [e.id, e.file] as const))('%s', (_id, file) => {
  const budget = JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as Budget;
  if (!corrections.ok) throw new Error(corrections.reason);
  const { doc } = applyCorrections(toDocument(budget.source, readFileSync(`data/sources/${budget.source}`, 'utf8')), corrections.value);

  it('every table line with amounts is a raw row with those amounts, as printed', () => {
    const lost: string[] = [];
    let counted = 0;
    if (budget.profile.template === 'national') {
      // The national template prints whole 元 and splits one row's cells over lines: every amount of a
      // line (found here by a pattern of its own: thousands groups or decimals) is in the raw rows that
      // span that line, in order.
      for (const line of doc.lines) {
        const amounts = [...line.text.matchAll(/(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(?![\d.,]*\d)/gu)].map((m) => m[0]);
        if (amounts.length === 0) continue;
        const table = budget.tables.find((t) => line.n >= t.lines[0] && line.n <= t.lines[1]);
        if (!table) continue;
        counted++;
        const printed = table.rows.filter((r) => line.n >= r.lines[0] && line.n <= r.lines[1]).flatMap((r) => r.printed);
        let at = 0;
        for (const p of printed) if (p === amounts[at]) at++;
        if (at < amounts.length) lost.push(`${table.key} line ${line.n}: ${line.text.trim()}`);
      }
      expect(counted).toBeGreaterThan(100);
      expect(lost).toEqual([]);
      return;
    }
    for (const line of doc.lines) {
      const { values } = amountsOn(line.text);
      if (values.length === 0) continue;
      const table = budget.tables.find((t) => line.n >= t.lines[0] && line.n <= t.lines[1]);
      if (!table) continue;
      counted++;
      // The row ending on this line holds these amounts, in order (its other values may be blank cells).
      const row = table.rows.find((r) => r.lines[1] === line.n);
      const rowValues = (row?.values ?? []).filter((v) => v !== '');
      if (rowValues.join(' ') !== values.join(' ')) lost.push(`${table.key} line ${line.n}: ${line.text.trim()} → ${rowValues.join(' ')}`);
    }
    expect(counted).toBeGreaterThan(100);
    expect(lost).toEqual([]);
  });

  it('every line with amounts after the first table is in a table or in the prose part', () => {
    const first = Math.min(...budget.tables.map((t) => t.lines[0]));
    // The prose part (说明) may follow the tables (002, 004): lines after a part heading that no table covers.
    const proseStarts = doc.lines
      .filter((l) => l.n > first && isPartHeading(l.text) && !budget.tables.some((t) => l.n >= t.lines[0] && l.n <= t.lines[1]))
      .map((l) => l.n);
    const prose = proseStarts.length > 0 ? Math.min(...proseStarts) : Infinity;
    const outside = doc.lines.filter(
      (l) => l.n > first && l.n < prose && amountsOn(l.text).values.length > 0 && !budget.tables.some((t) => l.n >= t.lines[0] && l.n <= t.lines[1]),
    );
    expect(outside.map((l) => `${l.n}: ${l.text.trim()}`)).toEqual([]);
  });
});
