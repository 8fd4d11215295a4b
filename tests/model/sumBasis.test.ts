/**
 * What each figure of a tree is (sumBasis.ts), on the real budgets: 003 prints 功能分类 only per sub-unit
 * (表三), so a 项 printed by several units is the sum of those unit rows — never "the items below", which a
 * 项 does not have; a 类 or 款 not printed is the sum of its children; printed rows are printed.
 */
import { describe, expect, it } from 'vitest';
import { buildFunctionalTree } from '../../src/model/functionalTree';
import { buildProjectTree } from '../../src/model/projectTree';
import { sumBasis, economicBasis } from '../../src/model/sumBasis';
import { buildEconomicTree } from '../../src/model/economicTree';
import type { TreeNode } from '../../src/model/tree';
import { dec, sum } from '../../src/model/decimal';
import { budgets } from '../../e2e/support/realData';

function walk(n: TreeNode, out: TreeNode[] = []): TreeNode[] {
  for (const c of n.children) {
    out.push(c);
    walk(c, out);
  }
  return out;
}

describe('sumBasis', () => {
  it('a leaf is never called a sum of the items below it', () => {
    for (const b of budgets()) {
      for (const n of walk(buildFunctionalTree(b).root)) {
        const s = sumBasis(n);
        if (n.children.length === 0) expect(s.basis).not.toBe('sumOfChildren');
        if (s.basis === 'sumOfChildren') expect(s.count).toBe(n.children.length);
      }
    }
  });

  it('003 (per-unit 功能分类): a 项 printed by several units is the exact sum of those unit rows', () => {
    const unitsAdded = budgets().filter((b) => buildFunctionalTree(b).basis === 'unitsAdded');
    expect(unitsAdded.length).toBeGreaterThan(0);
    for (const b of unitsAdded) {
      let seen = 0;
      for (const n of walk(buildFunctionalTree(b).root)) {
        const s = sumBasis(n);
        if (s.basis !== 'sumOfUnitRows') continue;
        seen++;
        const rows = b.functional.filter((r) => r.code === n.code && r.unit !== undefined);
        expect(s.count).toBe(rows.length);
        expect(rows.length).toBeGreaterThan(1);
        expect(dec(n.values.total ?? '0').equals(sum(rows.map((r) => r.total)))).toBe(true);
      }
      // 003 prints 2010301 行政运行 (and others) once per unit.
      expect(seen).toBeGreaterThan(0);
    }
  });

  it('department-level trees: every node is printed or the sum of its children', () => {
    for (const b of budgets().filter((x) => buildFunctionalTree(x).basis === 'department')) {
      for (const n of walk(buildFunctionalTree(b).root)) expect(['printed', 'sumOfChildren']).toContain(sumBasis(n).basis);
    }
  });

  it('a project is printed; a unit without a printed project total is the sum of its projects', () => {
    for (const b of budgets()) {
      const { root } = buildProjectTree(b);
      for (const n of walk(root)) {
        const s = sumBasis(n, 'project');
        if (n.level === 'project') expect(s.basis).toBe('printed');
        if (n.level === 'unit' && !n.printed) expect(s).toEqual({ basis: 'sumOfChildren', count: n.children.length });
      }
    }
  });

  it('economic nodes keep the derivation the economic tree records', () => {
    for (const b of budgets()) {
      const tree = buildEconomicTree(b);
      for (const lei of [...tree.bySpending.basic, ...tree.bySpending.project]) {
        const s = economicBasis(lei);
        expect(s.basis).toBe(lei.derived);
        if (lei.derived === 'printed') expect(s.count).toBe(1);
        if (lei.derived === 'sumOfChildren') expect(s.count).toBe(lei.children.length);
      }
    }
  });
});
