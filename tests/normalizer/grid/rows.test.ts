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

  it('gives each column group its own wrapped names (决算 基本支出 table, names wrapped in both groups)', () => {
    // A made-up table in the shape of a 2024 决算 基本支出决算表: the left group's 30110 and 30111 wrap over
    // three lines, the right group's 30208 over two, in one run of text-only lines between lines of figures.
    const L = (left: string, right: string) => `${left.padEnd(64)}${right}`;
    const text = [
      L('          30109       职业年金缴费              12.30', '30207       邮电费                3.40'),
      L('                      职工基本医疗保险', ''),
      L('', '                    取暖费'),
      L('          30110                                 8.05', '30208                             1.10'),
      L('                    缴费', ''),
      L('                      公务员医疗补助缴', ''),
      L('          30111                                 0.50', '30209       物业管理费            6.00'),
      L('                    费', ''),
      L('          30112       其他社会保障缴费          0.20', '30211       差旅费                2.25'),
    ].join('\n');
    expect(brief(text, /^3/u)).toEqual([
      '1-1 30109 职业年金缴费 12.30',
      '1-1 30207 邮电费 3.40',
      '2-5 30110 职工基本医疗保险缴费 8.05',
      '3-4 30208 取暖费 1.10',
      '6-8 30111 公务员医疗补助缴费 0.50',
      '7-7 30209 物业管理费 6.00',
      '9-9 30112 其他社会保障缴费 0.20',
      '9-9 30211 差旅费 2.25',
    ]);
  });

  it('drops a wrapped column header repeated on a new page ("科目" / "编码" on two lines)', () => {
    expect(brief('302 07 邮电费 500.00\n部门预算经济分类科目\n编码\n类 款\n302 11 差旅费 200.00', /^3/u)).toEqual([
      '1-1 30207 邮电费 500.00',
      '5-5 30211 差旅费 200.00',
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
