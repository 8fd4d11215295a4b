/**
 * units.ts: exact conversion between 元 and 万元 (1 万元 = 10,000 元), comparison across units, and the
 * unit of a figure (its table's), checked against the committed budgets as well as table-driven cases.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkUnit, commonUnit, compareAcrossUnits, convertAmount, srcUnit, tableUnit, threePublicUnit, toYuan } from '../../src/model/units';
import { dec } from '../../src/model/decimal';
import type { Amount, Budget, BudgetIndex } from '../../src/model/types';

const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));
const index = readJson('public/data/index.json') as BudgetIndex;
const load = (id: string): Budget => readJson(`public/data/budgets/${id}.json`) as Budget;
const a = (s: string): Amount => s as Amount;

describe('convertAmount: exact, every digit kept', () => {
  it.each([
    ['3286618082.20', '元', '万元', '328661.80822'],
    ['1.00', '元', '万元', '0.0001'],
    ['0.01', '元', '万元', '0.000001'],
    ['26538.47', '万元', '元', '265384700.00'],
    ['0.0001', '万元', '元', '1.00'],
    ['42.24', '万元', '元', '422400.00'],
    ['-3.5', '万元', '元', '-35000.00'],
    ['0', '元', '万元', '0.00'],
    ['5921.56', '万元', '万元', '5921.56'],
    ['13097100', '元', '元', '13097100'],
  ] as const)('%s %s → %s = %s', (amount, from, to, expected) => {
    expect(convertAmount(a(amount), from, to)).toBe(expected);
  });

  it('round-trips exactly (元 → 万元 → 元), never through a float', () => {
    for (const s of ['3286618082.20', '82527880.20', '0.01', '99999999999999.99', '123456789012345678.91']) {
      const there = convertAmount(a(s), '元', '万元');
      expect(dec(convertAmount(there, '万元', '元')).equals(dec(s))).toBe(true);
    }
    // A float would lose this one: 0.1 + 0.2 style error over 18 significant digits.
    expect(convertAmount(a('123456789012345678.91'), '元', '万元')).toBe('12345678901234.567891');
  });

  it('toYuan multiplies 万元 by 10,000 exactly', () => {
    expect(toYuan('1309.71', '万元').toFixed(2)).toBe('13097100.00');
    expect(toYuan('1309.71', '元').toFixed(2)).toBe('1309.71');
  });
});

describe('compareAcrossUnits / commonUnit', () => {
  it('compares the money, not the printed digits', () => {
    expect(compareAcrossUnits('100000.00', '元', '11.00', '万元')).toBe(-1);
    expect(compareAcrossUnits('110000.00', '元', '11.00', '万元')).toBe(0);
    expect(compareAcrossUnits('110000.01', '元', '11.00', '万元')).toBe(1);
    expect(compareAcrossUnits('5921.56', '万元', '4417.50', '万元')).toBe(1);
  });
  it('keeps one shared unit, else 万元', () => {
    expect(commonUnit(['元', '元'])).toBe('元');
    expect(commonUnit(['万元', '万元'])).toBe('万元');
    expect(commonUnit(['元', '万元'])).toBe('万元');
    expect(commonUnit([])).toBe('万元');
  });
  it('orders every committed budget by its total in 元 consistently', () => {
    const sorted = [...index.budgets].sort((x, y) => compareAcrossUnits(x.total, x.unit, y.total, y.unit));
    for (let i = 1; i < sorted.length; i++) {
      const [p, q] = [sorted[i - 1]!, sorted[i]!];
      expect(toYuan(p.total, p.unit).lte(toYuan(q.total, q.unit))).toBe(true);
    }
  });
});

describe('the unit of a figure is its table’s', () => {
  const yuan = index.budgets.find((e) => e.unit === '元');
  it('a 元 budget exists in the data, with its tables in 元 and 三公 in ThreePublic.unit', () => {
    expect(yuan).toBeDefined();
    const b = load(yuan!.id);
    expect(b.unit).toBe('元');
    expect(srcUnit(b, b.expenditure.src)).toBe('元');
    expect(b.threePublic).toBeDefined();
    expect(threePublicUnit(b)).toBe(b.threePublic!.unit ?? '元');
    expect(srcUnit(b, b.threePublic!.src)).toBe(threePublicUnit(b));
  });
  it('agrees with BudgetTable.unit for every table of every budget; an unknown table falls back to the budget', () => {
    for (const e of index.budgets) {
      const b = load(e.id);
      for (const t of b.tables) expect(tableUnit(b, t.key)).toBe(t.unit);
      expect(tableUnit(b, 'no-such-table')).toBe(b.unit);
      for (const c of b.checks) {
        const units = new Set(c.refs.map((r) => srcUnit(b, r)));
        expect(checkUnit(b, c)).toBe(units.size === 1 ? [...units][0] : b.unit);
      }
    }
  });
});
