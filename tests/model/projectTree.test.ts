import { describe, expect, it } from 'vitest';
import { buildProjectTree } from '../../src/model/projectTree';
import { findNode } from '../../src/model/tree';
import { sampleBudget } from '../fixtures/sampleBudget';

describe('buildProjectTree', () => {
  it('groups projects under their units in printed order', () => {
    const { root, byUnit } = buildProjectTree(sampleBudget());
    expect(byUnit).toBe(true);
    expect(root.children.map((c) => [c.key, c.name])).toEqual([
      ['unit:550001', '广州市海珠区政务服务数据管理局'],
      ['unit:550002', '广州市海珠区电子政务技术信息中心'],
    ]);
    expect(findNode(root, 'unit:550001')?.children.map((c) => c.key)).toEqual(['p01', 'p02', 'p03']);
  });

  it('keeps a unit’s printed project total and exposes the difference from its projects', () => {
    const { root } = buildProjectTree(sampleBudget());
    const u1 = findNode(root, 'unit:550001');
    expect(u1?.printed).toBe(true);
    expect(u1?.values.project).toBe('723.35');
    expect(u1?.childrenSum.project).toBe('723.35');
    expect(u1?.difference.project).toBeNull();
    // 550002 prints no project total: its figure is the exact sum of its projects
    const u2 = findNode(root, 'unit:550002');
    expect(u2?.printed).toBe(false);
    expect(u2?.values.project).toBe('3027.18');
  });

  it('roots at the printed 项目支出 and carries no basic spending', () => {
    const { root } = buildProjectTree(sampleBudget());
    expect(root.values).toEqual({ total: '3750.53', basic: null, project: '3750.53' });
    expect(root.childrenSum.project).toBe('3750.53');
    expect(root.difference.project).toBeNull();
  });

  it('lists projects directly under the root where no project names a unit', () => {
    const b = sampleBudget();
    b.projects = b.projects.map(({ unit: _u, unitName: _n, ...p }) => p);
    const { root, byUnit } = buildProjectTree(b);
    expect(byUnit).toBe(false);
    expect(root.children.map((c) => c.key)).toEqual(['p01', 'p02', 'p03', 'p04']);
    expect(root.children[0]?.level).toBe('project');
  });

  it('is empty for a budget without projects, with the gap shown at the root', () => {
    const b = sampleBudget();
    b.projects = [];
    const { root } = buildProjectTree(b);
    expect(root.children).toEqual([]);
    expect(root.difference.project).toBeNull();
  });
});
