import { FILES as SOURCE_FILES, readTable, sourceText } from '../../support/sources';

import { describe, expect, it } from 'vitest';
import type { FunctionalRow, TableKind } from '../../../src/model/types';
import type { Facts, TableReader } from '../../../src/normalizer/facts';
import type { Warning } from '../../../src/normalizer/messages';
import { joinBrokenFigure, readLayoutLine } from '../../../src/normalizer/readers/functional/layoutCells';
import { amountColumns } from '../../../src/normalizer/readers/functional/columns';
import { readExpenditure, readFundByFunction, readGeneralByFunction, readStateCapitalByFunction } from '../../../src/normalizer/readers/functionalTables';

const READERS: Partial<Record<TableKind, TableReader>> = {
  expenditure: readExpenditure,
  generalByFunction: readGeneralByFunction,
  fundByFunction: readFundByFunction,
  stateCapitalByFunction: readStateCapitalByFunction,
};

interface Read {
  facts: Facts;
  warnings: Warning[];
}

function readText(source: string, text: string, kind: TableKind): Read {
  const reader = READERS[kind];
  if (!reader) throw new Error(`no reader for ${kind}`);
  const { facts, warnings } = readTable(source, text, kind, reader);
  return { facts, warnings };
}

const cache = new Map<string, Read>();
function read(doc: string, kind: TableKind): Read {
  const key = `${doc}:${kind}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const file = (SOURCE_FILES as Record<string, string>)[doc] ?? '';
  const r = readText(file, sourceText(file), kind);
  cache.set(key, r);
  return r;
}

const pick = (rows: FunctionalRow[] | undefined, code: string, unit?: string) => rows?.find((r) => r.code === code && r.unit === unit);
/** The row without its `parts` and `blank` (asserted on their own below). */
const core = (row: FunctionalRow | undefined) => {
  if (!row) return row;
  const { parts: _parts, blank: _blank, ...rest } = row;
  return rest;
};
const totals = (f: Facts) => Object.fromEntries((f.printedTotals ?? []).map((p) => [p.key, p.amount]));
const fundRows = (f: Facts, fund: string) => f.functionalByFund?.find((x) => x.fund === fund)?.rows;

describe('readExpenditure: 支出总体情况表, one row per code (000, 001, 002, 004)', () => {
  it.each([
    // doc, total row [total, basic, project], its line, number of 类/款/项 rows printed
    ['000', ['1309.71', '504.71', '805.00'], 866, 13],
    ['001', ['5921.56', '2171.03', '3750.53'], 474, 18],
    ['002', ['4417.50', '2507.50', '1910.00'], 478, 22],
    ['004', ['14416.56', '1422.84', '12993.72'], 161, 23],
  ] as const)('%s: 合计 row and every printed row', (doc, [total, basic, project], line, count) => {
    const { facts, warnings } = read(doc, 'expenditure');
    expect(facts.expenditure).toEqual({ total, basic, project, src: { table: 't03', lines: [line, line] } });
    expect(facts.functional).toHaveLength(count);
    expect(facts.functional?.every((r) => r.unit === undefined)).toBe(true);
    // 事业单位经营支出 … 结转下年 are all 0.00 in these budgets: no printed totals for them.
    expect(facts.printedTotals ?? []).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it.each([
    // 000: code, name and figures on separate lines; 社会保障和就业出 misprint kept
    ['000', '2060199', '其他科学技术管理事务支出', 'xiang', ['1182.90', '377.90', '805.00'], [872, 876]],
    ['000', '208', '社会保障和就业出', 'lei', ['60.75', '60.75', '0.00'], [878, 878]],
    ['000', '2210201', '住房公积金', 'xiang', ['52.61', '52.61', '0.00'], [930, 930]],
    // 001: tab-separated OCR, "5,411.72", OCR space inside the name squashed
    ['001', '20601', '科学技术管理事务', 'kuan', ['5411.72', '1671.72', '3740.00'], [479, 479]],
    ['001', '2080505', '机关事业单位基本养老保险缴费支出', 'xiang', ['119.53', '119.53', '0.00'], [485, 485]],
    ['001', '20103', '政府办公厅(室)及相关机构事务', 'kuan', ['10.53', '0.00', '10.53'], [476, 476]],
    // 002: full-width-space indentation; the row after a repeated page header starts at its code line
    ['002', '21305', '巩固脱贫攻坚成果衔接乡村振兴', 'kuan', ['10.00', '0.00', '10.00'], [532, 536]],
    ['002', '2130599', '其他巩固脱贫攻坚成果衔接乡村振兴支出', 'xiang', ['10.00', '0.00', '10.00'], [551, 555]],
    // 004: tab-separated, full-width parentheses kept as printed
    ['004', '2010399', '其他政府办公厅（室）及相关机构事务支出', 'xiang', ['1347.87', '0.00', '1347.87'], [169, 169]],
    ['004', '2100410', '突发公共卫生事件应急处理', 'xiang', ['41.24', '0.00', '41.24'], [189, 189]],
  ] as const)('%s %s %s', (doc, code, name, level, [total, basic, project], lines) => {
    const row = pick(read(doc, 'expenditure').facts.functional, code);
    expect(core(row)).toEqual({ code, name, level, total, basic, project, src: { table: 't03', lines } });
  });
});

describe('readExpenditure: 003 表三 支出预算总表, per unit with blank cells', () => {
  const { facts, warnings } = read('003', 'expenditure');

  it('reads the 合计 row as the department total and its printed breakdown', () => {
    expect(facts.expenditure).toEqual({ total: '15947.98', basic: '3167.70', project: '12780.28', src: { table: 't03', lines: [563, 563] } });
    const t = totals(facts);
    expect(t['expenditure.basic.wages']).toBe('1632.51');
    expect(t['expenditure.basic.goodsServices']).toBe('507.57');
    expect(t['expenditure.basic.householdSubsidy']).toBe('1027.62');
    expect(t['expenditure.project.recurring']).toBe('10297.35');
    expect(t['expenditure.project.oneOff']).toBe('2482.93');
    // 市级财政专项资金 is blank in the 合计 row: nothing recorded.
    expect(t['expenditure.specialFunds']).toBeUndefined();
  });

  it('prints no department-wide rows: every functional row belongs to a unit', () => {
    expect(facts.functional).toHaveLength(32);
    expect(facts.functional?.filter((r) => r.unit === undefined)).toEqual([]);
    expect(new Set(facts.functional?.map((r) => r.unit))).toEqual(new Set(['190001', '190006', '190004', '190005']));
    expect(warnings).toEqual([]);
  });

  it.each([
    // unit, code, name, [total, basic, project], lines — "0" where the cell is printed blank
    ['190001', '2010301', '行政运行', ['664.17', '664.17', '0'], [569, 569]],
    ['190001', '2010302', '一般行政管理事务', ['844.00', '0', '844.00'], [571, 571]],
    ['190001', '2010399', '其他政府办公厅（室）及相关机构事务支出', ['1230.60', '0', '1230.60'], [573, 577]],
    ['190001', '2060503', '科技条件专项', ['1383.89', '0', '1383.89'], [581, 581]],
    ['190006', '2080503', '离退休人员管理机构', ['0.19', '0.19', '0'], [654, 654]],
    ['190005', '2210203', '购房补贴', ['170.45', '170.45', '0'], [746, 746]],
  ] as const)('%s %s %s', (unit, code, name, [total, basic, project], lines) => {
    expect(core(pick(facts.functional, code, unit))).toEqual({ code, name, level: 'xiang', total, basic, project, unit, src: { table: 't03', lines } });
  });

  it('reads the units with their 单位类别 from the group row above them', () => {
    expect(facts.units?.map((u) => [u.code, u.name, u.kind, u.total, u.basic, u.project])).toEqual([
      ['190001', '广州市人民政府政务管理办公室', '行政单位', '4678.57', '1070.08', '3608.49'],
      ['190006', '广州市市长专线电话受理中心', '参公事业单位', '9251.49', '583.84', '8667.65'],
      ['190004', '广州市电子政务服务中心', '公益一类事业单位', '996.64', '552.50', '444.14'],
      ['190005', '广州市政务服务中心', '公益一类事业单位', '1021.28', '961.28', '60.00'],
    ]);
    const t = totals(facts);
    expect(t['expenditure.unitKind.参公事业单位.total']).toBe('9251.49');
    expect(t['expenditure.unitKind.公益一类事业单位.project']).toBe('504.14');
    // 190005's 一次性项目 is blank: no figure recorded for it.
    expect(t['expenditure.unit.190005.project.recurring']).toBe('60.00');
    expect(t['expenditure.unit.190005.project.oneOff']).toBeUndefined();
  });
});

describe('readGeneralByFunction / readFundByFunction / readStateCapitalByFunction', () => {
  it.each([
    // doc, kind, fund, rows printed, [total, basic, project] of the 合计 row
    ['000', 'generalByFunction', 'generalPublic', 13, ['1309.71', '504.71', '805.00']],
    ['001', 'generalByFunction', 'generalPublic', 18, ['5921.56', '2171.03', '3750.53']],
    ['002', 'generalByFunction', 'generalPublic', 19, ['2517.50', '2507.50', '10.00']],
    ['004', 'generalByFunction', 'generalPublic', 23, ['14416.56', '1422.84', '12993.72']],
    ['002', 'fundByFunction', 'govFund', 3, ['1900.00', '0.00', '1900.00']],
    ['000', 'fundByFunction', 'govFund', 0, ['0.00', '0.00', '0.00']],
    ['004', 'stateCapitalByFunction', 'stateCapital', 0, ['0.00', '0.00', '0.00']],
    ['002', 'stateCapitalByFunction', 'stateCapital', 0, ['0.00', '0.00', '0.00']],
  ] as const)('%s %s → %s', (doc, kind, fund, count, [total, basic, project]) => {
    const { facts, warnings } = read(doc, kind);
    expect(fundRows(facts, fund)?.length ?? 0).toBe(count);
    const t = totals(facts);
    expect([t[`${fund}.total`], t[`${fund}.basic`], t[`${fund}.project`]]).toEqual([total, basic, project]);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['000', '2080505', '机关事业单位基本养老保险缴费支出', ['29.40', '29.40', '0.00'], [1085, 1089]],
    ['001', '2060101', '行政运行', ['1130.74', '417.92', '712.82'], [571, 571]],
    ['002', '206', '科学技术支出', ['1566.29', '1566.29', '0.00'], [647, 647]],
    ['002', '2130599', '其他巩固脱贫攻坚成果衔接乡村振兴支出', ['10.00', '0.00', '10.00'], [675, 678]],
    ['004', '2080501', '行政单位离退休', ['3.67', '3.67', '0.00'], [274, 274]],
  ] as const)('%s 一般公共预算 %s %s', (doc, code, name, [total, basic, project], lines) => {
    const row = pick(fundRows(read(doc, 'generalByFunction').facts, 'generalPublic'), code);
    expect(row).toMatchObject({ code, name, total, basic, project, src: { lines } });
  });

  it('records 000/001 表6’s split of 项目支出 (部门项目支出, 财政专项资金) for the 合计 row', () => {
    const t = totals(read('001', 'generalByFunction').facts);
    expect(t['generalPublic.project.department']).toBe('3750.53');
    expect(t['generalPublic.project.special']).toBe('0.00');
  });

  it('reads 002 表9 政府性基金 rows', () => {
    expect(fundRows(read('002', 'fundByFunction').facts, 'govFund')?.map((r) => [r.code, r.name, r.total])).toEqual([
      ['212', '城乡社区支出', '1900.00'],
      ['21208', '国有土地使用权出让收入安排的支出', '1900.00'],
      ['2120899', '其他国有土地使用权出让收入安排的支出', '1900.00'],
    ]);
  });
});

describe('003 表五 一般公共预算安排基本支出和项目支出预算表: prior year and per unit', () => {
  const { facts, warnings } = read('003', 'generalByFunction');
  const rows = fundRows(facts, 'generalPublic');

  it('keeps the printed department-wide 类/款 rows and the per-unit 项 rows', () => {
    expect(rows?.filter((r) => r.unit === undefined)).toHaveLength(14);
    expect(rows?.filter((r) => r.unit !== undefined)).toHaveLength(33);
    expect(warnings).toEqual([]);
  });

  it.each([
    // unit, code, name, [total, basic, project], prior, lines
    [
      undefined,
      '201',
      '一、一般公共服务支出',
      ['12770.08', '2157.48', '10612.60'],
      { budget: '10604.41', adjusted: '13073.79', executed: '12457.26', rate: '95.28' },
      [866, 870],
    ],
    [undefined, '20105', '统计信息事务', ['150.00', '0', '150.00'], undefined, [884, 888]],
    [undefined, '21005', '医疗保障', ['0', '0', '0'], { budget: '22.00', adjusted: '19.39', executed: '19.39', rate: '100.00' }, [1003, 1003]],
    [
      '190001',
      '2010399',
      '其他政府办公厅（室）及相关机构事务支出',
      ['1060.60', '0', '1060.60'],
      { budget: '60.00', adjusted: '856.51', executed: '396.50', rate: '46.29' },
      [1119, 1131],
    ],
    // 年初预算 printed blank, the rest of the prior year printed
    ['190004', '2060503', '科技条件专项', ['40.00', '0', '40.00'], { adjusted: '562.44', executed: '373.67', rate: '66.44' }, [1467, 1471]],
    ['190006', '2210201', '住房公积金', ['46.68', '46.68', '0'], { budget: '34.30', adjusted: '57.24', executed: '49.54', rate: '86.55' }, [1371, 1371]],
  ] as const)('%s %s %s', (unit, code, name, [total, basic, project], prior, lines) => {
    const row = pick(rows, code, unit);
    expect(core(row)).toEqual({
      code,
      name,
      level: code.length === 3 ? 'lei' : code.length === 5 ? 'kuan' : 'xiang',
      total,
      basic,
      project,
      ...(unit ? { unit } : {}),
      ...(prior ? { prior } : {}),
      src: { table: 't05', lines },
    });
  });

  it('joins the figure the PDF broke over two lines (1,134.9 / 4) into the 一次性项目 of 行政单位', () => {
    const t = totals(facts);
    expect(t['generalPublic.unitKind.行政单位.project.oneOff']).toBe('1134.94');
    expect(t['generalPublic.unit.190001.project.oneOff']).toBe('1134.94');
    expect(facts.printedTotals?.find((p) => p.key === 'generalPublic.unit.190001.total')?.src.lines).toEqual([1094, 1105]);
    expect(t['generalPublic.prior.rate']).toBe('91.80');
    expect(t['generalPublic.total']).toBe('14777.19');
  });

  it('names the units without taking this fund’s figures as their totals', () => {
    expect(facts.units?.map((u) => [u.code, u.name, u.kind, u.total])).toEqual([
      ['190001', '广州市人民政府政务管理办公室', '行政单位', undefined],
      ['190006', '广州市市长专线电话受理中心', '参公事业单位', undefined],
      ['190004', '广州市电子政务服务中心', '公益一类事业单位', undefined],
      ['190005', '广州市政务服务中心', '公益一类事业单位', undefined],
    ]);
  });

  it('reports 表八 (no 政府性基金) as a table printed without rows', () => {
    const r = read('003', 'fundByFunction');
    expect(r.facts).toEqual({});
    expect(r.warnings.map((w) => w.code)).toEqual(['TABLE_EMPTY']);
  });
});

describe('layout-preserved cells (003): one space between cells, one space per blank cell', () => {
  it.each([
    ['201 03 02 190001   一般行政管理事务 844.00         844.00 844.00     ', ['844.00', null, null, null, null, '844.00', '844.00'], 2],
    ['        150.00         150.00 150.00   ', [null, null, null, null, '150.00', null, null, null, null, '150.00', '150.00'], 1],
    ['  562.44 373.67 66.44% 40.00         40.00   40.00 ', [null, '562.44', '373.67', '66.44%', '40.00', null, null, null, null, '40.00', null, '40.00'], 0],
    ['210 05     医疗保障 22.00 19.39 19.39 100.00%                 ', ['22.00', '19.39', '19.39', '100.00%'], 8],
  ])('%j', (line, cells, trailing) => {
    expect(readLayoutLine(line)).toEqual({ prefix: expect.any(String), cells, trailingBlanks: trailing, regular: true });
  });

  it('flags a gap of the wrong parity and ignores lines without figures', () => {
    expect(readLayoutLine('201 03 02 190001   一般行政管理事务 844.00        844.00 ')?.regular).toBe(false);
    expect(readLayoutLine('201 03 99 190001 ')).toBeNull();
  });

  it.each([
    [['1,134.9', '4 ', '      190001 '], { printed: '1,134.94', used: 2 }],
    [['1,134.94'], { printed: '1,134.94', used: 1 }],
    [['201       ', '一、一般公共'], null],
    [['      190001 '], null],
  ])('joins a broken figure: %j', (next, expected) => {
    expect(joinBrokenFigure(next)).toEqual(expected);
  });
});

describe('robustness', () => {
  const HEADER_003 = [
    '表三',
    '支出预算总表',
    '科目编码',
    '单位编码',
    '单位名称（功能科目） 总计',
    '基本支出 项目支出 市级财政专项资金',
    '类 款 项 小计',
    '工资福利支出',
    '商品和服务支出',
    '对个人和家庭的补助支出',
    '小计',
    '经常性项目',
    '一次性项目',
    '1 2 3 4 5 6 7 8 9 10 11 12 13 14 ',
  ];

  it('warns about a per-unit row whose blank cells cannot be told, and does not read it', () => {
    const text = [
      ...HEADER_003,
      '        合  计 1,688.00 844.00 844.00     844.00 844.00     ',
      // 8 spaces between the figures: 3.5 blank cells — ambiguous
      '201 03 02 190001   一般行政管理事务 844.00        844.00 844.00     ',
      '201 03 01 190001   行政运行 844.00 844.00 844.00             ',
    ].join('\n');
    const { facts, warnings } = readText('snippet.txt', text, 'expenditure');
    expect(facts.functional?.map((r) => r.code)).toEqual(['2010301']);
    expect(warnings.map((w) => [w.code, w.at?.lines])).toEqual([
      ['CELL_COUNT', [16, 16]],
      ['ROW_UNREAD', [16, 16]],
    ]);
    expect(facts.expenditure).toMatchObject({ total: '1688.00', basic: '844.00', project: '844.00' });
  });

  it('warns about a row with the wrong number of figures in a one-row-per-code table', () => {
    const text = [
      '表3',
      '支出总体情况表',
      '科目编码 科目名称 合计 基本支出 项目支出',
      '合计 10.00 10.00 0.00',
      '206 科学技术支出 10.00 10.00',
      '20601 科学技术管理事务 10.00 10.00 0.00',
    ].join('\n');
    const { facts, warnings } = readText('snippet.txt', text, 'expenditure');
    expect(facts.functional?.map((r) => r.code)).toEqual(['20601']);
    expect(warnings.map((w) => w.code)).toEqual(['CELL_COUNT', 'ROW_UNREAD']);
  });

  it('fails on a header that does not name 基本支出 and 项目支出', () => {
    const text = ['表3', '支出总体情况表', '科目编码 科目名称 金额', '合计 10.00'].join('\n');
    expect(() => readText('snippet.txt', text, 'expenditure')).toThrow(/基本支出/);
  });

  it('recognises the columns each header names, in printed order', () => {
    expect(amountColumns('科目编码科目名称总计基本支出项目支出小计部门项目支出财政专项资金(本级支出)1234567')).toEqual([
      'total',
      'basic',
      'project',
      'project.department',
      'project.special',
    ]);
    expect(amountColumns('功能科目名称一般公共预算支出小计其中：基本支出项目支出')).toEqual(['total', 'basic', 'project']);
    expect(amountColumns('功能科目编码功能科目名称合计基本支出项目支出事业单位对附属单位上缴上级结转下年经营支出补助支出支出')).toEqual([
      'total',
      'basic',
      'project',
      'operating',
      'subsidiaryGrants',
      'remitToSuperior',
      'carryForward',
    ]);
  });
});

describe('FunctionalRow.parts: the other printed columns of each row', () => {
  it('carries 003 表三’s split of 基本支出 and 项目支出 (blank cells absent)', () => {
    const row = pick(read('003', 'expenditure').facts.functional, '2010301', '190001');
    // 201 03 01 190001 行政运行 664.17 664.17 492.76 154.91 16.50 (项目支出 columns blank)
    expect(row?.parts).toEqual({ 'basic.wages': '492.76', 'basic.goodsServices': '154.91', 'basic.householdSubsidy': '16.50' });
  });

  it('carries 000 表6’s 部门项目支出 and 财政专项资金 columns', () => {
    const rows = fundRows(read('000', 'generalByFunction').facts, 'generalPublic');
    expect(pick(rows, '2060199')?.parts).toEqual({ 'project.department': '805.00', 'project.special': '0.00' });
  });

  it('carries the 支出总体情况表 columns outside 基本/项目支出 as printed (000: 0.00)', () => {
    expect(pick(read('000', 'expenditure').facts.functional, '206')?.parts).toEqual({
      operating: '0.00',
      subsidiaryGrants: '0.00',
      remitToSuperior: '0.00',
      carryForward: '0.00',
    });
  });
});

describe('FunctionalRow.blank: cells 003 leaves blank are marked, never passed off as printed', () => {
  it('marks 表三’s blank 项目支出 of 2010301 行政运行 (190001) and keeps its printed cells', () => {
    const row = pick(read('003', 'expenditure').facts.functional, '2010301', '190001');
    expect(row).toMatchObject({ total: '664.17', basic: '664.17', project: '0', blank: ['project'] });
  });

  it('marks a row that prints only 2016 figures (表五 21005 医疗保障) as blank in all three', () => {
    const rows = fundRows(read('003', 'generalByFunction').facts, 'generalPublic');
    expect(pick(rows, '21005')?.blank).toEqual(['total', 'basic', 'project']);
  });

  it('has no blank marks where every cell is printed (000)', () => {
    expect(read('000', 'expenditure').facts.functional?.filter((r) => r.blank)).toEqual([]);
  });
});
