import { describe, expect, it } from 'vitest';
import { FILES, readTable, sourceText } from '../../support/sources';
import type { TableKind } from '../../../src/model/types';
import type { Facts } from '../../../src/normalizer/facts';
import { readProcurement, readPurchaseOfServices } from '../../../src/normalizer/readers/procurementTables';
import { assembleRows } from '../../../src/normalizer/rows';
import { segment, toDocument } from '../../../src/normalizer/segment';

type Kind = Extract<TableKind, 'procurement' | 'purchaseOfServices'>;

function read(text: string, kind: Kind, source = 'snippet.txt') {
  const { facts, warnings, ctx } = readTable(source, text, kind, kind === 'procurement' ? readProcurement : readPurchaseOfServices);
  return { facts, warnings, key: ctx.table.key };
}

// A row's funding columns are printed totals `<row key>.<column>`; `totals` lists the rows' own figures.
const COLUMN = /\.(fiscal|generalPublic|govFund|stateCapital|fiscalSpecial|otherIncome)$/u;
const allTotals = (f: Facts) => (f.printedTotals ?? []).map((p) => [p.key, p.amount, p.src.lines[0], p.src.lines[1]]);
const totals = (f: Facts) => allTotals(f).filter(([k]) => !COLUMN.test(String(k)));
const columnsOf = (f: Facts, key: string) =>
  Object.fromEntries(
    (f.printedTotals ?? []).filter((p) => p.key.startsWith(`${key}.`) && COLUMN.test(p.key)).map((p) => [p.key.slice(key.length + 1), p.amount]),
  );
const items = (f: Facts) =>
  (f.procurement?.items ?? []).map((i) => [i.unit, i.project, i.name, i.quantity, i.measure, i.amount, i.src.lines[0], i.src.lines[1]]);

describe('readProcurement: 000 表13 政府采购预算表 (pdftotext, cells broken over lines)', () => {
  const { facts, warnings, key } = read(sourceText('000'), 'procurement', FILES['000']);

  it('takes the total from the 合计 row and the 货物/工程/服务 rows as printed ("8,000.00" → "8000.00")', () => {
    expect(facts.procurement).toMatchObject({ total: '8000.00', goods: '0.00', works: '0.00', services: '8000.00', src: { table: key, lines: [1979, 1979] } });
  });

  it('reads the one item under its unit, its names joined across lines, 品目 (C0202) not taken as a name', () => {
    expect(items(facts)).toEqual([
      ['550004', '令行禁止有呼必应综合指挥调度平台建设', '令行禁止有呼必应综合指挥调度平台建设', '1', '项', '8000.00', 2009, 2022],
    ]);
  });

  it('reads the 服务类 row (names printed beside its amounts, 1985–1996) as the 服务类 figure, not as a second item', () => {
    expect(facts.procurement?.items).toHaveLength(1);
    // total / goods / works / services are in Procurement (reconcile.ts derives their printed totals)
    expect(totals(facts)).toEqual([
      ['procurement.byUnit.550004.total', '8000.00', 1998, 2002],
      ['procurement.byUnit.550004.project', '8000.00', 2004, 2004],
      ['procurement.byUnit.550004.category.经济和社会发展类', '8000.00', 2006, 2006],
    ]);
    expect(warnings).toEqual([]);
  });

  it('keeps every funding column of every row: 财政拨款合计, 一般公共预算 … 其他资金', () => {
    expect(columnsOf(facts, 'procurement.total')).toEqual({
      fiscal: '8000.00',
      generalPublic: '8000.00',
      govFund: '0.00',
      stateCapital: '0.00',
      fiscalSpecial: '0.00',
      otherIncome: '0.00',
    });
    expect(columnsOf(facts, 'procurement.byUnit.550004.items.令行禁止有呼必应综合指挥调度平台建设/令行禁止有呼必应综合指挥调度平台建设')).toMatchObject({
      generalPublic: '8000.00',
      otherIncome: '0.00',
    });
    // 7 rows of 7 amounts + the item's: 8 × 7 = 56 printed; 4 are Procurement fields, the item's total is its amount
    expect((facts.printedTotals ?? []).length + 4 + 1).toBe(56);
  });
});

