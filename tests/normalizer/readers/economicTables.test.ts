import { describe, expect, it } from 'vitest';
import type { EconomicRow } from '../../../src/model/types';
import { classificationsOf, readBasicByEconomic, readProjectByEconomic } from '../../../src/normalizer/readers/economicTables';
import { type DocNumber, readTable, sourceText } from '../../support/sources';

const read = (text: string, kind: 'basicByEconomic' | 'projectByEconomic') =>
  readTable('snippet.txt', text, kind, kind === 'basicByEconomic' ? readBasicByEconomic : readProjectByEconomic);

/** code, govCode, name, amount, first source line: what a reader must get right. */
const brief = (r: EconomicRow) => [r.code, r.govCode ?? '', r.name, r.amount, r.src.lines[0]];

describe('classificationsOf: the printed forms of economic classification codes', () => {
  it.each([
    [
      ['[505]对事业单位经常性补助 [301]工资福利支出'],
      [
        ['505', '对事业单位经常性补助'],
        ['301', '工资福利支出'],
      ],
    ],
    [
      ['[50501]工资福利支出', '[30101]基本工资'],
      [
        ['50501', '工资福利支出'],
        ['30101', '基本工资'],
      ],
    ],
    [['[30206] 电费'], [['30206', '电费']]],
    [['[30213]维修（护）费'], [['30213', '维修（护）费']]],
    [
      ['[50501]工资福利支出', '[30108]机关事业单位基本养老保', '险缴费'],
      [
        ['50501', '工资福利支出'],
        ['30108', '机关事业单位基本养老保险缴费'],
      ],
    ],
    [['合 计'], []],
  ])('%j', (text, expected) => {
    expect(classificationsOf(text)?.map((c) => [c.code, c.name])).toEqual(expected);
  });

  it('rejects a code that is neither 类 (3 digits) nor 款 (5)', () => {
    expect(classificationsOf(['[2010301]行政运行'])).toBeNull();
  });
});

