/**
 * 项目支出 by sub-unit: root → 单位 → 项目, from Budget.projects. Pure; decimal sums only.
 *
 * A project has one figure (its amount), which is 项目支出 by definition, so every measure but
 * `basic` carries it. A unit keeps the project total printed for it (Budget.units[].project) where a
 * table gives one, and the difference from its projects' sum is exposed, never adjusted. The root is the
 * budget's printed 项目支出 (Budget.expenditure.project).
 */
import type { Budget, Project } from './types';
import { nameEnField } from './englishName';
import { differences, NO_VALUES, sumChildren, type MeasureValues, type TreeNode } from './tree';

export interface ProjectTree {
  root: TreeNode;
  /** True where at least one project names its unit, so the tree has a 单位 level. */
  byUnit: boolean;
}

function projectNode(p: Project): TreeNode {
  return {
    key: p.id,
    code: p.functionalCode ?? '',
    name: p.name,
    level: 'project',
    values: { total: p.amount, basic: null, project: p.amount },
    printed: true,
    children: [],
    childrenSum: NO_VALUES,
    difference: NO_VALUES,
    src: p.src,
    ...(p.unit !== undefined ? { unitCode: p.unit } : {}),
  };
}

/** Group key: the unit code where printed, else its name; "" for projects that name no unit. */
function unitKeyOf(p: Project): string {
  return p.unit ?? p.unitName ?? '';
}

export function buildProjectTree(budget: Budget): ProjectTree {
  const exp = budget.expenditure;
  const root: TreeNode = {
    key: 'root',
    code: '',
    name: budget.department,
    ...nameEnField(budget.departmentEn),
    level: 'root',
    values: { total: exp.project, basic: null, project: exp.project },
    printed: true,
    children: [],
    childrenSum: NO_VALUES,
    difference: NO_VALUES,
    src: exp.src,
  };
  const byUnit = budget.projects.some((p) => unitKeyOf(p) !== '');

  if (!byUnit) {
    root.children = budget.projects.map(projectNode);
  } else {
    // Keep the printed order of units (first appearance), and of projects within a unit.
    const groups = new Map<string, Project[]>();
    for (const p of budget.projects) groups.set(unitKeyOf(p), [...(groups.get(unitKeyOf(p)) ?? []), p]);
    for (const [key, projects] of groups) {
      const first = projects[0];
      if (!first) continue;
      const unit = budget.units.find((u) => (u.code !== '' && u.code === first.unit) || u.name === first.unitName);
      const children = projects.map(projectNode);
      const sums = sumChildren(children);
      const printedProject = unit?.project;
      const values: MeasureValues = printedProject ? { total: printedProject, basic: null, project: printedProject } : sums;
      root.children.push({
        key: `unit:${key}`,
        code: first.unit ?? '',
        name: first.unitName ?? unit?.name ?? key,
        ...nameEnField(first.unitName !== undefined ? first.unitNameEn : unit?.nameEn),
        level: 'unit',
        values,
        printed: printedProject !== undefined,
        children,
        childrenSum: sums,
        difference: printedProject !== undefined ? differences(values, sums) : NO_VALUES,
        ...(printedProject !== undefined && unit ? { src: unit.src } : {}),
        ...(first.unit !== undefined ? { unitCode: first.unit } : {}),
      });
    }
  }
  root.childrenSum = sumChildren(root.children);
  root.difference = differences(root.values, root.childrenSum);
  return { root, byUnit };
}
