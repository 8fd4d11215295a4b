import { describe, expect, it } from 'vitest';
import { buildFunctionalTree } from '../../src/model/functionalTree';
import { findNode, nodeShare, resolvePath, treeDepth, measureValue } from '../../src/model/tree';
import { formatShare } from '../../src/model/format';
import { a, sampleBudget } from '../fixtures/sampleBudget';
import type { Budget, FunctionalRow } from '../../src/model/types';

describe('buildFunctionalTree', () => {
  it('nests 类 → 款 → 项 by code prefix, in code order', () => {
    const { root, basis, conflicts } = buildFunctionalTree(sampleBudget());
    expect(basis).toBe('department');
    expect(conflicts).toEqual([]);
    expect(root.children.map((c) => c.code)).toEqual(['201', '206', '208', '210', '221']);
    const kuan = findNode(root, '20601');
    expect(kuan?.level).toBe('kuan');
    expect(kuan?.children.map((c) => c.code)).toEqual(['2060101', '2060103', '2060199']);
    expect(treeDepth(root)).toBe(3);
  });

  it('keeps printed figures and computes exact child sums', () => {
    const { root } = buildFunctionalTree(sampleBudget());
    const kuan = findNode(root, '20601');
    expect(kuan?.values.total).toBe('5411.72');
    // 1130.74 + 24.00 + 4256.98 = 5411.72 exactly (a float sum gives 5411.719999…)
    expect(kuan?.childrenSum.total).toBe('5411.72');
    expect(kuan?.childrenSum.project).toBe('3740.00');
    expect(kuan?.difference).toEqual({ total: null, basic: null, project: null });
  });

  it('the root is the printed 支出总计 and agrees with the sum of 类 in 001', () => {
    const { root } = buildFunctionalTree(sampleBudget());
    expect(root.values).toEqual({ total: '5921.56', basic: '2171.03', project: '3750.53' });
    expect(root.childrenSum.total).toBe('5921.56');
    expect(root.difference.total).toBeNull();
    expect(root.src?.table).toBe('t03');
  });

  it('exposes a printed parent that differs from its children, without changing either', () => {
    const b = sampleBudget();
    const r208 = b.functional.find((r) => r.code === '20805');
    if (!r208) throw new Error('fixture');
    r208.total = a('243.50'); // printed 款 total 0.07 below its 项 (119.53 + 124.05 = 243.58)
    r208.basic = a('243.50');
    const { root } = buildFunctionalTree(b);
    const node = findNode(root, '20805');
    expect(node?.values.total).toBe('243.50');
    expect(node?.childrenSum.total).toBe('243.58');
    expect(node?.difference.total).toBe('-0.08');
    expect(node?.difference.project).toBeNull();
    // the 类 above sees the printed 款 figure, not the children's sum
    const lei = findNode(root, '208');
    expect(lei?.childrenSum.total).toBe('243.50');
    expect(lei?.difference.total).toBe('0.07');
  });

  it('adds missing 类/款 as unprinted sums and names them from elsewhere in the budget', () => {
    const b = sampleBudget();
    b.functional = b.functional.filter((r) => r.code !== '20601' && r.code !== '206');
    const { root } = buildFunctionalTree(b);
    const kuan = findNode(root, '20601');
    expect(kuan?.printed).toBe(false);
    expect(kuan?.name).toBe('');
    expect(kuan?.values.total).toBe('5411.72');
    expect(kuan?.difference.total).toBeNull();
    const lei = findNode(root, '206');
    expect(lei?.printed).toBe(false);
    expect(lei?.values.basic).toBe('1671.72');
  });

  it('adds up per-unit rows by code when no department-level rows are printed (003 表三)', () => {
    const b: Budget = sampleBudget();
    const u = (r: FunctionalRow, unit: string, total: string): FunctionalRow => ({ ...r, unit, total: a(total), basic: a(total), project: a('0.00') });
    const xiang = b.functional.find((r) => r.code === '2210201');
    const other = b.functional.find((r) => r.code === '2100799');
    if (!xiang || !other) throw new Error('fixture');
    b.functional = [u(xiang, '190001', '75.84'), u(xiang, '190006', '46.68'), u(other, '190001', '14.40')];
    const { root, basis } = buildFunctionalTree(b);
    expect(basis).toBe('unitsAdded');
    const node = findNode(root, '2210201');
    expect(node?.values.total).toBe('122.52');
    expect(node?.printed).toBe(false);
    expect(findNode(root, '2100799')?.printed).toBe(true);
    expect(findNode(root, '221')?.values.total).toBe('122.52');
    // the root is still the printed 支出总计; the difference to the 类 is shown, never hidden
    expect(root.childrenSum.total).toBe('136.92');
    expect(root.difference.total).toBe('5784.64');
  });

  it('names added 类/款 from the per-fund tables where the all-funds table prints only 项 (003)', () => {
    const b = sampleBudget();
    const xiang = b.functional.find((r) => r.code === '2210201');
    const lei = b.functional.find((r) => r.code === '221');
    if (!xiang || !lei) throw new Error('fixture');
    b.functional = [{ ...xiang, unit: '190001' }];
    b.functionalByFund = [{ fund: 'generalPublic', rows: [lei], src: lei.src }];
    const { root } = buildFunctionalTree(b);
    expect(findNode(root, '221')?.name).toBe('住房保障支出');
    expect(findNode(root, '221')?.printed).toBe(false);
    expect(findNode(root, '22102')?.name).toBe('');
  });

  it('builds the tree of one unit only when asked', () => {
    const b = sampleBudget();
    const xiang = b.functional.find((r) => r.code === '2210201');
    if (!xiang) throw new Error('fixture');
    b.functional.push({ ...xiang, unit: '550001', total: a('52.87'), basic: a('52.87') });
    const { root, basis } = buildFunctionalTree(b, { unit: '550001' });
    expect(basis).toBe('unit');
    expect(root.name).toBe('广州市海珠区政务服务数据管理局');
    expect(root.values.total).toBe('1409.56');
    expect(root.children.map((c) => c.code)).toEqual(['221']);
  });

  it('records codes printed twice with different figures and keeps the first', () => {
    const b = sampleBudget();
    const first = b.functional.find((r) => r.code === '2060103');
    if (!first) throw new Error('fixture');
    b.functional.push({ ...first, total: a('25.00') });
    b.functional.push({ ...first }); // an identical repeat (a table printed twice) is no conflict
    const { root, conflicts } = buildFunctionalTree(b);
    expect(conflicts).toEqual(['2060103']);
    expect(findNode(root, '2060103')?.values.total).toBe('24.00');
  });

  it('gives an empty tree for a budget with no functional rows', () => {
    const b = sampleBudget();
    b.functional = [];
    const t = buildFunctionalTree(b);
    expect(t.basis).toBe('none');
    expect(t.root.children).toEqual([]);
  });

  it('computes shares exactly and rounds them only for display', () => {
    const { root } = buildFunctionalTree(sampleBudget());
    const lei = findNode(root, '206');
    if (!lei) throw new Error('fixture');
    const s = nodeShare(lei, root, 'total');
    expect(s?.toFixed(6)).toBe('91.390107');
    expect(formatShare(s)).toBe('91.4%');
    // 机关服务 has no 项目支出: its share of the 款's project spending is zero, not missing
    const leaf = findNode(root, '2060103');
    const kuan = findNode(root, '20601');
    if (!leaf || !kuan) throw new Error('fixture');
    expect(formatShare(nodeShare(leaf, kuan, 'project'))).toBe('0.0%');
    expect(measureValue(leaf, 'basic')).toBe('24.00');
  });
});

describe('resolvePath', () => {
  const { root } = buildFunctionalTree(sampleBudget());

  it('resolves a valid drill path to the chain of nodes', () => {
    const r = resolvePath(root, ['206', '20601', '2060199']);
    expect(r.ok).toBe(true);
    expect(r.nodes.map((n) => n.key)).toEqual(['root', '206', '20601', '2060199']);
  });

  it('stops at the first key that is not a child and reports it', () => {
    const r = resolvePath(root, ['206', '20805', '2080505']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.bad).toBe('20805');
    expect(r.nodes.map((n) => n.key)).toEqual(['root', '206']);
  });

  it('treats hostile keys as unknown', () => {
    const r = resolvePath(root, ['<script>', 'constructor']);
    expect(r.ok).toBe(false);
    expect(r.nodes).toHaveLength(1);
  });
});
