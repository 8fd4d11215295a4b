/** The catalog's sort state and the compare pick order, moved out of CatalogPage (sortEntries: tests/app/helpers.test.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextSort, pickedInYearOrder } from '../../src/model/catalog';
import type { BudgetIndex } from '../../src/model/types';

const index = JSON.parse(readFileSync('public/data/index.json', 'utf8')) as BudgetIndex;

describe('nextSort: a click on a column header', () => {
  it('starts figures largest first and names A→Z', () => {
    expect(nextSort(null, 'total')).toEqual({ key: 'total', dir: 'desc' });
    expect(nextSort(null, 'year')).toEqual({ key: 'year', dir: 'desc' });
    expect(nextSort(null, 'department')).toEqual({ key: 'department', dir: 'asc' });
    expect(nextSort({ key: 'total', dir: 'desc' }, 'region')).toEqual({ key: 'region', dir: 'asc' });
  });
  it('flips the direction on the same column', () => {
    expect(nextSort({ key: 'year', dir: 'desc' }, 'year')).toEqual({ key: 'year', dir: 'asc' });
    expect(nextSort({ key: 'year', dir: 'asc' }, 'year')).toEqual({ key: 'year', dir: 'desc' });
  });
});

describe('pickedInYearOrder: budgets ticked for comparison, oldest first', () => {
  it('orders 002 (2025), 001 (2021) and 003 (2017) by year whatever the order of ticking', () => {
    expect(pickedInYearOrder(index.budgets, ['haizhu-data-bureau-2025', 'haizhu-data-bureau-2021', 'guangzhou-gov-affairs-office-2017'])).toEqual([
      'guangzhou-gov-affairs-office-2017',
      'haizhu-data-bureau-2021',
      'haizhu-data-bureau-2025',
    ]);
  });
  it('breaks a tie of years by id (000 and 001 are both 2021) and ignores unknown ids', () => {
    expect(pickedInYearOrder(index.budgets, ['haizhu-grid-centre-2021', 'nope', 'haizhu-data-bureau-2021'])).toEqual([
      'haizhu-data-bureau-2021',
      'haizhu-grid-centre-2021',
    ]);
  });
});
