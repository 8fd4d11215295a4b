/**
 * compare's 经济分类 lines come from the economic tree, and the coverage note (moved out of CompareSection).
 * Figures are hand-added from the cited source lines.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareBudgets, economicCoverage } from '../../src/model/compare';
import type { Budget } from '../../src/model/types';

const load = (id: string): Budget => JSON.parse(readFileSync(`public/data/budgets/${id}.json`, 'utf8')) as Budget;
const gz17 = load('guangzhou-gov-affairs-office-2017');
const hz21 = load('haizhu-data-bureau-2021');
const hz25 = load('haizhu-data-bureau-2025');

describe('003 (2017) against 001 (2021): 经济分类 基本支出', () => {
  const c = compareBudgets([gz17, hz21]);
  const line = (key: string) => c.economic.find((l) => l.key === key);

  it('shows 003’s 工资福利支出 as printed in 表三 (line 563: 1,632.51), not as 缺项', () => {
    const wages = line('economic:basic:301');
    expect(wages?.cells.map((x) => x && [x.amount, x.basis, x.rows])).toEqual([
      ['1632.51', 'printed', 1],
      ['1926.89', 'sumOfRows', 2], // 001 表9 lines 644 and 668: 590.19 + 1,336.70
    ]);
    expect(wages?.flags).not.toContain('missing');
    // 1,926.89 − 1,632.51
    expect(wages?.steps[0]?.difference).toBe('294.38');
  });

  it('adds 003’s 商品和服务支出 over its four units (表六 lines 1671–1685: 157.38 + 87.10 + 155.04 + 108.05)', () => {
    expect(line('economic:basic:302')?.cells[0]).toMatchObject({ amount: '507.57', basis: 'sumOfUnitRows', rows: 4 });
  });

  it('names 303 as each document prints it (表三 column header vs 表9 row) and flags the difference', () => {
    const subsidy = line('economic:basic:303');
    expect(subsidy?.cells.map((x) => x?.name)).toEqual(['对个人和家庭的补助支出', '对个人和家庭的补助']);
    expect(subsidy?.flags).toContain('renamed');
  });

  it('coverage: 003’s 类 now cover its whole 基本支出 (1,632.51 + 507.57 + 1,027.62 = 3,167.70, line 563)', () => {
    const cov = economicCoverage(c, 'basic');
    expect(cov.map((x) => [x.budget.id, x.covered, x.spending, x.complete])).toEqual([
      ['guangzhou-gov-affairs-office-2017', '3167.70', '3167.70', true],
      // 001 表9 line 643 合计 2,171.03 = 表3 line 474 基本支出
      ['haizhu-data-bureau-2021', '2171.03', '2171.03', true],
    ]);
    expect(economicCoverage(c, 'project').map((x) => [x.covered, x.complete])).toEqual([
      [null, false],
      [null, false],
    ]);
  });
});

describe('coverage where the economic table covers part of the money', () => {
  it('002 (2025) prints 项目支出 by 类 only for 10.00 of 1,910.00 (表7 lines 759–763; 表3 line 478)', () => {
    const [cov] = economicCoverage(compareBudgets([hz25]), 'project');
    expect([cov?.covered, cov?.spending, cov?.complete]).toEqual(['10.00', '1910.00', false]);
  });
});
