import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../src/normalizer/facts';
import type { Warning } from '../../../src/normalizer/messages';
import { columnsByBlanks, textCells } from '../../../src/normalizer/readers/layoutText';
import { readProcurement } from '../../../src/normalizer/readers/procurementTables';
import { readThreePublic } from '../../../src/normalizer/readers/threePublicTable';
import { partOf } from '../../../src/normalizer/readers/threePublicParts';
import { assembleRows } from '../../../src/normalizer/rows';
import { segment, toDocument } from '../../../src/normalizer/segment';
import { FILES, readTable, sourceText } from '../../support/sources';

const read = (text: string) => readTable('snippet.txt', text, 'threePublic', readThreePublic);

const totals = (f: Facts) => Object.fromEntries((f.printedTotals ?? []).map((p) => [p.key, p.amount]));
const totalLines = (f: Facts) => Object.fromEntries((f.printedTotals ?? []).map((p) => [p.key, p.src.lines]));

// Real snippets, one per layout family of 财政拨款安排的行政经费及“三公”经费预算表.
const SNIPPETS = {
  // 000: pdftotext, spaces between cells, blank lines between rows, indentation with spaces.
  '000': [
    '表 12 ',
    '',
    '财政拨款安排的行政经费及“三公”经费预算表 ',
    '',
    '部门名称： 广州市海珠区城市社区网格化服务管理中心  单位：万元 ',
    '',
    '项目 合计 一般公共预算 政府性基金预算 国有资本经营预算 ',
    '',
    '1 2 3 4 5 ',
    '',
    '行政经费 0.00 0.00 0.00 0.00 ',
    '',
    '“三公”经费总额 0.00 0.00 0.00 0.00 ',
    '',
    '其中：（一）因公出国（境）费 0.00 0.00 0.00 0.00 ',
    '',
    '   （二）公务用车购置及运行维护费 0.00 0.00 0.00 0.00 ',
    '',
    '        1.公务用车购置费 0.00 0.00 0.00 0.00 ',
    '',
    '        2.公务用车运行维护费 0.00 0.00 0.00 0.00 ',
    '',
    '   （三）公务接待费 0.00 0.00 0.00 0.00 ',
    '',
    '注：      ',
  ],
  // 001: tab-separated OCR, "64. 65" with a space inside the number, ASCII quotes and parentheses.
  '001': [
    '财政拨款安排的行政经费及"三公"经费预算表',
    '',
    '部门名称: 广州市海珠区政务服务数据管理局 单位: 万元',
    '',
    '项目\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算',
    '1\t2\t3\t4\t5',
    '行政经费\t64. 65\t64. 65\t0.00\t0.00',
    '"三公"经费总额\t2. 08\t2.08\t0.00\t0.00',
    '其中: (一)因公出国(境)费\t0.00\t0.00\t0.00\t0.00',
    '(二)公务用车购置及运行维护费\t2.08\t2.08\t0.00\t0.00',
    '1. 公务用车购置费\t0.00\t0.00\t0.00\t0.00',
    '2. 公务用车运行维护费\t2. 08\t2.08\t0.00\t0.00',
    '(三) 公务接待费\t0.00\t0.00\t0.00\t0.00',
  ],
  // 002: space-separated, full-width-space indentation, “…支出” wording, 政府性基金 column not zero.
  '002': [
    '表8',
    '',
    '财政拨款安排的行政经费及“三公”经费预算表',
    '',
    '项目 合计 一般公共预算 政府性基金预算 国有资本经营预算',
    '',
    '行政经费 665.58 71.35 594.23 0.00',
    '',
    '“三公”经费 5.00 5.00 0.00 0.00',
    '',
    '　　其中：（一）因公出国（境）支出 0.00 0.00 0.00 0.00',
    '',
    '　　　　　（二）公务用车购置及运行维护支出 4.60 4.60 0.00 0.00',
    '',
    '　　　　　　　　1.公务用车购置费 0.00 0.00 0.00 0.00',
    '',
    '　　　　　　　　2.公务用车运行维护费 4.60 4.60 0.00 0.00',
    '',
    '　　　　　（三）公务接待费支出 0.40 0.40 0.00 0.00',
    '',
    '注：无。',
  ],
  // 004: tab-separated, "1. 公务用车购置" without 费.
  '004': [
    '财政拨款安排的行政经费及“三公”经费预算表',
    '',
    '单位名称：广州市白云区政务服务数据管理局',
    '',
    '单位：万元',
    '',
    '项 目\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算',
    '行政经费\t603.20\t603.20\t0.00\t0.00',
    '“三公”经费\t1.80\t1.80\t0.00\t0.00',
    '其中：（一）因公出国（境）支出\t0.00\t0.00\t0.00\t0.00',
    '（二）公务用车购置及运行维护支出\t1.80\t1.80\t0.00\t0.00',
    '1. 公务用车购置\t0.00\t0.00\t0.00\t0.00',
    '2. 公务用车运行维护费\t1.80\t1.80\t0.00\t0.00',
    '（三）公务接待费支出\t0.00\t0.00\t0.00\t0.00',
    '',
    '注：无。',
  ],
} as const;

