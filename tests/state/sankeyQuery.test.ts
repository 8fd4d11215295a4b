/** Issue 12: the Sankey's toggles live in the URL of one budget's Sankey view, and nowhere else. */
import { describe, expect, it } from 'vitest';
import { budgetRoute, formatHash, parseHash } from '../../src/state/route';
import { withSankeyQuery } from '../../src/state/sankeyQuery';

describe('sankey query', () => {
  it('kuan=1 and flows=table round-trip', () => {
    const hash = '#/budget/001/sankey?kuan=1&flows=table&lang=en';
    const { route, problems } = parseHash(hash);
    expect(problems).toEqual([]);
    expect(route).toMatchObject({ page: 'budget', view: 'sankey', kuan: true, flows: 'table' });
    expect(formatHash(route)).toBe(hash);
  });

  it('defaults are left out; off is the default', () => {
    const { route } = parseHash('#/budget/001/sankey?kuan=0&flows=chart');
    expect(formatHash(route)).toBe('#/budget/001/sankey');
  });

  it('bad values are route problems and leave the toggles off', () => {
    const { route, problems } = parseHash('#/budget/001/sankey?kuan=yes&flows=<b>');
    expect(problems).toEqual(['badSankey', 'badSankey']);
    expect(route).not.toHaveProperty('kuan');
    expect(route).not.toHaveProperty('flows');
  });

  it('belong to the Sankey view only, and never to another budget', () => {
    expect(parseHash('#/budget/001/treemap?kuan=1').route).not.toHaveProperty('kuan');
    const on = parseHash('#/budget/001/sankey?kuan=1&flows=table').route;
    if (on.page !== 'budget') throw new Error('budget route expected');
    expect(formatHash({ ...on, view: 'treemap' })).toBe('#/budget/001/treemap');
    expect(formatHash(budgetRoute('002', 'zh', 'sankey'))).toBe('#/budget/002/sankey');
    expect(formatHash(withSankeyQuery(on, { kuan: false }))).toBe('#/budget/001/sankey?flows=table');
    expect(formatHash(withSankeyQuery(on, { table: false }))).toBe('#/budget/001/sankey?kuan=1');
  });
});
