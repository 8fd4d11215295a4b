import { describe, expect, it } from 'vitest';
import { leiOf } from '../../src/model/leiCode';
import { buildFunctionalTree } from '../../src/model/functionalTree';
import { buildProjectTree } from '../../src/model/projectTree';
import type { TreeNode } from '../../src/model/tree';
import { budgets } from '../../e2e/support/realData';

function walk(n: TreeNode, out: TreeNode[] = []): TreeNode[] {
  for (const c of n.children) {
    out.push(c);
    walk(c, out);
  }
  return out;
}

describe('leiOf', () => {
  it('gives every 功能分类 node the 类 of its first three digits, the same as its 类 ancestor', () => {
    for (const b of budgets()) {
      for (const lei of buildFunctionalTree(b).root.children) {
        expect(leiOf(lei)).toBe(lei.code);
        for (const n of walk(lei)) expect(leiOf(n)).toBe(lei.code);
      }
    }
  });

  it('a project takes the 类 of its printed 功能分类 code; a unit the 类 all its projects share, else none', () => {
    for (const b of budgets()) {
      for (const unit of buildProjectTree(b).root.children) {
        const projects = unit.level === 'unit' ? unit.children : [unit];
        for (const p of projects) {
          const printed = b.projects.find((x) => x.id === p.key)?.functionalCode;
          expect(leiOf(p)).toBe(printed ? printed.slice(0, 3) : null);
        }
        if (unit.level !== 'unit') continue;
        const leis = new Set(projects.map(leiOf));
        expect(leiOf(unit)).toBe(leis.size === 1 ? [...leis][0] : null);
      }
    }
  });
});