describe('readProcurement: 001 政府采购预算表 (tab-separated OCR), read as its own table', () => {
  // 001's title line did not survive extraction (the block runs on under 三公经费, see
  // threePublicTable.test.ts); with the title restored, the same lines read the same way.
  const lines = sourceText('001').split('\n');
  lines[887] = '政府采购预算表';
  const { facts, warnings, key } = read(lines.join('\n'), 'procurement', FILES['001']);

  it('reads 合计 "10362. 15" and 服务类 "10,329.05" as printed, normalised', () => {
    expect(facts.procurement).toMatchObject({ total: '10362.15', goods: '33.10', works: '0.00', services: '10329.05', src: { table: key, lines: [894, 894] } });
    expect(warnings).toEqual([]);
  });

  it('reads 22 items with their unit, 支出项目 and 采购项目 columns; 数量 is blank in this document', () => {
    expect(items(facts)).toHaveLength(22);
    expect(items(facts).filter((i) => i[0] === '550002')).toEqual([
      ['550002', '政务服务平台及数字政府建设经费', '海珠区数字化协同办公系统建设项目', undefined, '项', '700.00', 931, 931],
      ['550002', '政务服务平台及数字政府建设经费', '海珠政务小程序建设项目', undefined, '项', '118.00', 932, 932],
      ['550002', '海珠政务基础设施及服务经费', '海珠区电子政务信息安全建设项目', undefined, '项', '336.00', 933, 933],
      ['550002', '海珠政务基础设施及服务经费', '海珠区网络租赁项目', undefined, '项', '320.00', 934, 934],
      ['550002', '海珠政务基础设施及服务经费', '采购网络安全和存储设备项目', undefined, '项', '115.80', 935, 935],
      // after the header repeated on 937–943
      ['550002', '电子政务信息化运维经费', '信息化运维', undefined, '项', '194.00', 944, 944],
    ]);
  });

  it('keeps the unit rows and their 基本支出 / 项目支出 sub-totals as printed totals', () => {
    expect(totals(facts).filter(([k]) => String(k).includes('550001') || String(k).includes('550003'))).toEqual([
      ['procurement.byUnit.550001.total', '577.15', 898, 898],
      ['procurement.byUnit.550001.basic', '2.00', 899, 899],
      ['procurement.byUnit.550001.project', '575.15', 902, 902],
      ['procurement.byUnit.550001.category.经济和社会发展类', '575.15', 903, 903],
      ['procurement.byUnit.550003.total', '1.20', 945, 945],
      ['procurement.byUnit.550003.basic', '1.20', 946, 946],
    ]);
  });
});

