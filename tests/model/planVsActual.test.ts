import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { executionRate, formatRate, planActualPairs, planVsActual } from '../../src/model/planVsActual';
import type { Budget, BudgetIndex, BudgetIndexEntry } from '../../src/model/types';

const DATA = join(process.cwd(), 'public', 'data');
const index = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as BudgetIndex;
const entry = (pred: (e: BudgetIndexEntry) => boolean) => index.budgets.find(pred)!;
const budgetOf = (e: BudgetIndexEntry) => JSON.parse(readFileSync(join(DATA, e.file), 'utf8')) as Budget;

// No department in the data has a 部门预算 and a 部门决算 of the same year yet, so the pair is generated:
// the largest 万元 budget that prints department-level 类 rows, its own figures filed as a final account,
// with chosen lines changed by hand.
const planEntry = [...index.budgets]
  .filter((e) => e.kind === 'budget' && e.unit === '万元' && budgetOf(e).functional.some((f) => f.level === 'lei' && f.unit === undefined))
  .sort((a, b) => Number(b.total) - Number(a.total))[0]!;
const plan = budgetOf(planEntry);
const asFinal = (b: Budget, edit: (copy: Budget) => void = () => {}): Budget => {
  const copy = structuredClone(b);
  copy.kind = 'final';
  edit(copy);
  return copy;
};
const actualEntry: BudgetIndexEntry = { ...planEntry, id: `${planEntry.departmentId}-final`, kind: 'final' };
const pair = { year: planEntry.year, plan: planEntry, actual: actualEntry };

describe('planActualPairs', () => {
  it('pairs a 部门决算 with the 部门预算 of its department and year, never with a 单位预算 or another year', () => {
    const unitBudget: BudgetIndexEntry = { ...planEntry, id: 'u', kind: 'unitBudget' };
    const otherYear: BudgetIndexEntry = { ...actualEntry, id: 'y', year: planEntry.year + 1 };
    expect(planActualPairs([unitBudget, planEntry, actualEntry, otherYear])).toEqual([pair]);
    expect(planActualPairs([unitBudget, actualEntry])).toEqual([]);
  });
  it('finds no pair in the data today (none of its departments has both for one year)', () => {
    const byDept = new Map<string, BudgetIndexEntry[]>();
    for (const e of index.budgets) byDept.set(e.departmentId, [...(byDept.get(e.departmentId) ?? []), e]);
    const years = [...byDept.values()].flatMap((es) => es.filter((e) => e.kind === 'final' && es.some((b) => b.kind === 'budget' && b.year === e.year)));
    expect(years).toEqual([]);
    expect([...byDept.values()].flatMap((es) => planActualPairs(es))).toEqual([]);
  });
});

describe('planVsActual', () => {
  it('of a budget against its own figures: every line printed on both sides differs by 0.00 at a rate of exactly 1', () => {
    const result = planVsActual(pair, plan, asFinal(plan));
    const both = result.rows.filter((r) => r.plan && r.actual);
    expect(both.length).toBeGreaterThan(10);
    for (const r of both) {
      expect(r.difference).toBe('0.00');
      expect(r.rate).toBe('1');
      expect(r.actual!.printed).toBe(r.plan!.printed);
    }
    // Every 功能分类 类 the department prints is a row with its printed figure.
    for (const f of plan.functional.filter((f) => f.level === 'lei' && f.unit === undefined)) {
      expect(result.rows.find((r) => r.key === `f:${f.code}`)?.plan?.printed).toBe(f.total);
    }
  });

  it('works out the difference and 执行率 exactly (hand-worked) and leaves a line only one side prints without either', () => {
    const lei = plan.functional.find((f) => f.level === 'lei' && f.unit === undefined)!;
    const actual = asFinal(plan, (b) => {
      b.expenditure.total = '5000.00' as Budget['expenditure']['total'];
      b.functional = b.functional.filter((f) => !f.code.startsWith(lei.code));
    });
    const result = planVsActual(pair, plan, actual);
    const total = result.rows.find((r) => r.key === 'total')!;
    // e.g. 5000.00 − 5921.56 = −921.56; 5000 ÷ 5921.56 = 0.84437…, 84.4 %.
    const expectedDiff = (Math.round((5000 - Number(plan.expenditure.total)) * 100) / 100).toFixed(2);
    expect(total.difference).toBe(expectedDiff);
    expect(total.rate).toBe(executionRate(plan.expenditure.total, '5000.00'));
    expect(Number(total.rate)).toBeCloseTo(5000 / Number(plan.expenditure.total), 12);
    const gone = result.rows.find((r) => r.key === `f:${lei.code}`)!;
    expect(gone.plan?.printed).toBe(lei.total);
    expect(gone.actual).toBeNull();
    expect(gone.difference).toBeNull();
    expect(gone.rate).toBeNull();
  });

  it('meets in 万元 when the two documents print different units (元 plan, 万元 outcome), converting exactly', () => {
    const yuanEntry = entry((e) => e.unit === '元');
    const yuan = budgetOf(yuanEntry);
    const wan = asFinal(yuan, (b) => {
      b.unit = '万元';
      b.expenditure.total = '1.00' as Budget['expenditure']['total'];
    });
    const total = planVsActual({ year: yuanEntry.year, plan: yuanEntry, actual: { ...yuanEntry, kind: 'final' } }, yuan, wan).rows[0]!;
    expect(total.plan).toMatchObject({ printed: yuan.expenditure.total, unit: '元' });
    // 3,286,618,082.20 元 = 328,661.808220 万元 (÷ 10,000, every digit kept).
    const [whole, frac = ''] = yuan.expenditure.total.split('.');
    const digits = `${whole}${frac}`;
    const wanExpected = `${digits.slice(0, digits.length - 4 - frac.length)}.${digits.slice(digits.length - 4 - frac.length)}`.replace(/^\./, '0.');
    expect(Number(total.plan!.wan)).toBe(Number(wanExpected));
    expect(total.actual).toMatchObject({ printed: '1.00', unit: '万元', wan: '1.00' });
  });

  it('gives no rate for a plan of 0, and rounds a rate half-up only for reading', () => {
    expect(executionRate('0.00', '12.00')).toBeNull();
    expect(executionRate('3.00', '1.00')).toBe('0.3333333333333333333333333333333333333333');
    expect(formatRate('0.99949')).toBe('99.9');
    expect(formatRate('0.99950')).toBe('100.0');
    expect(formatRate('1.25', 0)).toBe('125');
  });
});
