import { describe, expect, it } from 'vitest';
import { blanksIn, lineTokens, placeAmounts, trailingBlanks, type Token } from '../../../src/normalizer/readers/lineTokens';

type AmountToken = Extract<Token, { kind: 'amount' }>;
const amounts = (line: string) => lineTokens(line).filter((t): t is AmountToken => t.kind === 'amount');

describe('lineTokens', () => {
  it('splits a two-sided line into labels and amounts, as printed and normalised', () => {
    expect(lineTokens('七、上年预结转\t10. 53\t\t\t').map((t) => (t.kind === 'text' ? t.text : `${t.printed}→${t.value}`))).toEqual([
      '七、上年预结转',
      '10. 53→10.53',
    ]);
    expect(lineTokens('十一、城乡社区支出 1,900.00').map((t) => (t.kind === 'text' ? t.text : t.value))).toEqual(['十一、城乡社区支出', '1900.00']);
  });

  it('keeps exact offsets so that the separators can be measured', () => {
    const line = ' 190005   广州市政务服务中心 1,021.28 1,021.28 1,021.28                     ';
    const a = amounts(line);
    expect(a.map((t) => line.slice(t.start, t.end))).toEqual(['1,021.28', '1,021.28', '1,021.28']);
  });
});

describe('blank cells', () => {
  it.each([
    [' ', 0],
    ['   ', 1],
    ['                   ', 9],
    ['\t', 0],
    ['\t\t\t', 2],
  ])('separator %j holds %i blank cells', (sep, n) => {
    expect(blanksIn(sep)).toBe(n);
  });

  it('003 表二: 上年结转 lands in column 13 after nine blank cells; trailing blanks fill the row', () => {
    const line = '  合  计 15,947.98 14,777.19 14,777.19                   1,170.79 ';
    const a = amounts(line);
    expect(placeAmounts(line, a, 13)).toEqual([
      '15947.98',
      '14777.19',
      '14777.19',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '1170.79',
    ]);
    const row = '190005   广州市政务服务中心 1,021.28 1,021.28 1,021.28                     ';
    const b = amounts(row);
    expect(trailingBlanks(row, b[b.length - 1]?.end ?? 0)).toBe(10);
  });

  it('returns null where the amounts do not fit the columns', () => {
    const line = '1.00 2.00 3.00';
    expect(placeAmounts(line, amounts(line), 2)).toBeNull();
  });
});
