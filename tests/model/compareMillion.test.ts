/**
 * A comparison shown in 百万元 (model/compare/inMillionYuan.ts): every figure and difference is the printed
 * one with the decimal point moved (exact, every digit kept), shares and changes unchanged, and each cell
 * keeps the figure as printed for the 数字出处 popover. Hand-worked figures from the published budgets
 * (haizhu 2021 支出总计 5,921.56 万元, 2025 4,417.50 万元), then every cell of a mixed-unit comparison.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareBudgets, comparisonInMillionYuan } from '../../src/model/compare';
import { toMillionYuan } from '../../src/model/displayAmount';
import type { Budget, BudgetIndex } from '../../src/model/types';

const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));
const index = readJson('public/data/index.json') as BudgetIndex;
const load = (id: string): Budget => readJson(`public/data/budgets/${id}.json`) as Budget;

describe('comparisonInMillionYuan', () => {
  const printed = compareBudgets([load('haizhu-data-bureau-2021'), load('haizhu-data-bureau-2025')], { crosswalk: index.crosswalk });
  const shown = comparisonInMillionYuan(printed);
  const total = (c: typeof printed | typeof shown) => c.totals.find((l) => l.code === 'total')!;

  it('moves the point of the totals and their difference exactly (hand-worked)', () => {
    expect(printed.unit).toBe('万元');
    expect(shown.unit).toBe('百万元');
    expect(total(printed).cells.map((c) => c?.amount)).toEqual(['5921.56', '4417.50']);
    expect(total(shown).cells.map((c) => c?.amount)).toEqual(['59.2156', '44.1750']);
    // 4,417.50 − 5,921.56 = −1,504.06 万元 = −15.0406 百万元
    expect(total(printed).steps[0]?.difference).toBe('-1504.06');
    expect(total(shown).steps[0]?.difference).toBe('-15.0406');
    expect(shown.budgets.map((b) => b.total)).toEqual(['59.2156', '44.1750']);
  });

  it('keeps each figure as printed, the shares and the changes', () => {
    expect(total(shown).cells[0]?.printed).toEqual({ amount: '5921.56', unit: '万元' });
    for (const section of ['totals', 'functional', 'economic', 'income'] as const) {
      printed[section].forEach((line, i) => {
        const other = shown[section][i]!;
        expect(other.key).toBe(line.key);
        line.cells.forEach((cell, j) => {
          const c = other.cells[j];
          if (cell === null) {
            expect(c).toBeNull();
            return;
          }
          expect(c?.amount).toBe(toMillionYuan(cell.amount, '万元'));
          expect(c?.share?.toString()).toBe(cell.share?.toString());
          expect(c?.printed).toEqual(cell.printed ?? { amount: cell.amount, unit: '万元' });
        });
        line.steps.forEach((st, j) => {
          expect(other.steps[j]?.difference).toBe(st.difference === null ? null : toMillionYuan(st.difference, '万元'));
          expect(other.steps[j]?.change?.toString()).toBe(st.change?.toString());
        });
      });
    }
  });

  it('in a comparison of 元 and 万元 budgets, a converted cell keeps its own printed figure in 元', () => {
    const yuan = index.budgets.find((e) => e.unit === '元')!;
    const wan = index.budgets.find((e) => e.unit === '万元')!;
    const mixed = compareBudgets([load(yuan.id), load(wan.id)], { crosswalk: index.crosswalk });
    expect(mixed.converted).toBe(true);
    const m = comparisonInMillionYuan(mixed);
    const first = total(m).cells[0]!;
    expect(first.printed?.unit).toBe('元');
    // The printed 元 moved six places, every printed digit kept (not the 万元 step's, which may drop a zero).
    expect(first.amount).toBe(toMillionYuan(first.printed!.amount, '元'));
  });
});