describe('readProcurement: 003 表十一 项目支出政府采购预算表 (2017, layout-preserved, 其他资金 blank)', () => {
  const { facts, warnings, key } = read(sourceText('003'), 'procurement', FILES['003']);

  it('takes the 合计 row; this layout prints no 货物/工程/服务 rows', () => {
    expect(facts.procurement).toMatchObject({ total: '8881.20', src: { table: key, lines: [3206, 3206] } });
    expect(facts.procurement?.goods).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('reads the 11 items: 支出项目 / 采购项目 split at line ends, at wide gaps and between Han characters; 数量 and 计量单位', () => {
    expect(items(facts)).toEqual([
      ['190001', '电子政务工作经费', '年度电子政务工作会议', '1', '场', '1.50', 3216, 3220],
      ['190001', '广州市人民政府政务管理办公室2017年信息化运维', '信息系统运行维护服务', '1', '项', '148.00', 3222, 3230],
      ['190001', '广州市政务服务中心2010电子政务项目（第一阶段）经费', '软件开发服务', '1', '项', '68.00', 3234, 3238],
      ['190001', '广州市行政执法综合业务资源管理平台项目', '软件开发', '1', '项', '9.00', 3240, 3240],
      ['190001', '广州市人民政府政务管理办公室2017年信息化建设', '信息软件开发服务', '1', '项', '158.00', 3242, 3246],
      ['190001', '广州市机关绩效管理信息系统', '软件开发服务', '1', '项', '244.00', 3248, 3248],
      // after the page break: the header repeated under "(续 1)" (3249–3261) is not glued to the unit row
      ['190004', '广州市电子政务服务中心2017年信息化运维', '广州市电子政务服务中心2017年信息化运维', '1', '项', '189.00', 3267, 3275],
      ['190004', '广州市电子政务服务中心2017年信息化建设', '广州市电子政务服务中心2017年信息化建设', '1', '项', '39.00', 3279, 3287],
      ['190006', '12345政府服务热线人工坐席服务外包项目', '12345政府服务热线人工坐席服务外包项目', '1', '项', '7699.00', 3293, 3301],
      ['190006', '广州12345政府服务热线业务用房玻璃幕墙改造', '广州12345政府服务热线业务用房玻璃幕墙改造', '1', '项', '184.95', 3305, 3313],
      ['190006', '省市12345投诉举报平台数据对接项目', '软件开发服务', '1', '项', '140.75', 3315, 3315],
    ]);
  });

  it('places the amounts by their blank cells: 一般公共预算 printed, 其他资金 blank (no figure made up)', () => {
    expect(columnsOf(facts, 'procurement.total')).toEqual({ generalPublic: '8881.20' });
    expect(columnsOf(facts, 'procurement.byUnit.190006.items.省市12345投诉举报平台数据对接项目/软件开发服务')).toEqual({ generalPublic: '140.75' });
    expect(allTotals(facts).filter(([k]) => String(k).endsWith('.otherIncome'))).toEqual([]);
  });

  it('keeps 经常性项目 / 一次性项目 of the department and of each unit as printed totals', () => {
    expect(totals(facts)).toEqual([
      ['procurement.recurring', '8037.50', 3208, 3208],
      ['procurement.oneOff', '843.70', 3210, 3210],
      ['procurement.byUnit.190001.total', '628.50', 3212, 3212],
      ['procurement.byUnit.190001.recurring', '149.50', 3214, 3214],
      ['procurement.byUnit.190001.oneOff', '479.00', 3232, 3232],
      ['procurement.byUnit.190004.total', '228.00', 3263, 3263],
      ['procurement.byUnit.190004.recurring', '189.00', 3265, 3265],
      ['procurement.byUnit.190004.oneOff', '39.00', 3277, 3277],
      ['procurement.byUnit.190006.total', '8024.70', 3289, 3289],
      ['procurement.byUnit.190006.recurring', '7699.00', 3291, 3291],
      ['procurement.byUnit.190006.oneOff', '325.70', 3303, 3303],
    ]);
  });
});

describe('readProcurement: what it will not guess', () => {
  const HEADER = [
    '政府采购预算表',
    '单位编码\t单位名称(支出项目名称)\t政府采购项目名称\t数量\t计量单位\t合计\t一般公共预算\t其他资金',
    '1\t2\t3\t4\t5\t6\t7\t8',
  ];

  it('fails on a table without a 合计 row, naming its lines', () => {
    const doc = toDocument('x.txt', [...HEADER, '190001\t电子政务工作经费\t年度电子政务工作会议\t1\t场\t1.50\t1.50\t'].join('\n'));
    const table = segment(doc)[0];
    if (!table) throw new Error('no table');
    const result = readProcurement({ doc, table, rows: assembleRows(table.body).rows, warn: () => undefined });
    expect(result).toEqual({ ok: false, reason: '政府采购预算表: no 合计 row (lines 1-4)' });
  });

  it('warns about a row it cannot place and keeps reading', () => {
    const { facts, warnings } = read([...HEADER, '\t合 计\t\t\t\t2.00\t2.00\t', '\t说明文字\t\t\t\t1.00\t1.00\t'].join('\n'), 'procurement');
    expect(facts.procurement?.total).toBe('2.00');
    expect(warnings.map((w) => [w.code, w.at?.lines])).toEqual([['ROW_UNREAD', [5, 5]]]);
  });
});

describe('readPurchaseOfServices: 政府购买服务预算表 → printed totals', () => {
  it('000: only a 合计 row of 0.00 (pdftotext)', () => {
    const text = [
      '表 14 ',
      '',
      '政府购买服务预算表 ',
      '',
      '部门名称： 广州市海珠区城市社区网格化服务管理中心  单位：万元 ',
      '',
      '单位编码 单位名称（支出项目名称） ',
      '',
      '政府购买服务项目 ',
      '',
      '购买 ',
      '',
      '方式 ',
      '总计 ',
      '',
      '财政拨款 ',
      '',
      '财政专户管',
      '',
      '理资金 ',
      '其他资金 一级 ',
      '',
      '目录 ',
      '',
      '二级 ',
      '',
      '目录 ',
      '',
      '三级 ',
      '',
      '目录 ',
      '合计 ',
      '',
      '一般公共预',
      '',
      '算 ',
      '',
      '政府性基金',
      '',
      '预算 ',
      '',
      '国有 ',
      '',
      '资本 ',
      '',
      '经营 ',
      '',
      '1 2 3 4 5 6 7 8 9 10 11 12 13 ',
      '',
      ' 合  计         0.00 0.00 0.00 0.00 0.00 0.00 0.00 ',
      '',
      '注：       ',
    ].join('\n');
    const { facts, warnings } = read(text, 'purchaseOfServices');
    expect(totals(facts)).toEqual([['purchaseOfServices.total', '0.00', 50, 50]]);
    expect(columnsOf(facts, 'purchaseOfServices.total')).toEqual({
      fiscal: '0.00',
      generalPublic: '0.00',
      govFund: '0.00',
      stateCapital: '0.00',
      fiscalSpecial: '0.00',
      otherIncome: '0.00',
    });
    expect(warnings).toEqual([]);
  });

  it('001: two items under one unit (tab-separated OCR, a garbled header line)', () => {
    const text = [
      '政府购买服务预算表',
      '',
      '部门名称: 广州市海珠区政务服务数据管理局',
      '',
      '单位:万元',
      '',
      'HI-LA DI NA:4 /\t7 7 7 7 7 7 7 7 7 7 7 7 7 7 7 7 7 7 7\tII./· •\t\t\t\t_\tı\t\t\t\tı\t十四, 7770',
      '\t\t政\t双府购买服务项\t目\t\t\t\t财政\t\t\t\t',
      '单位编码\t单位名称(支出项目名称)\t一级目录\t二级目录\t三级目录\t购买 方式\t总计\t合计\t一般公共预算\t政府性基金\t国有 资本 经营\t财政专户管 理资金\t其他资金',
      '1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13',
      '\t合 计\t\t\t\t\t51.00\t51.00\t51.00\t0.00\t0.00\t0.00\t0.00',
      '\t其中: 基本支出\t\t\t\t\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00',
      '\t项目支出\t\t\t\t\t51.00\t51.00\t51.00\t0.00\t0.00\t0.00\t0.00',
      '550001\t广州市海珠区政务服 务数据管理局\t\t\t\t\t51.00\t51.00\t51.00\t0.00\t0.00\t0.00\t0.00',
      '550001\t项目支出\t\t\t\t\t51.00\t51.00\t51.00\t0.00\t0.00\t0.00\t0.00',
      '550001\t经济和社会发展类\t\t\t\t\t51.00\t51.00\t51.00\t0.00\t0.00\t0.00\t0.00',
      '550001\t政务中心运营经费\t基本公共服 务事项\t人才服务类\t其他公共人 才服务\t服务外包\t50.00\t50.00\t50.00\t0.00\t0.00\t0.00\t0.00',
      '550001\t琶洲政务分中心运 营经费\t基本公共服 务事项\t人才服务类\t其他公共人 才服务\t服务外包\t1.00\t1.00\t1.00\t1.00\t0.00\t0.00\t0.00',
    ].join('\n');
    const { facts, warnings } = read(text, 'purchaseOfServices');
    expect(totals(facts)).toEqual([
      ['purchaseOfServices.total', '51.00', 11, 11],
      ['purchaseOfServices.basic', '0.00', 12, 12],
      ['purchaseOfServices.project', '51.00', 13, 13],
      ['purchaseOfServices.byUnit.550001.total', '51.00', 14, 14],
      ['purchaseOfServices.byUnit.550001.project', '51.00', 15, 15],
      ['purchaseOfServices.byUnit.550001.category.经济和社会发展类', '51.00', 16, 16],
      ['purchaseOfServices.byUnit.550001.items.政务中心运营经费/其他公共人才服务', '50.00', 17, 17],
      ['purchaseOfServices.byUnit.550001.items.琶洲政务分中心运营经费/其他公共人才服务', '1.00', 18, 18],
    ]);
    // printed 1.00 under 总计, 合计, 一般公共预算 and 1.00 again under 政府性基金: recorded as printed
    expect(columnsOf(facts, 'purchaseOfServices.byUnit.550001.items.琶洲政务分中心运营经费/其他公共人才服务')).toEqual({
      fiscal: '1.00',
      generalPublic: '1.00',
      govFund: '1.00',
      stateCapital: '0.00',
      fiscalSpecial: '0.00',
      otherIncome: '0.00',
    });
    expect(warnings).toEqual([]);
    expect(facts.procurement).toBeUndefined();
  });
});
