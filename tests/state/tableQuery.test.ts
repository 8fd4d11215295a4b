/** Table sort and filter in the URL: parsed, written back, bad values reported as route problems. */
import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../src/state/route';
import { formatTableSort, MAX_FILTER, parseTableFilter, parseTableSort } from '../../src/state/tableQuery';
import { createAppStore } from '../../src/state/store';

describe('parseTableSort / parseTableFilter', () => {
  it.each([
    ['project.desc', { column: 'project', desc: true }],
    ['name.asc', { column: 'name', desc: false }],
    ['funding_generalPublic.desc', { column: 'funding_generalPublic', desc: true }],
    [undefined, undefined],
    ['project', null],
    ['project.down', null],
    ['.desc', null],
    ['<b>.asc', null],
  ])('sort %j → %j', (raw, out) => {
    expect(parseTableSort(raw)).toEqual(out);
  });

  it('writes a sort back the way it reads it', () => {
    expect(formatTableSort({ column: 'total', desc: false })).toBe('total.asc');
  });

  it.each([
    ['中心', '中心'],
    ['salary grid', 'salary grid'],
    ['', undefined],
    [undefined, undefined],
    ['a\u0007b', null],
    ['x'.repeat(MAX_FILTER + 1), null],
  ])('filter %j → %j', (raw, out) => {
    expect(parseTableFilter(raw)).toEqual(out);
  });
});

describe('tables links with sort and filter', () => {
  it('round-trips through the hash, with the filter encoded', () => {
    const hash = '#/budget/haizhu-data-bureau-2021/tables?tab=units&sort=project.desc&filter=%E4%B8%AD%E5%BF%83&lang=en';
    const { route, problems } = parseHash(hash);
    expect(problems).toEqual([]);
    expect(route).toMatchObject({ view: 'tables', tab: 'units', sort: { column: 'project', desc: true }, filter: '中心' });
    expect(formatHash(route)).toBe(hash);
  });

  it('reports bad values like a bad tab, and keeps the rest', () => {
    const { route, problems } = parseHash('#/budget/001/tables?tab=units&sort=drop;table&filter=%07');
    expect(problems).toEqual(['badSort', 'badFilter']);
    expect(route).toMatchObject({ tab: 'units' });
    expect(route).not.toHaveProperty('sort');
    expect(route).not.toHaveProperty('filter');
  });

  it('belongs to the tables view only', () => {
    const { route, problems } = parseHash('#/budget/001/treemap?sort=total.asc&filter=x');
    expect(problems).toEqual([]);
    expect(route).not.toHaveProperty('sort');
  });

  it('a new tab drops the old sort and filter; setTableQuery replaces them', () => {
    const store = createAppStore();
    store.getState().syncFromHash('#/budget/001/tables?tab=units&sort=project.desc&filter=x');
    store.getState().setTableQuery({ sort: { column: 'basic', desc: false } });
    expect(formatHash(store.getState().route)).toBe('#/budget/001/tables?tab=units&sort=basic.asc');
    store.getState().setTableQuery({ filter: '中心' });
    expect(formatHash(store.getState().route)).toBe('#/budget/001/tables?tab=units&filter=%E4%B8%AD%E5%BF%83');
    store.getState().setTableTab('projects');
    expect(formatHash(store.getState().route)).toBe('#/budget/001/tables?tab=projects');
  });
});
