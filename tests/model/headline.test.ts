import { describe, expect, it } from 'vitest';
import { buildHeadline } from '../../src/model/headline';
import { formatShare } from '../../src/model/format';
import { a, sampleBudget } from '../fixtures/sampleBudget';

describe('buildHeadline', () => {
  it('passes printed totals through untouched, with their sources', () => {
    const h = buildHeadline(sampleBudget());
    expect(h.total.amount).toBe('5921.56');
    expect(h.total.src).toEqual({ table: 't03', lines: [474, 474] });
    expect(h.incomeTotal.amount).toBe('5921.56');
    // 收入总计's own line, from printedTotals
    expect(h.incomeTotal.src).toEqual({ table: 't02', lines: [434, 434] });
    expect(h.basic.amount).toBe('2171.03');
    expect(h.project.amount).toBe('3750.53');
  });

  it('gives shares of 支出总计 for basic and project spending, rounded only for display', () => {
    const h = buildHeadline(sampleBudget());
    expect(formatShare(h.basic.share)).toBe('36.7%');
    expect(formatShare(h.project.share)).toBe('63.3%');
    // exact: 2171.03 / 5921.56 × 100
    expect(h.basic.share?.toFixed(4)).toBe('36.6631');
    expect(h.basicProjectDifference).toBeNull();
  });

  it('lists income by source in printed order with shares of 收入总计', () => {
    const h = buildHeadline(sampleBudget());
    expect(h.income.map((l) => [l.key, l.name, l.amount])).toEqual([
      ['generalPublic', '一般公共预算', '5911.03'],
      ['carryover', '上年预结转', '10.53'],
    ]);
    expect(formatShare(h.income[0]?.share ?? null)).toBe('99.8%');
    expect(formatShare(h.income[1]?.share ?? null)).toBe('0.2%');
    expect(h.incomeLinesDifference).toBeNull();
    expect(h.incomeVsExpenditure).toBeNull();
  });

  it('exposes differences between printed totals and their parts', () => {
    const b = sampleBudget();
    b.incomeTotal = a('5921.66');
    b.expenditure = { ...b.expenditure, basic: a('2171.00') };
    const h = buildHeadline(b);
    expect(h.incomeLinesDifference).toBe('0.10');
    expect(h.incomeVsExpenditure).toBe('0.10');
    expect(h.basicProjectDifference).toBe('0.03');
  });

  it('splits 三公经费 into its three parts and checks them', () => {
    const h = buildHeadline(sampleBudget());
    const t = h.threePublic;
    expect(t?.total.amount).toBe('3.00');
    expect(t?.parts.map((p) => [p.key, p.amount, formatShare(p.share)])).toEqual([
      ['outbound', '0.00', '0.0%'],
      ['vehicle', '2.08', '69.3%'],
      ['reception', '0.92', '30.7%'],
    ]);
    expect(t?.partsDifference).toBeNull();
    expect(t?.meeting).toBeUndefined();
  });

  it('flags 三公经费 parts that do not add up', () => {
    const b = sampleBudget();
    if (!b.threePublic) throw new Error('fixture');
    b.threePublic.reception = a('0.90');
    expect(buildHeadline(b).threePublic?.partsDifference).toBe('0.02');
  });

  it('points 收入总计 at the first income line where no printed total matches it', () => {
    const b = sampleBudget();
    b.printedTotals = [];
    expect(buildHeadline(b).incomeTotal.src).toEqual({ table: 't02', lines: [434, 434] });
  });

  it('lists only the 三公 parts that are printed (003 prints no vehicle column)', () => {
    const b = sampleBudget();
    if (!b.threePublic) throw new Error('fixture');
    b.threePublic = { total: a('71.33'), outbound: a('30.00'), reception: a('41.33'), meeting: a('12.00'), src: b.threePublic.src };
    const t = buildHeadline(b).threePublic;
    expect(t?.parts.map((p) => p.key)).toEqual(['outbound', 'reception']);
    expect(t?.vehicleParts).toEqual([]);
    expect(t?.meeting?.amount).toBe('12.00');
    expect(t?.partsDifference).toBeNull();
  });

  it('checks the vehicle part through its two halves where only they are printed', () => {
    const b = sampleBudget();
    if (!b.threePublic) throw new Error('fixture');
    const { vehicle: _v, ...rest } = b.threePublic;
    b.threePublic = { ...rest, vehicleOperation: a('2.00') };
    expect(buildHeadline(b).threePublic?.partsDifference).toBe('0.08');
  });

  it('has no 三公 block where the budget prints none, and zero-income budgets give no share', () => {
    const b = sampleBudget();
    delete b.threePublic;
    b.incomeTotal = a('0.00');
    const h = buildHeadline(b);
    expect(h.threePublic).toBeNull();
    expect(h.income[0]?.share).toBeNull();
    expect(formatShare(h.income[0]?.share ?? null)).toBe('—');
  });
});
