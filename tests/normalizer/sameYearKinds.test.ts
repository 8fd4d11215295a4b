/**
 * A department publishes its 部门预算 and, a year later, its 部门决算 of the same year: both documents build,
 * with ids that differ by kind (the 预算 keeps the plain id, the 决算 ends in -final), and the department's
 * plan against actual pairs them. Before, the second document was refused as a clash of ids.
 * The 预算 is the committed 2026 budget of another Putuo department, its department name and year
 * replaced by those of the committed 2025 final account (a fixture, never published).
 */
import { describe, expect, it } from 'vitest';
import { buildAll } from '../../src/normalizer/build';
import { readSources } from '../../src/normalizer/sources';
import { planActualPairs } from '../../src/model/planVsActual';

const sources = readSources('data/sources');
const final = sources.find((s) => s.source.includes('final') && s.text.includes('上海市普陀区文化和旅游局'));
const other = sources.find((s) => s.source.includes('jianguanwei-budget-2026'));

describe('a 部门预算 and a 部门决算 of one department and year', () => {
  it('both build, with ids told apart by kind, and are paired as plan and actual', () => {
    if (!final || !other) throw new Error('the committed sources changed: 006 (文化和旅游局 2025 决算) and 005 (建设和管理委员会 2026 预算) are needed');
    const budgetText = other.text.replaceAll('上海市普陀区建设和管理委员会', '上海市普陀区文化和旅游局').replaceAll('2026', '2025');
    const out = buildAll([final, { source: '900_wenlvju-budget-2025-fixture.txt', text: budgetText }], [], []);
    const ids = out.index.budgets.map((e) => `${e.id} ${e.kind}`).sort();
    const departmentId = out.index.budgets[0]?.departmentId ?? '';
    expect(new Set(out.index.budgets.map((e) => e.departmentId)).size).toBe(1);
    expect(ids).toEqual([`${departmentId}-2025 budget`, `${departmentId}-2025-final final`]);
    const pairs = planActualPairs(out.index.budgets);
    expect(pairs.map((p) => [p.plan.id, p.actual.id])).toEqual([[`${departmentId}-2025`, `${departmentId}-2025-final`]]);
  });
});
