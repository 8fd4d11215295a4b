import { describe, expect, it } from 'vitest';
import { readLine } from '../../../src/normalizer/cells';
import { kuanColumnsIn } from '../../../src/normalizer/readers/economicCodes';
import { readGoodsServicesByUnit } from '../../../src/normalizer/readers/economicTables';
import { placeCells } from '../../../src/normalizer/readers/goodsServicesByUnit';
import { readTable, sourceText } from '../../support/sources';

const SOURCE = '003_0d6200e57f68ae87.txt';

/** 表六 of a text, as read. */
const read6 = (text: string) => readTable(SOURCE, text, 'goodsServicesByUnit', readGoodsServicesByUnit);

/** A data line as pdftotext -layout printed it (trailing spaces kept) → its cells in 13 columns. */
const place = (line: string, width = 13) => {
  const cells = readLine(line);
  return placeCells({ ...cells, valueLine: line }, width);
};

// 003 表六 column header (lines 1608–1667): one or two characters per line.
const HEADER_003 = [
  '单位编码 单位名称（功能科目） 预算金额 ',
  '其中：主要经济分类“款”级科目预算 ',
  '办公费 印刷费 ',
  '水',
  '费 ',
  '电',
  '费 ',
  '物',
  '业 ',
  '管',
  '理',
  '费 ',
  '因公 ',
  '出国',
  '（境）',
  '费用 ',
  '会议',
  '费 ',
  '培训',
  '费 ',
  '公务 ',
  '接待',
  '费 ',
  '劳务',
  '费 ',
  '工会 ',
  '经费 ',
  '公务用',
  '车运行',
  '维护费 ',
  '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 ',
];

describe('kuanColumnsIn: 款 columns named in a header broken over lines', () => {
  it('003 表六: the twelve 款 in printed order with their 部门经济分类 codes', () => {
    expect(kuanColumnsIn(HEADER_003.join('\n')).map((c) => `${c.kuan.code} ${c.kuan.name}`)).toEqual([
      '30201 办公费',
      '30202 印刷费',
      '30205 水费',
      '30206 电费',
      '30209 物业管理费',
      '30212 因公出国（境）费用',
      '30215 会议费',
      '30216 培训费',
      '30217 公务接待费',
      '30226 劳务费',
      '30228 工会经费',
      '30231 公务用车运行维护费',
    ]);
  });
});

describe('placeCells: blank cells from the runs of spaces (003 表六, 13 amount columns)', () => {
  const _ = null;
  it.each([
    // 合计: 水费, 电费, 物业管理费, 因公出国（境）费用 blank (9 spaces = 4 blank cells)
    [
      '  合计 507.57 62.62 8.37         13.80 15.74 4.73 27.70 49.52 15.60 ',
      ['507.57', '62.62', '8.37', _, _, _, _, '13.80', '15.74', '4.73', '27.70', '49.52', '15.60'],
      true,
    ],
    // 培训费 blank in the middle (3 spaces), 公务用车运行维护费 blank at the end
    [
      '  广州市政务服务中心 155.04 27.50 3.20         3.70   2.10 10.20 14.82   ',
      ['155.04', '27.50', '3.20', _, _, _, _, '3.70', _, '2.10', '10.20', '14.82', _],
      true,
    ],
    // 预算金额 only, twelve blank cells after it (25 spaces)
    [`190001  归口管理的行政单位离退休 2.47${' '.repeat(25)}`, ['2.47', _, _, _, _, _, _, _, _, _, _, _, _], true],
    // tab-separated: an empty cell is an empty field between tabs
    ['\t合计\t5.00\t1.00\t\t\t\t\t\t\t\t\t\t\t2.00', ['5.00', '1.00', _, _, _, _, _, _, _, _, _, _, '2.00'], true],
    // an even run of spaces (2 cells? 1?) is ambiguous: read, but flagged not exact
    ['  某单位 10.00 1.00          2.00 ', ['10.00', '1.00', _, _, _, _, '2.00', _, _, _, _, _, _], false],
  ])('%j', (line, cells, exact) => {
    expect(place(line)).toEqual({ cells, exact });
  });

  it('null where the row has more amounts than the table has columns', () => {
    expect(place('合计 1.00 2.00 3.00', 2)).toBeNull();
  });
});

describe('readGoodsServicesByUnit on 003 表六 (layout-preserved 2017 table)', () => {
  const { facts, warnings, ctx } = read6(sourceText(SOURCE));

  it('reads the table the segmenter found at lines 1604–1691 without warnings', () => {
    expect(ctx.table.lines).toEqual([1604, 1691]);
    expect(warnings).toEqual([]);
  });

  it('emits one EconomicRow per unit per non-blank cell: 302 = 预算金额, then the 款', () => {
    const rows = facts.economic ?? [];
    expect(rows).toHaveLength(33);
    expect(rows.every((r) => r.spending === 'basic' && r.src.table === ctx.table.key)).toBe(true);
    expect(rows.filter((r) => r.unit === '190005').map((r) => [r.code, r.name, r.amount, r.src.lines[0]])).toEqual([
      ['302', '商品和服务支出', '155.04', 1681],
      ['30201', '办公费', '27.50', 1681],
      ['30202', '印刷费', '3.20', 1681],
      ['30215', '会议费', '3.70', 1681],
      ['30217', '公务接待费', '2.10', 1681],
      ['30226', '劳务费', '10.20', 1681],
      ['30228', '工会经费', '14.82', 1681],
    ]);
  });

  it('takes each unit’s 单位编码 from its 功能科目 rows and does not double its figures', () => {
    const rows = facts.economic ?? [];
    expect(rows.filter((r) => r.code === '302').map((r) => [r.unit, r.amount])).toEqual([
      ['190001', '157.38'],
      ['190004', '87.10'],
      ['190005', '155.04'],
      ['190006', '108.05'],
    ]);
    // 190006 prints no 公务用车运行维护费: no row for a blank cell.
    expect(rows.some((r) => r.unit === '190006' && r.code === '30231')).toBe(false);
  });

  it('prints the 合计 row as totals: 预算金额 and each non-blank 款 column', () => {
    expect(facts.printedTotals?.map((p) => [p.key, p.amount])).toEqual([
      ['goodsServices.total', '507.57'],
      ['goodsServices.30201', '62.62'],
      ['goodsServices.30202', '8.37'],
      ['goodsServices.30215', '13.80'],
      ['goodsServices.30216', '15.74'],
      ['goodsServices.30217', '4.73'],
      ['goodsServices.30226', '27.70'],
      ['goodsServices.30228', '49.52'],
      ['goodsServices.30231', '15.60'],
    ]);
    expect(facts.printedTotals?.every((p) => p.src.lines[0] === 1669)).toBe(true);
  });
});
