import { describe, expect, it } from 'vitest';
import { gridRows } from '../../../src/normalizer/grid/rows';

const lines = (text: string) => text.split('\n').map((t, i) => ({ n: i + 1, text: t }));
const brief = (text: string, lead?: RegExp) =>
  gridRows(lines(text), lead).map((r) => `${r.lines.join('-')} ${r.code} ${r.label} ${r.nums.map((n) => n.printed).join(' ')}`.trim());

describe('gridRows', () => {
  it('joins a name wrapped above and below its figures (wenlvju 收入决算表, flowing text)', () => {
    expect(
      brief(
        [
          '2080502 事业单位离退休 361.85 361.85',
          '机关事业单位基本养老保险缴费',
          '2080505 699.30 699.30',
          '支出',
          '2080506 机关事业单位职业年金缴费支出 349.63 349.63',
        ].join('\n'),
      ),
    ).toEqual([
      '1-1 2080502 事业单位离退休 361.85 361.85',
      '2-4 2080505 机关事业单位基本养老保险缴费支出 699.30 699.30',
      '5-5 2080506 机关事业单位职业年金缴费支出 349.63 349.63',
    ]);
  });

  it('gives a three-line name its middle part and both halves (21219)', () => {
    expect(brief(['212 城乡社区支出 2,000.00 2,000.00', '国有土地使用权出让收入对应专项', '21219 2,000.00 2,000.00', '债务收入安排的支出'].join('\n'))).toEqual(
      ['1-1 212 城乡社区支出 2,000.00 2,000.00', '2-4 21219 国有土地使用权出让收入对应专项债务收入安排的支出 2,000.00 2,000.00'],
    );
  });

  it('reads values printed on the line above their label (caizhengju, column-aligned)', () => {
    const text = [
      '            201                                                          22,186,440.80   22,186,440.80',
      '                               一般公共服务支出',
      '            201    06          财政事务                                      22,186,440.80   22,186,440.80',
      '                                                                        31,214,205.80  31,214,205.80',
      '                                     合计',
    ].join('\n');
    expect(brief(text)).toEqual([
      '1-2 201 一般公共服务支出 22,186,440.80 22,186,440.80',
      '3-3 20106 财政事务 22,186,440.80 22,186,440.80',
      '4-5  合计 31,214,205.80 31,214,205.80',
    ]);
  });

  it('splits two column groups of one line into two rows (决算 基本支出 table)', () => {
    expect(brief('30103 奖金 916.98 30203 咨询费\n30106 伙食补助费 30204 手续费 0.25', /^3/u)).toEqual([
      '1-1 30103 奖金 916.98',
      '1-1 30203 咨询费',
      '2-2 30106 伙食补助费',
      '2-2 30204 手续费 0.25',
    ]);
  });

  it('reads a 款 cell that lost its leading zero ("301 2 津贴补贴" is 30102)', () => {
    expect(
      brief('              301        2     津贴补贴                                                   16,623,810        16,623,810                0 ', /^3/u),
    ).toEqual(['1-1 30102 津贴补贴 16,623,810 16,623,810 0']);
  });

  it('drops a column header repeated on a continuation page ("类 款 项")', () => {
    expect(brief('类 款 项\n210 卫生健康支出 4,484,631.60 4,484,631.60 0.00')).toEqual(['2-2 210 卫生健康支出 4,484,631.60 4,484,631.60 0.00']);
  });
});
