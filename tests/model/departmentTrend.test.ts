import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { departmentEntries, departmentTrend } from '../../src/model/departmentTrend';
import { trendInputOf } from '../../src/model/departmentFile';
import type { Budget, BudgetIndex } from '../../src/model/types';
import { printedOnLines } from '../support/sources';

const DATA = join(process.cwd(), 'public', 'data');
const index = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as BudgetIndex;
const budgetOf = (file: string) => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as Budget;

// The department with the most documents (the data bureau: 2021 and 2025 under two names).
const byDept = new Map<string, typeof index.budgets>();
for (const e of index.budgets) byDept.set(e.departmentId, [...(byDept.get(e.departmentId) ?? []), e]);
const [deptId, docs] = [...byDept].sort((a, b) => b[1].length - a[1].length)[0]!;

describe('departmentTrend', () => {
  const entries = departmentEntries(index, deptId);
  const columns = entries.map((entry) => ({ entry, budget: budgetOf(entry.file) }));
  const trend = departmentTrend(
    columns.map(({ entry, budget }) => ({ entry, input: trendInputOf(budget) })),
    index.crosswalk,
  );

  it('has every document of the department, oldest first, and every year between as a column of the chart', () => {
    expect(docs.length).toBeGreaterThan(1);
    expect(entries.map((e) => e.year)).toEqual([...docs.map((d) => d.year)].sort((a, b) => a - b));
    expect(trend.years[0]).toBe(entries[0]!.year);
    expect(trend.years.at(-1)).toBe(entries.at(-1)!.year);
    expect(trend.years).toHaveLength(entries.at(-1)!.year - entries[0]!.year + 1);
  });

  it('keeps each total, basic and project as printed (on the cited line), and 类 a document does not print as missing, not 0', () => {
    const total = trend.rows.find((r) => r.level === 'total')!;
    columns.forEach(({ budget }, i) => {
      expect(total.cells[i]?.printed).toBe(budget.expenditure.total);
      expect(printedOnLines(budget.source, budget.expenditure.src.lines, budget.expenditure.total)).toBe(true);
    });
    for (const row of trend.rows.filter((r) => r.level === 'lei')) {
      columns.forEach(({ budget }, i) => {
        const printed = budget.functional.find((f) => f.level === 'lei' && f.code === row.code && f.unit === undefined);
        if (printed) expect(row.cells[i]?.printed).toBe(printed.total);
        else if (!budget.functional.some((f) => f.code.startsWith(row.code ?? '?'))) expect(row.cells[i]).toBeNull();
      });
    }
  });

  it('keeps both printed names where the wording changed between years', () => {
    const changed = trend.rows.filter((r) => r.names.length > 1);
    for (const r of changed) expect(new Set(r.names.map((n) => n.name)).size).toBe(r.names.length);
  });
});
