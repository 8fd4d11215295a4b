import { describe, expect, it } from 'vitest';
import { compareAmounts, formatAmount, formatDifference, formatShare } from '../../src/model/format';
import { dec } from '../../src/model/decimal';

describe('formatAmount', () => {
  it.each([
    ['5921.56', '5,921.56'],
    ['1182.9', '1,182.9'],
    ['0.00', '0.00'],
    ['1234567.891', '1,234,567.891'],
    ['-3750.53', '-3,750.53'],
    ['999', '999'],
  ])('%s → %s (digits never change)', (input, out) => {
    expect(formatAmount(input)).toBe(out);
  });
});

describe('formatShare', () => {
  it.each([
    ['91.38923', '91.4%'],
    ['0.05', '0.1%'],
    ['0.04', '<0.1%'],
    ['0', '0.0%'],
    ['100', '100.0%'],
    ['12.25', '12.3%'],
  ])('%s → %s', (p, out) => {
    expect(formatShare(dec(p))).toBe(out);
  });
  it('shows a dash for an undefined share', () => {
    expect(formatShare(null)).toBe('—');
  });
});

describe('formatDifference and compareAmounts', () => {
  it('signs differences', () => {
    expect(formatDifference('0.07')).toBe('+0.07');
    expect(formatDifference('-1170.79')).toBe('-1,170.79');
  });
  it('compares exactly', () => {
    expect(compareAmounts('10.10', '10.1')).toBe(0);
    expect(compareAmounts('9.99', '10')).toBe(-1);
    expect(compareAmounts('15947.98', '5921.56')).toBe(1);
  });
});
