/**
 * The treemap's notes, moved out of TreemapView: a parent printed larger or smaller than its children, and the
 * children the treemap cannot draw. Expected gaps are hand-computed from the cited lines of 007's 表3.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFunctionalTree } from '../../src/model/functionalTree';
import { findNode, NO_VALUES, parentGap, undrawnChildren, type TreeNode } from '../../src/model/tree';
import type { Amount, Budget } from '../../src/model/types';

const shiquan = JSON.parse(readFileSync('public/data/budgets/putuo-renminzhengfushiquanlujiedaobanshichu-f7b1fe-2025-final.json', 'utf8')) as Budget;

describe('parentGap', () => {
  const tree = buildFunctionalTree(shiquan);
  const cmty = findNode(tree.root, '21201');
  if (!cmty) throw new Error('21201 missing');

  it('007 21201 基本支出: printed 1,066.51 (line 275), its 项 add up to 10,661.51 — 9,595.00 under', () => {
    // lines 276–281: 1,690.05 + 0 + 1,289.35 + 7,682.11 = 10,661.51; 10,661.51 − 1,066.51 = 9,595.00
    expect(parentGap(cmty, 'basic')).toEqual({ side: 'under', amount: '9595.00' });
  });
  it('no gap where the children add up: 21201 合计 12,029.15 = 1,715.05 + 1,342.64 + 1,289.35 + 7,682.11', () => {
    expect(parentGap(cmty, 'total')).toBeNull();
  });
  it('over, and exact to every decimal (a 元 figure is never rounded to two places)', () => {
    const node: TreeNode = {
      key: 'x',
      code: 'x',
      name: 'x',
      level: 'lei',
      values: NO_VALUES,
      printed: true,
      children: [],
      childrenSum: NO_VALUES,
      difference: { total: '0.125' as Amount, basic: '-3.5' as Amount, project: null },
    };
    expect(parentGap(node, 'total')).toEqual({ side: 'over', amount: '0.125' });
    expect(parentGap(node, 'basic')).toEqual({ side: 'under', amount: '3.50' });
    expect(parentGap(node, 'project')).toBeNull();
  });
});

describe('undrawnChildren', () => {
  const tree = buildFunctionalTree(shiquan);
  it('lists the 项 of 21201 with no 基本支出: 2120102 一般行政管理事务 prints 0 (line 277)', () => {
    const cmty = findNode(tree.root, '21201');
    expect(cmty && undrawnChildren(cmty, 'basic').map((c) => c.code)).toEqual(['2120102']);
  });
  it('and none for 合计, where every 项 has a positive figure', () => {
    const cmty = findNode(tree.root, '21201');
    expect(cmty && undrawnChildren(cmty, 'total')).toEqual([]);
  });
});
