/** Issue 12: a column whose one node passes everything on unchanged is dropped; 款 are grouped under their 类. */
import { describe, expect, it } from 'vitest';
import { buildSankeyGraph, dropPassThroughColumns } from '../../src/model/sankeyGraph';
import { checkBalance } from '../../src/layout/sankeyLayout';
import { amt, budget001, budget002, budget004 } from '../fixtures/sankeyBudgets';

describe('dropPassThroughColumns', () => {
  it('001: the 全部收入 pool column goes; its sources become its segments, columns stay contiguous', () => {
    const full = buildSankeyGraph(budget001());
    const g = dropPassThroughColumns(full);
    expect(g.nodes.some((n) => n.kind === 'income')).toBe(false);
    const pool = g.nodes.find((n) => n.id === 'pool_income')!;
    expect(pool.column).toBe(0);
    expect(g.folds).toEqual([
      {
        node: 'pool_income',
        segments: [
          { node: expect.objectContaining({ id: 'income_generalPublic' }), link: expect.objectContaining({ amount: '5911.03' }) },
          { node: expect.objectContaining({ id: 'income_carryover' }), link: expect.objectContaining({ amount: '10.53' }) },
        ],
      },
    ]);
    const columns = [...new Set(g.nodes.map((n) => n.column))].sort();
    expect(columns).toEqual([0, 1, 2]);
    expect(Math.max(...full.nodes.map((n) => n.column))).toBe(3);
    expect(checkBalance(g).imbalances).toEqual([]);
    // The input is not changed: the data files and the CSV still list every printed flow.
    expect(full.nodes.some((n) => n.kind === 'income')).toBe(true);
  });

  it('keeps a column that carries information: one income source that splits (004), a pool with a gap', () => {
    expect(dropPassThroughColumns(buildSankeyGraph(budget004())).folds).toEqual([]);
    const b = budget002();
    b.income = [b.income[0]!, { ...b.income[1]!, amount: amt('1800.00') }];
    const g = dropPassThroughColumns(buildSankeyGraph(b));
    expect(g.folds).toEqual([]);
    expect(g.nodes.some((n) => n.id === 'gap_income_shortfall')).toBe(true);
  });
});

describe('款 order', () => {
  it('each 类’s 款 together, by code, then that 类’s own 来源未细分, in the 类 order', () => {
    const g = buildSankeyGraph(budget002(), { kuan: true });
    const kuanCol = Math.max(...g.nodes.map((n) => n.column));
    const column = g.nodes.filter((n) => n.column === kuanCol).sort((a, b) => a.order - b.order);
    const classOf = (code: string) => code.slice(0, 3);
    const owners = column.map((n) => classOf(n.code ?? ''));
    expect(owners).toEqual([...owners].sort());
    const classes = g.nodes.filter((n) => n.kind === 'economicClass').sort((a, b) => a.order - b.order);
    expect([...new Set(owners)]).toEqual(classes.map((c) => c.code).filter((c) => owners.includes(c!)));
    for (const c of new Set(owners)) {
      const group = column.filter((n) => classOf(n.code ?? '') === c);
      const last = group[group.length - 1]!;
      if (group.some((n) => n.kind === 'unitemised')) expect(last.id).toBe(`unitemised_kuan_${c}`);
      const items = group.filter((n) => n.kind === 'economicItem').map((n) => n.code);
      expect(items).toEqual([...items].sort());
    }
  });
});
