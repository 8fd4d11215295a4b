/**
 * The CSV files an exported image's credit names (viewDataFiles): for every real budget and view, files
 * the build really publishes (budgetCsvFiles names them), and none for a list the budget does not have.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { viewDataFiles } from '../../../src/model/dataFiles/viewDataFiles';
import { budgetCsvFiles } from '../../../src/model/dataFiles/budgetCsvFiles';
import type { Budget, BudgetIndex } from '../../../src/model/types';

const dir = join(process.cwd(), 'public', 'data');
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as BudgetIndex;
const budgets = index.budgets.map((e) => JSON.parse(readFileSync(join(dir, e.file), 'utf8')) as Budget);
const KEYS = ['treemap:function', 'treemap:unit', 'sankey', 'tables:functional', 'tables:economic', 'tables:units', 'tables:projects'];

describe('viewDataFiles', () => {
  it.each(budgets.map((b) => [b.id, b] as const))('%s: every file named is one the build publishes', (id, b) => {
    const published = new Set(budgetCsvFiles(b).map((f) => `data/downloads/${id}/${f.name}`));
    for (const key of KEYS) for (const path of viewDataFiles(b, key)) expect(published).toContain(path);
    expect(viewDataFiles(b, 'treemap:function')).toEqual([`data/downloads/${id}/functional.csv`]);
    expect(viewDataFiles(b, 'tables:projects')).toEqual(b.projects.length > 0 ? [`data/downloads/${id}/projects.csv`] : []);
    expect(viewDataFiles(b, 'sankey').map((p) => p.split('/').at(-1))).toEqual(
      [b.income.length > 0 ? 'income.csv' : null, b.economic.length > 0 ? 'economic.csv' : null].filter((x) => x !== null),
    );
  });

  it('names nothing for a view it does not know', () => {
    expect(viewDataFiles(budgets[0]!, 'pie')).toEqual([]);
  });
});