describe('readBasicByEconomic / readProjectByEconomic: one layout family per document', () => {
  it('002: space-separated, [code] prefixes, 款 indented with full-width spaces', () => {
    const text = [
      '表6',
      '',
      '一般公共预算基本支出情况表（按经济分类科目）',
      '',
      '部门预算支出经济科目 预算',
      '',
      '合计 2,507.50',
      '',
      '[301]工资福利支出 2,345.80',
      '',
      '\u3000[30101]基本工资 292.76',
      '',
      '[303]对个人和家庭的补助 20.90',
      '',
      '\u3000[30302]退休费 20.49',
      ' 部门预算支出经济科目 预算',
      '',
      '\u3000[30399]其他对个人和家庭的补助 0.04',
      '',
      '注：无。',
    ].join('\n');
    const { facts, warnings } = read(text, 'basicByEconomic');
    expect(facts.economic?.map(brief)).toEqual([
      ['301', '', '工资福利支出', '2345.80', 9],
      ['30101', '', '基本工资', '292.76', 11],
      ['303', '', '对个人和家庭的补助', '20.90', 13],
      ['30302', '', '退休费', '20.49', 15],
      ['30399', '', '其他对个人和家庭的补助', '0.04', 18],
    ]);
    expect(facts.economic?.every((r) => r.spending === 'basic' && r.unit === undefined && r.src.table === 't01')).toBe(true);
    expect(facts.printedTotals).toEqual([{ key: 'economic.basic.total', amount: '2507.50', src: { table: 't01', lines: [7, 7] } }]);
    expect(warnings).toEqual([]);
  });

  it('002: the project table gives spending "project" and economic.project.total', () => {
    const text = [
      '表7',
      '',
      '一般公共预算项目支出情况表（按经济分类科目）',
      '',
      '部门预算支出经济科目 预算',
      '',
      '合计 10.00',
      '',
      '[302]商品和服务支出 10.00',
      '',
      '\u3000[30299]其他商品和服务支出 10.00',
      '',
      '注：无。',
    ].join('\n');
    const { facts } = read(text, 'projectByEconomic');
    expect(facts.economic?.map((r) => [r.code, r.amount, r.spending])).toEqual([
      ['302', '10.00', 'project'],
      ['30299', '10.00', 'project'],
    ]);
    expect(facts.printedTotals?.map((p) => [p.key, p.amount])).toEqual([['economic.project.total', '10.00']]);
  });

  it('004: tab-separated; a 类 printed twice (two blocks, no label) stays two rows in printed order', () => {
    const text = [
      '一般公共预算基本支出情况表（按经济分类科目）',
      '',
      '单位名称：广州市白云区政务服务数据管理局',
      '',
      '单位：万元',
      '',
      '部门预算支出经济科目\t预算',
      '合 计\t1,422.84',
      '[301]工资福利支出\t702.36',
      '[30113]住房公积金\t60.31',
      '[301]工资福利支出\t549.72',
      '[30101]基本工资\t64.34',
      '[30213]维修（护）费\t3.00',
    ].join('\n');
    const { facts, warnings } = read(text, 'basicByEconomic');
    expect(facts.economic?.map(brief)).toEqual([
      ['301', '', '工资福利支出', '702.36', 9],
      ['30113', '', '住房公积金', '60.31', 10],
      ['301', '', '工资福利支出', '549.72', 11],
      ['30101', '', '基本工资', '64.34', 12],
      ['30213', '', '维修（护）费', '3.00', 13],
    ]);
    expect(facts.printedTotals?.[0]?.amount).toBe('1422.84');
    expect(warnings).toEqual([]);
  });

  it('001: tab-separated OCR, two classifications side by side, "3. 17", [301] under [501] and again under [505]', () => {
    const text = [
      '一般公共预算基本支出情况表(按支出经济分类科目)',
      '',
      '政府预算经济分类\t部门预算经济分类\t2021 年预算',
      '\t合 计\t2171.03',
      '[501]机关工资福利支出\t[301]工资福利支出\t590.19',
      '[50101]工资奖金津补贴\t[30101]基本工资\t66.73',
      '[50201]办公经费\t[30206] 电费\t0.80',
      '[505]对事业单位经常性补助\t[301]工资福利支出\t1,336.70',
      '[50999]其他对个人和家庭的补助\t[30399]其他对个人和家庭的补助\t3. 17',
    ].join('\n');
    const { facts, warnings } = read(text, 'basicByEconomic');
    expect(facts.economic?.map(brief)).toEqual([
      ['301', '501', '工资福利支出', '590.19', 5],
      ['30101', '50101', '基本工资', '66.73', 6],
      ['30206', '50201', '电费', '0.80', 7],
      ['301', '505', '工资福利支出', '1336.70', 8],
      ['30399', '50999', '其他对个人和家庭的补助', '3.17', 9],
    ]);
    expect(facts.economic?.[0]?.govName).toBe('机关工资福利支出');
    expect(facts.economic?.[3]?.govName).toBe('对事业单位经常性补助');
    expect(facts.printedTotals?.[0]?.amount).toBe('2171.03');
    expect(warnings).toEqual([]);
  });

  it('000: pdftotext, two classifications in one space-separated cell, continued on a second page', () => {
    const text = [
      '表 9 ',
      '',
      '一般公共预算基本支出情况表（按支出经济分类科目） ',
      '',
      '部门名称： 广州市海珠区城市社区网格化服务管理中心  单位：万元 ',
      '',
      '政府预算经济分类 部门预算经济分类 2021 年预算 ',
      '',
      ' 合    计 504.71 ',
      '',
      '[505]对事业单位经常性补助 [301]工资福利支出 453.18 ',
      '',
      '  [50501]工资福利支出   [30101]基本工资 59.18 ',
      '',
      '',
      '',
      '表 9 ',
      '',
      '一般公共预算基本支出情况表（按支出经济分类科目） ',
      '',
      '部门名称： 广州市海珠区城市社区网格化服务管理中心  单位：万元 ',
      '',
      '政府预算经济分类 部门预算经济分类 2021 年预算 ',
      '',
      '  [50502]商品和服务支出   [30299]其他商品和服务支出 3.00 ',
      '',
      '[509]对个人和家庭的补助 [303]对个人和家庭的补助 13.45 ',
      '',
      '注：        ',
    ].join('\n');
    const { facts, warnings } = read(text, 'basicByEconomic');
    expect(facts.economic?.map(brief)).toEqual([
      ['301', '505', '工资福利支出', '453.18', 11],
      ['30101', '50501', '基本工资', '59.18', 13],
      ['30299', '50502', '其他商品和服务支出', '3.00', 25],
      ['303', '509', '对个人和家庭的补助', '13.45', 27],
    ]);
    expect(facts.printedTotals?.map((p) => [p.key, p.amount, p.src.lines[0]])).toEqual([['economic.basic.total', '504.71', 9]]);
    expect(warnings).toEqual([]);
  });

  it('a 单位编码 row opens a unit block: rows below carry unit, a code repeated per unit stays one row per unit (constructed layout)', () => {
    const text = [
      '一般公共预算基本支出情况表（按经济分类科目）',
      '部门预算支出经济科目\t预算',
      '合 计\t30.00',
      '550001\t广州市海珠区政务服务数据管理局',
      '[301]工资福利支出\t10.00',
      '550004\t广州市海珠区城市社区网格化服务管理中心',
      '[301]工资福利支出\t20.00',
    ].join('\n');
    const { facts, warnings } = read(text, 'basicByEconomic');
    expect(facts.economic?.map((r) => [r.unit, r.code, r.amount])).toEqual([
      ['550001', '301', '10.00'],
      ['550004', '301', '20.00'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('a row it cannot place is warned about, not dropped silently', () => {
    const text = ['一般公共预算基本支出情况表（按经济分类科目）', '部门预算支出经济科目\t预算', '合 计\t1.00', '[301]工资福利支出\t1.00', '其他\t0.50'].join(
      '\n',
    );
    const { facts, warnings } = read(text, 'basicByEconomic');
    expect(facts.economic).toHaveLength(1);
    expect(warnings.map((w) => [w.code, w.at?.lines])).toEqual([['ROW_UNREAD', [5, 5]]]);
  });
});

describe('the real documents: every row of each economic table', () => {
  function readReal(doc: DocNumber, kind: 'basicByEconomic' | 'projectByEconomic') {
    return read(sourceText(doc), kind);
  }

  it.each([
    // document, table, rows printed (类 + 款, 合计 excluded), 合计, first and last row
    ['000', 'basicByEconomic', 19, '504.71', ['301', '505', '工资福利支出', '453.18', 1256], ['30309', '50901', '奖励金', '13.45', 1302]],
    ['001', 'basicByEconomic', 44, '2171.03', ['301', '501', '工资福利支出', '590.19', 644], ['30399', '50999', '其他对个人和家庭的补助', '3.17', 697]],
    ['002', 'basicByEconomic', 25, '2507.50', ['301', '', '工资福利支出', '2345.80', 699], ['30399', '', '其他对个人和家庭的补助', '0.04', 748]],
    ['002', 'projectByEconomic', 2, '10.00', ['302', '', '商品和服务支出', '10.00', 761], ['30299', '', '其他商品和服务支出', '10.00', 763]],
    ['004', 'basicByEconomic', 36, '1422.84', ['301', '', '工资福利支出', '702.36', 295], ['30399', '', '其他对个人和家庭的补助', '64.67', 346]],
    ['004', 'projectByEconomic', 27, '12993.72', ['301', '', '工资福利支出', '360.00', 399], ['30299', '', '其他商品和服务支出', '10.30', 441]],
  ] as const)('%s %s: %i rows, 合计 %s', (doc, kind, count, total, first, last) => {
    const { facts } = readReal(doc, kind);
    const rows = facts.economic ?? [];
    expect(rows).toHaveLength(count);
    expect(brief(rows[0] as EconomicRow)).toEqual(first);
    expect(brief(rows[rows.length - 1] as EconomicRow)).toEqual(last);
    expect(facts.printedTotals?.map((p) => p.amount)).toEqual([total]);
  });

  it('004 project table: [302] printed twice (12,201.40 and 432.32) and 委托业务费 11,517.62 as printed', () => {
    const rows = readReal('004', 'projectByEconomic').facts.economic ?? [];
    expect(rows.filter((r) => r.code === '302').map((r) => [r.amount, r.src.lines[0]])).toEqual([
      ['12201.40', 401],
      ['432.32', 425],
    ]);
    expect(rows.filter((r) => r.code === '30227').map((r) => r.amount)).toEqual(['11517.62', '353.07']);
  });

  it('001: ends where the untitled 部门预算项目支出预算表 begins (the segmenter splits it off at line 700)', () => {
    const { facts, warnings } = readReal('001', 'basicByEconomic');
    expect(facts.economic?.every((r) => r.src.lines[1] <= 697)).toBe(true);
    expect(facts.economic?.filter((r) => r.code === '301').map((r) => [r.govCode, r.amount])).toEqual([
      ['501', '590.19'],
      ['505', '1336.70'],
    ]);
    expect(warnings).toEqual([]);
  });
});