describe('readThreePublic: 财政拨款安排的行政经费及“三公”经费预算表, one layout family per document', () => {
  it.each([
    [
      '000',
      { total: '0.00', outbound: '0.00', vehicle: '0.00', vehiclePurchase: '0.00', vehicleOperation: '0.00', reception: '0.00', adminCost: '0.00' },
      [11, 23],
    ],
    [
      '001',
      { total: '2.08', outbound: '0.00', vehicle: '2.08', vehiclePurchase: '0.00', vehicleOperation: '2.08', reception: '0.00', adminCost: '64.65' },
      [7, 13],
    ],
    [
      '002',
      { total: '5.00', outbound: '0.00', vehicle: '4.60', vehiclePurchase: '0.00', vehicleOperation: '4.60', reception: '0.40', adminCost: '665.58' },
      [7, 19],
    ],
    [
      '004',
      { total: '1.80', outbound: '0.00', vehicle: '1.80', vehiclePurchase: '0.00', vehicleOperation: '1.80', reception: '0.00', adminCost: '603.20' },
      [8, 14],
    ],
  ] as const)('%s: the 合计 column, every part as printed', (doc, expected, lines) => {
    const { facts, warnings } = read(SNIPPETS[doc].join('\n'));
    expect(warnings).toEqual([]);
    expect(facts.threePublic).toEqual({ ...expected, src: { table: 't01', lines } });
    // The 合计 column is ThreePublic (reconcile.ts derives threePublic.<part> from it, so it is not
    // repeated as a printed total); the 一般公共预算 column is, with its own row's line.
    for (const [part, amount] of Object.entries(expected)) {
      expect(totals(facts)[`threePublic.${part}`]).toBeUndefined();
      expect(totals(facts)[`threePublic.${part}.generalPublic`]).toBe(amount === '665.58' ? '71.35' : amount);
    }
  });

  it('keeps the fund columns as printed totals (002: 行政经费 partly from 政府性基金)', () => {
    const { facts } = read(SNIPPETS['002'].join('\n'));
    expect(totals(facts)).toMatchObject({
      'threePublic.adminCost.generalPublic': '71.35',
      'threePublic.adminCost.govFund': '594.23',
      'threePublic.adminCost.stateCapital': '0.00',
      'threePublic.reception.generalPublic': '0.40',
    });
    expect(totalLines(facts)['threePublic.adminCost.govFund']).toEqual([7, 7]);
    expect(facts.printedTotals).toHaveLength(7 * 3);
  });

  it('001: "64. 65" and "2. 08" normalised, nothing else touched', () => {
    const { facts } = read(SNIPPETS['001'].join('\n'));
    expect(totals(facts)['threePublic.adminCost.generalPublic']).toBe('64.65');
    expect(facts.threePublic?.vehicleOperation).toBe('2.08');
    expect(facts.threePublic?.total).toBe('2.08');
  });

  it('emits only the parts printed (never invents the missing ones), and warns about rows it cannot place', () => {
    const text = [...SNIPPETS['004'].slice(0, 9), '某某费用\t1.00\t1.00\t0.00\t0.00', '（三）公务接待费支出\t0.00\t0.00\t0.00'].join('\n');
    const { facts, warnings } = read(text);
    expect(facts.threePublic).toMatchObject({ total: '1.80', adminCost: '603.20' });
    expect(Object.keys(facts.threePublic ?? {}).sort()).toEqual(['adminCost', 'src', 'total']);
    expect(warnings.map((w) => [w.code, w.at?.lines])).toEqual([
      ['ROW_UNREAD', [10, 10]],
      ['CELL_COUNT', [11, 11]],
    ]);
    expect(totals(facts)).toEqual({
      'threePublic.adminCost.generalPublic': '603.20',
      'threePublic.adminCost.govFund': '0.00',
      'threePublic.adminCost.stateCapital': '0.00',
      'threePublic.total.generalPublic': '1.80',
      'threePublic.total.govFund': '0.00',
      'threePublic.total.stateCapital': '0.00',
    });
  });

  it.each([
    ['行政经费', 'adminCost'],
    ['机关运行经费', 'adminCost'],
    ['“三公”经费总额', 'total'],
    ['"三公"经费', 'total'],
    ['其中: (一)因公出国(境)费', 'outbound'],
    ['　　其中：（一）因公出国（境）支出', 'outbound'],
    ['（二）公务用车购置及运行维护支出', 'vehicle'],
    ['1. 公务用车购置', 'vehiclePurchase'],
    ['1.公务用车购置费', 'vehiclePurchase'],
    ['2. 公务用车运行维护费', 'vehicleOperation'],
    ['(三) 公务接待费', 'reception'],
    ['会议费', 'meeting'],
    ['其他', null],
  ])('label %j → %s', (label, part) => {
    expect(partOf(label)).toBe(part);
  });
});

