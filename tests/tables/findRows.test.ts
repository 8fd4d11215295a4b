import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findRows } from '../../src/tables/DataTable';
import { buildTable } from '../../src/model/tableRows';
import type { Budget } from '../../src/model/types';

const budget = JSON.parse(readFileSync('public/data/budgets/haizhu-data-bureau-2021.json', 'utf8')) as Budget;

describe('findRows: the rows a link or search hit marks', () => {
  it('finds a project by its id, with no ancestors to open', () => {
    const p = budget.projects[2]!;
    const found = findRows(buildTable(budget, 'projects').rows, p.id);
    expect(found.ids).toHaveLength(1);
    expect(found.ids[0]).toMatch(new RegExp(`^p:${p.id}`));
    expect(found.ancestors).toEqual([]);
  });

  it('finds an economic 款 under 基本/项目支出 and its 类, with every ancestor to open', () => {
    const code = budget.economic.find((r) => r.code.length === 5)!.code;
    const model = buildTable(budget, 'economic');
    const found = findRows(model.rows, code);
    expect(found.ids.length).toBeGreaterThan(0);
    // Every ancestor is a real row id, and each found row sits under them.
    for (const id of found.ids) expect(found.ancestors.some((a) => id.startsWith(`${a}/`))).toBe(true);
  });

  it('finds nothing for an unknown code', () => {
    expect(findRows(buildTable(budget, 'functional').rows, '999')).toEqual({ ids: [], ancestors: [] });
  });
});
