/**
 * displayAmount.ts: 百万元 (million yuan) from 元 and 万元, exact, every printed digit kept
 * (1 百万元 = 100 万元 = 1,000,000 元), and the modes each language starts in. Checked by hand-worked cases and
 * against every committed budget (multiplying back gives the printed figure exactly).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultAmountMode, effectiveAmountMode, formatShown, shownAmount, shownFormatter, shownUnit, toMillionYuan } from '../../src/model/displayAmount';
import { dec } from '../../src/model/decimal';
import type { Budget, BudgetIndex, MoneyUnit } from '../../src/model/types';

const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));
const index = readJson('public/data/index.json') as BudgetIndex;

describe('toMillionYuan: a shift of the decimal point, nothing rounded away', () => {
  it.each([
    // 万元: two places.
    ['4417.50', '万元', '44.1750'],
    ['5921.56', '万元', '59.2156'],
    ['1309.71', '万元', '13.0971'],
    ['0.01', '万元', '0.0001'],
    ['12', '万元', '0.12'],
    ['-3.5', '万元', '-0.035'],
    ['-1234567.89', '万元', '-12345.6789'],
    ['0.00', '万元', '0.0000'],
    ['-0.00', '万元', '0.0000'],
    // 元: six places.
    ['3286618082.20', '元', '3286.61808220'],
    ['1.00', '元', '0.00000100'],
    ['0.01', '元', '0.00000001'],
    ['1000000', '元', '1.000000'],
    ['-250000.5', '元', '-0.2500005'],
    ['0', '元', '0.000000'],
    // Many digits: beyond a float's 15–17, still exact.
    ['123456789012345678.99', '元', '123456789012.34567899'],
    ['98765432109876.54321', '万元', '987654321098.7654321'],
  ] as const)('%s %s → %s 百万元', (printed, unit, expected) => {
    expect(toMillionYuan(printed, unit)).toBe(expected);
  });

  it('formatShown groups thousands and keeps the digits; printed mode is formatAmount untouched', () => {
    expect(formatShown('4417.50', '万元', 'million')).toBe('44.1750');
    expect(formatShown('3286618082.20', '元', 'million')).toBe('3,286.61808220');
    expect(formatShown('-98765432.1', '万元', 'million')).toBe('-987,654.321');
    expect(formatShown('4417.50', '万元', 'printed')).toBe('4,417.50');
    expect(formatShown('3286618082.20', '元', 'printed')).toBe('3,286,618,082.20');
    expect(shownFormatter('元', 'million')('1000000.00')).toBe('1.00000000');
  });

  it('shownAmount and shownUnit name the unit shown', () => {
    expect(shownAmount('4417.50', '万元', 'million')).toEqual({ amount: '44.1750', unit: '百万元' });
    expect(shownAmount('4417.50', '万元', 'printed')).toEqual({ amount: '4417.50', unit: '万元' });
    expect(shownUnit('元', 'million')).toBe('百万元');
    expect(shownUnit('元', 'printed')).toBe('元');
  });

  it('English starts in million yuan, Chinese in the printed unit; a chosen mode wins', () => {
    expect(defaultAmountMode('en')).toBe('million');
    expect(defaultAmountMode('zh')).toBe('printed');
    expect(effectiveAmountMode('en', undefined)).toBe('million');
    expect(effectiveAmountMode('en', 'printed')).toBe('printed');
    expect(effectiveAmountMode('zh', 'million')).toBe('million');
  });
});

describe('every committed budget: the 百万元 figure times 10^6 / 10^2 is the printed figure exactly', () => {
  const back: Record<MoneyUnit, string> = { 元: '1000000', 万元: '100' };
  for (const e of index.budgets) {
    it(`${e.id} (${e.unit})`, () => {
      const b = readJson(`public/data/${e.file}`) as Budget;
      for (const a of [b.expenditure.total, b.expenditure.basic, b.expenditure.project, ...b.functional.map((l) => l.total)]) {
        const m = toMillionYuan(a, b.unit);
        expect(dec(m).times(back[b.unit]).equals(dec(a)), `${a} → ${m}`).toBe(true);
        const places = (a.split('.')[1] ?? '').length + (b.unit === '元' ? 6 : 2);
        expect((m.split('.')[1] ?? '').length).toBe(places);
      }
    });
  }
});