describe('readThreePublic: 001, where 政府采购预算表 runs on inside the 三公 block (its title was lost)', () => {
  const doc = toDocument(FILES['001'], sourceText('001'));
  const table = segment(doc).find((t) => t.kind === 'threePublic');
  if (!table) throw new Error('no threePublic table in 001');
  const warnings: Warning[] = [];
  const result = readThreePublic({ doc, table, rows: assembleRows(table.body).rows, warn: (w) => warnings.push(w) });
  if (!result.ok) throw new Error(result.reason);
  const facts = result.value;

  it('reads the 三公 rows (881–887) and stops at the procurement header (891)', () => {
    expect(facts.threePublic).toMatchObject({ total: '2.08', adminCost: '64.65', src: { lines: [881, 887] } });
    expect(warnings).toEqual([]);
  });

  it('leaves the procurement table that follows (891–951) to its own block: the segmenter recognises its header', () => {
    expect(facts.procurement).toBeUndefined();
    const procurementTable = segment(doc).find((t) => t.kind === 'procurement');
    expect(procurementTable).toMatchObject({ title: '政府采购预算表', titleInferred: true, lines: [891, 951] });
    if (!procurementTable) return;
    const r = readProcurement({ doc, table: procurementTable, rows: assembleRows(procurementTable.body).rows, warn: () => undefined });
    if (!r.ok) throw new Error(r.reason);
    const procurement = r.value.procurement;
    expect(procurement).toMatchObject({ total: '10362.15', goods: '33.10', works: '0.00', services: '10329.05', src: { lines: [894, 894] } });
    expect(procurement?.items).toHaveLength(22);
    // 912 follows the header repeated on 907–911: not glued to it.
    expect(procurement?.items.find((i) => i.src.lines[0] === 912)).toEqual({
      unit: '550001',
      project: '政务中心运营经费',
      name: '基础软件',
      measure: '批',
      amount: '18.00',
      src: { table: procurementTable.key, lines: [912, 912] },
    });
  });
});

