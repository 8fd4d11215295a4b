/**
 * Tight provenance in the committed output: every SourceRef names a table or a text section of its own
 * budget, and a figure cites the lines holding its printed value and its row label — never a whole page
 * of project text (000's projects cited [1403, 1681] for a figure on line 1409).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Budget, BudgetIndex, SourceRef } from '../../src/model/types';

const index = JSON.parse(readFileSync('public/data/index.json', 'utf8')) as BudgetIndex;

/** Every figure (an object with an amount or a total and a src) in a budget, with its path. */
function figures(value: unknown, path: string, out: { path: string; src: SourceRef }[]): void {
  if (!value || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  const src = o.src as SourceRef | undefined;
  if (src && (o.amount !== undefined || o.total !== undefined)) out.push({ path, src });
  for (const [k, v] of Object.entries(o)) if (!['src', 'textSrc', 'tables', 'checks'].includes(k)) figures(v, `${path}.${k}`, out);
}

describe.each(index.budgets.map((e) => [e.id, e.file] as const))('%s', (_id, file) => {
  const budget = JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as Budget;
  const found: { path: string; src: SourceRef }[] = [];
  figures(budget, 'budget', found);
  const keys = new Set([...budget.tables.map((t) => t.key), ...budget.sections.map((s) => s.key)]);

  it('cites only tables and text sections the budget has', () => {
    expect(found.length).toBeGreaterThan(20);
    expect(found.filter((f) => !keys.has(f.src.table)).map((f) => `${f.path} → ${f.src.table}`)).toEqual([]);
    const refs = budget.checks.flatMap((c) => c.refs);
    expect(refs.filter((r) => !keys.has(r.table)).map((r) => r.table)).toEqual([]);
  });

  it('cites at most 15 lines for a figure (its value and its label, wrapped)', () => {
    expect(found.filter((f) => f.src.lines[1] - f.src.lines[0] + 1 > 15).map((f) => `${f.path} ${f.src.lines.join('-')}`)).toEqual([]);
  });
});
