import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headlineSentence, per100 } from '../../src/model/headlineSentence';
import type { Amount, Budget, BudgetIndex } from '../../src/model/types';

const DATA = join(process.cwd(), 'public', 'data');
const index = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as BudgetIndex;
const budgets = index.budgets.map((e) => JSON.parse(readFileSync(join(DATA, e.file), 'utf8')) as Budget);
const a = (s: string) => s as Amount;

describe('per100', () => {
  it('rounds half-up to whole yuan and says approximate only where rounding changed the figure', () => {
    // 1,182.90 of 1,309.71 = 90.317…% → about 90; 37.5 of 100 → about 38 (half-up); 25 of 100 → exactly 25.
    expect(per100(a('1182.90'), a('1309.71'))).toEqual({ yuan: '90', approximate: true });
    expect(per100(a('37.50'), a('100.00'))).toEqual({ yuan: '38', approximate: true });
    expect(per100(a('25.00'), a('100.00'))).toEqual({ yuan: '25', approximate: false });
    expect(per100(a('1.00'), a('0.00'))).toBeNull();
  });
});

describe('headlineSentence', () => {
  it('names the largest 功能分类 类 of every budget, with its exact share of the printed total', () => {
    for (const b of budgets) {
      const s = headlineSentence(b);
      expect(s.total).toBe(b.expenditure.total);
      const first = s.lines[0];
      expect(first, b.id).toBeDefined();
      // The named 类 is at least as large as every other 类 the document prints at department level.
      const printedLei = b.functional.filter((f) => f.level === 'lei' && f.unit === undefined);
      for (const f of printedLei) expect(Number(f.total) <= Number(first!.amount) + 1e-9, `${b.id} ${f.code}`).toBe(true);
      const exact = (Number(first!.amount) / Number(b.expenditure.total)) * 100;
      expect(Math.abs(Number(first!.per100.yuan) - exact)).toBeLessThanOrEqual(0.5);
    }
  });

  it('names a second 类 only when it takes at least 5 of every 100, and splits basic and project from the printed figures', () => {
    for (const b of budgets) {
      const s = headlineSentence(b);
      if (s.lines[1]) expect(Number(s.lines[1].per100.yuan)).toBeGreaterThanOrEqual(5);
      expect(s.basic).toEqual(per100(b.expenditure.basic, b.expenditure.total));
      expect(s.project).toEqual(per100(b.expenditure.project, b.expenditure.total));
    }
  });

  it('says when the 类 figures are sums of per-unit rows (a document that prints no department row)', () => {
    const summed = budgets.filter((b) => !b.functional.some((f) => f.level === 'lei' && f.unit === undefined) && b.functional.length > 0);
    expect(summed.length).toBeGreaterThan(0);
    for (const b of summed) expect(headlineSentence(b).linesSummed).toBe(true);
  });
});
