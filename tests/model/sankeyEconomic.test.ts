/**
 * The Sankey's 经济分类 columns read the economic tree; the tooltip's share of source moved into the model.
 * Figures hand-added from the cited lines of 003's 表三 and 表六 and 001's 表9.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSankeyGraph, linkShareOfSource, NODE_IDS } from '../../src/model/sankeyGraph';
import type { Amount, Budget } from '../../src/model/types';

const load = (id: string): Budget => JSON.parse(readFileSync(`public/data/budgets/${id}.json`, 'utf8')) as Budget;

describe('003 (2017): 基本支出 → 类', () => {
  const g = buildSankeyGraph(load('guangzhou-gov-affairs-office-2017'), { fromSpending: true });
  const link = (code: string) => g.links.find((l) => l.source === NODE_IDS.spending('basic') && l.target === NODE_IDS.economic(code));

  it('draws 301 and 303 from 表三 (line 563) and 302 as the sum of the four units (表六)', () => {
    expect(['301', '302', '303'].map((c) => [link(c)?.amount, link(c)?.derivation])).toEqual([
      ['1632.51', 'printed'],
      ['507.57', 'sum'],
      ['1027.62', 'printed'],
    ]);
    expect(g.nodes.find((n) => n.id === NODE_IDS.economic('301'))?.name).toBe('工资福利支出');
    // 1,632.51 + 507.57 + 1,027.62 = 3,167.70 = 基本支出: nothing left for 来源未细分 from basic.
    expect(g.links.some((l) => l.source === NODE_IDS.spending('basic') && l.target === NODE_IDS.unitemisedEconomic)).toBe(false);
  });

  it('a link’s share of its source node: 1,632.51 / 3,167.70 = 51.54 %', () => {
    const l = link('301');
    expect(l && linkShareOfSource(g, l)?.toFixed(2)).toBe('51.54');
    expect(linkShareOfSource(g, { source: 'no_such_node', amount: '1.00' as Amount })).toBeNull();
  });
});

describe('001 (2021): 301 printed twice in 表9 is one node', () => {
  it('spending_basic → econ_301 carries 590.19 + 1,336.70 = 1,926.89 (lines 644, 668), a sum', () => {
    const g = buildSankeyGraph(load('haizhu-data-bureau-2021'), { fromSpending: true, kuan: true });
    const l = g.links.find((x) => x.id === `${NODE_IDS.spending('basic')}-${NODE_IDS.economic('301')}`);
    expect([l?.amount, l?.derivation, l?.refs.map((r) => r.lines[0])]).toEqual(['1926.89', 'sum', [644, 668]]);
    // 30101 基本工资: 66.73 (line 645) + 183.44 (line 669)
    expect(g.nodes.find((n) => n.id === NODE_IDS.economic('30101'))?.amount).toBe('250.17');
  });
});