describe('readThreePublic: 003 表十 一般公共预算安排“三公”经费和会议费支出预算表 (2016 and 2017 side by side, blank cells)', () => {
  const doc = toDocument(FILES['003'], sourceText('003'));
  const table = segment(doc).find((t) => t.kind === 'threePublic');
  if (!table) throw new Error('no threePublic table in 003');
  const warnings: Warning[] = [];
  const result = readThreePublic({ doc, table, rows: assembleRows(table.body).rows, warn: (w) => warnings.push(w) });
  if (!result.ok) throw new Error(result.reason);
  const facts = result.value;
  const t = totals(facts);

  it('reads the department row (合计, line 3060) with its blank 公务用车购置费 cells left blank', () => {
    expect(facts.threePublic).toEqual({
      total: '71.33',
      outbound: '24.00',
      vehicleOperation: '22.80',
      reception: '24.53',
      meeting: '18.90',
      src: { table: table.key, lines: [3060, 3060] },
      prior: { total: '63.94', outbound: '20.70', vehicleOperation: '20.29', reception: '22.95', meeting: '17.75' },
    });
    expect(t).toMatchObject({
      'threePublic.prior.total': '63.94',
      'threePublic.prior.outbound': '20.70',
      'threePublic.prior.vehicleOperation': '20.29',
      'threePublic.prior.reception': '22.95',
      'threePublic.prior.meeting': '17.75',
    });
    expect(t['threePublic.vehiclePurchase']).toBeUndefined();
    expect(t['threePublic.prior.vehiclePurchase']).toBeUndefined();
    expect(totalLines(facts)['threePublic.prior.total']).toEqual([3060, 3060]);
  });

  it('leaves out what this layout does not print: no 公务用车购置及运行费 column, a blank 购置费', () => {
    expect(facts.threePublic?.vehicle).toBeUndefined();
    expect(facts.threePublic?.vehiclePurchase).toBeUndefined();
  });

  it.each([
    // 其中：基本支出 — two blank cells in 2017 (因公出国, 购置费): "20.33     15.60"
    ['threePublic.basic.total', '20.33'],
    ['threePublic.basic.vehicleOperation', '15.60'],
    ['threePublic.basic.prior.outbound', '2.70'],
    ['threePublic.recurring.reception', '19.80'],
    // the unit row whose name is broken over 3070–3073, not glued to the blank 一次性项目 / 财政专项资金 rows
    ['threePublic.byUnit.190001.total', '45.64'],
    ['threePublic.byUnit.190001.prior.total', '59.19'],
    ['threePublic.byUnit.190001.project.reception', '3.00'],
    // projects: 2016 only; 2016 and 2017 with two blanks in each; the 2017 会议费 alone
    ['threePublic.byUnit.190001.projects.对外活动费.prior.outbound', '18.00'],
    ['threePublic.byUnit.190001.projects.政务服务管理专项经费.total', '10.20'],
    ['threePublic.byUnit.190001.projects.政务服务管理专项经费.meeting', '3.60'],
    ['threePublic.byUnit.190001.projects.电子政务工作经费.meeting', '1.50'],
    // after the page break: the header repeated under "(续 1)" dropped; leading blanks counted
    ['threePublic.byUnit.190001.projects.广州市人民政府政务管理办公室因公出国（境）经费.outbound', '24.00'],
    ['threePublic.byUnit.190005.total', '18.90'],
    ['threePublic.byUnit.190005.reception', '18.90'],
    ['threePublic.byUnit.190005.meeting', '3.70'],
    ['threePublic.byUnit.190005.project.reception', '16.80'],
    ['threePublic.byUnit.190006.basic.prior.meeting', '1.68'],
  ])('%s = %s', (key, amount) => {
    expect(t[key]).toBe(amount);
  });

  it('places the 2017-only project entirely in 2017 columns (nothing under prior)', () => {
    const keys = Object.keys(t).filter((k) => k.includes('因公出国（境）经费'));
    expect(keys.sort()).toEqual([
      'threePublic.byUnit.190001.projects.广州市人民政府政务管理办公室因公出国（境）经费.outbound',
      'threePublic.byUnit.190001.projects.广州市人民政府政务管理办公室因公出国（境）经费.total',
    ]);
    expect(totalLines(facts)[keys[0] ?? '']).toEqual([3153, 3157]);
  });

  it('reads every printed figure of the table (20 rows with amounts, 127 figures on lines 3060–3179) without warnings', () => {
    expect(warnings).toEqual([]);
    const rows = new Set((facts.printedTotals ?? []).map((p) => p.src.lines[1]));
    expect(rows.size).toBe(20);
    // 5 of the department row's 2017 figures are in facts.threePublic, the other 122 are printed totals
    expect(Object.keys(facts.threePublic ?? {}).filter((k) => k !== 'src' && k !== 'prior')).toHaveLength(5);
    expect(facts.printedTotals).toHaveLength(122);
  });
});

describe('layout-preserved blank cells (003): columnsByBlanks', () => {
  it.each([
    ['  合  计 63.94 20.70   20.29 22.95 17.75 71.33 24.00   22.80 24.53 18.90 ', [0, 1, 3, 4, 5, 6, 7, 9, 10, 11]],
    ['  其中：基本支出 18.89 2.70   13.09 3.10 12.95 20.33     15.60 4.73 13.80 ', [0, 1, 3, 4, 5, 6, 9, 10, 11]],
    ['190001    对外活动费 18.00 18.00                     ', [0, 1]],
    ['190001    电子政务工作经费                       1.50 ', [11]],
    ['            24.00 24.00         ', [6, 7]],
    ['   项目支出             16.80       16.80   ', [6, 10]],
  ])('%j', (line, columns) => {
    const offsets: number[] = [];
    const printed: string[] = [];
    for (const m of line.matchAll(/\d+\.\d+/gu)) {
      offsets.push(m.index ?? 0);
      printed.push(m[0]);
    }
    expect(columnsByBlanks(line, offsets, printed, 12, true)).toEqual(columns);
  });

  it('is null where the spacing is not a whole number of cells or the two ends disagree', () => {
    expect(columnsByBlanks('x 1.00  2.00 ', [2, 8], ['1.00', '2.00'], 12, true)).toBeNull();
    expect(columnsByBlanks('x 1.00 2.00 ', [2, 7], ['1.00', '2.00'], 12, true)).toBeNull();
  });

  it('warns (CELL_COUNT) and keeps the row out of the facts where blanks do not add up', () => {
    const lines = sourceText('003').split('\n');
    lines[3059] = '  合  计 63.94 20.70  20.29 22.95 17.75 71.33 24.00   22.80 24.53 18.90 ';
    const doc = toDocument(FILES['003'], lines.join('\n'));
    const table = segment(doc).find((x) => x.kind === 'threePublic');
    if (!table) throw new Error('no table');
    const warnings: Warning[] = [];
    const result = readThreePublic({ doc, table, rows: assembleRows(table.body).rows, warn: (w) => warnings.push(w) });
    expect(result.ok).toBe(true);
    expect(warnings.map((w) => [w.code, w.at?.lines])).toEqual([['CELL_COUNT', [3060, 3060]]]);
    if (result.ok) expect(totals(result.value)['threePublic.total']).toBeUndefined();
  });
});

describe('pdftotext text cells: textCells', () => {
  it.each([
    // a line without a trailing space continues its cell; one with a trailing space ends it
    [['190001     电子政务工作经费 ', '年度电子政务工作', '会议 '], '1 场', ['190001', '电子政务工作经费', '年度电子政务工作会议', '1 场']],
    [
      ['190001 ', '    广州市人民政府政务管理办公室 2017 年信息化运', '维 ', '信息系统运行维护', '服务 '],
      '',
      ['190001', '广州市人民政府政务管理办公室 2017 年信息化运维', '信息系统运行维护服务'],
    ],
    // one space between two Han characters separates cells on a single line
    [[], '190001     广州市行政执法综合业务资源管理平台项目 软件开发', ['190001', '广州市行政执法综合业务资源管理平台项目', '软件开发']],
    [[], '190006     省市 12345 投诉举报平台数据对接项目 软件开发服务', ['190006', '省市 12345 投诉举报平台数据对接项目', '软件开发服务']],
  ])('%j + %j', (lines, last, cells) => {
    expect(textCells(lines, last)).toEqual(cells);
  });
});
