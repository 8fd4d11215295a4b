import { describe, expect, it } from 'vitest';
import type { TableKind } from '../../../src/model/types';
import type { Facts } from '../../../src/normalizer/facts';
import { readBasicByUnit, readNonTaxIncome } from '../../../src/normalizer/readers/basicByUnit';
import { readTable, sourceText } from '../../support/sources';

/** 基本支出预算表 / 非税收入预算表: the first table of `kind` in a text. */
const read = (text: string, kind: Extract<TableKind, 'basicByUnit' | 'nonTaxIncome'>) =>
  readTable('snippet.txt', text, kind, kind === 'basicByUnit' ? readBasicByUnit : readNonTaxIncome);

const unitsOf = (f: Facts) => (f.units ?? []).map((u) => [u.code, u.name, u.basic, u.src.lines[0]]);
const rowsOf = (f: Facts) => (f.basicByUnit ?? []).map((r) => [r.unit, r.category, r.amount, r.src.lines[0]]);

describe('readBasicByUnit: one layout family per document', () => {
  it('000: pdftotext, 单位编码 and name broken over lines, a category broken over two lines', () => {
    const text = [
      '表 8 ',
      '',
      '部门预算基本支出预算表 ',
      '',
      '部门名称： 广州市海珠区城市社区网格化服务管理中心  单位：万元 ',
      '',
      '单位编码 ',
      '支出项目类别（单',
      '',
      '位名称） ',
      '总  计 ',
      '',
      '1 2 3 4 5 6 7 8 9 10 11 12 13 ',
      '',
      ' 合  计 504.71 504.71 504.71 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 ',
      '',
      '550004 ',
      '',
      '  广州市海珠区城',
      '',
      '市社区网格化服务',
      '',
      '管理中心 ',
      '',
      '504.71 504.71 504.71 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 ',
      '',
      '   人员支出（统发） 126.57 126.57 126.57 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 ',
      '',
      '   公用经费 38.08 38.08 38.08 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 ',
      '',
      ' ',
      '  对个人和家庭的',
      '',
      '补助支出（其他） ',
      '13.45 13.45 13.45 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 ',
      '',
      '注：       ',
    ].join('\n');
    const { facts, warnings } = read(text, 'basicByUnit');
    expect(facts.printedTotals?.map((p) => [p.key, p.amount, p.src.lines[0]])).toEqual([['basic.byUnit.total', '504.71', 15]]);
    expect(unitsOf(facts)).toEqual([['550004', '广州市海珠区城市社区网格化服务管理中心', '504.71', 17]]);
    expect(rowsOf(facts)).toEqual([
      ['550004', '人员支出（统发）', '126.57', 27],
      ['550004', '公用经费', '38.08', 29],
      ['550004', '对个人和家庭的补助支出（其他）', '13.45', 32],
    ]);
    expect(facts.basicByUnit?.[0]?.unitName).toBe('广州市海珠区城市社区网格化服务管理中心');
    expect(warnings).toEqual([]);
  });

  it('001: tab-separated OCR, 单位编码 in the first cell, categories under an empty first cell', () => {
    const text = [
      '部门预算基本支出预算表',
      '',
      '单位编码\t位名称)\t总计\t小 计\t一般公共预 算',
      '1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13',
      '\t合 计\t2171.03\t2171.03\t2171.03\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00',
      '550001\t广州市海珠区政 务服务数据管理局\t686.21\t686.21\t686.21\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00',
      '\t人员支出 (统发)\t205.08\t205.08\t205.08\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00',
      '\t对个人和家庭的 补助支出(其他)\t10.09\t10.09\t10.09\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00',
      '550002\t广州市海珠区电 子政务技术信息中 心\t429.60\t429.60\t429.60\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00',
      '\t公用经费\t29.24\t29.24\t29.24\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00',
    ].join('\n');
    const { facts, warnings } = read(text, 'basicByUnit');
    expect(unitsOf(facts)).toEqual([
      ['550001', '广州市海珠区政务服务数据管理局', '686.21', 6],
      ['550002', '广州市海珠区电子政务技术信息中心', '429.60', 9],
    ]);
    expect(rowsOf(facts)).toEqual([
      ['550001', '人员支出(统发)', '205.08', 7],
      ['550001', '对个人和家庭的补助支出(其他)', '10.09', 8],
      ['550002', '公用经费', '29.24', 10],
    ]);
    expect(facts.printedTotals?.[0]?.amount).toBe('2171.03');
    expect(warnings).toEqual([]);
  });

  it('002: no 单位编码 (the name keys the unit), categories indented with full-width spaces', () => {
    const text = [
      '表11',
      '',
      '部门预算基本支出预算表',
      '',
      '支出项目类别（资金使用',
      '',
      '单位）',
      '总计',
      '',
      '合计 一般公共预算 政府性基金预算 国有资本经营预算',
      '',
      '合计 2,507.50 2,507.50 2,507.50 0.00 0.00 0.00 0.00',
      '',
      '广州市海珠区政务服务和',
      '',
      '数据管理局（本级）',
      '628.26 628.26 628.26 0.00 0.00 0.00 0.00',
      '',
      '\u3000工资福利支出 529.03 529.03 529.03 0.00 0.00 0.00 0.00',
      '',
      '广州市海珠区数字政府运',
      '',
      '营中心（广州市海珠区政',
      '',
      '务服务中心）',
      '',
      '1,879.24 1,879.24 1,879.24 0.00 0.00 0.00 0.00',
      '',
      '\u3000对个人和家庭的补助 0.03 0.03 0.03 0.00 0.00 0.00 0.00',
      '',
      '注：无。',
    ].join('\n');
    const { facts, warnings } = read(text, 'basicByUnit');
    expect(unitsOf(facts)).toEqual([
      ['', '广州市海珠区政务服务和数据管理局（本级）', '628.26', 14],
      ['', '广州市海珠区数字政府运营中心（广州市海珠区政务服务中心）', '1879.24', 21],
    ]);
    expect(rowsOf(facts)).toEqual([
      ['广州市海珠区政务服务和数据管理局（本级）', '工资福利支出', '529.03', 19],
      ['广州市海珠区数字政府运营中心（广州市海珠区政务服务中心）', '对个人和家庭的补助', '0.03', 29],
    ]);
    expect(facts.printedTotals?.map((p) => [p.key, p.amount])).toEqual([['basic.byUnit.total', '2507.50']]);
    expect(warnings).toEqual([]);
  });

  it('004: tab-separated, nothing indented; the department’s category totals (…合计) come before the units', () => {
    const text = [
      '部门预算基本支出预算表',
      '',
      '单位名称： 广州市白云区政务服务数据管理局',
      '',
      '单位：万元',
      '',
      '支出项目类别(资金使用单位)\t总 计\t财政拨款\t\t\t\t财政专户拨款\t其他资金',
      '\t\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算\t\t',
      '合 计\t1,422.84\t1,422.84\t1,422.84\t0.00\t0.00\t0.00\t0.00',
      '工资福利支出合计\t1,252.08\t1,252.08\t1,252.08\t0.00\t0.00\t0.00\t0.00',
      '资本性支出合计\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00',
      '广州市白云区政务服务数据管理局\t820.26\t820.26\t820.26\t0.00\t0.00\t0.00\t0.00',
      '工资福利支出\t702.36\t702.36\t702.36\t0.00\t0.00\t0.00\t0.00',
      '广州市白云区12345政务服务便民热线中心\t227.98\t227.98\t227.98\t0.00\t0.00\t0.00\t0.00',
      '对个人和家庭的补助\t9.01\t9.01\t9.01\t0.00\t0.00\t0.00\t0.00',
    ].join('\n');
    const { facts, warnings } = read(text, 'basicByUnit');
    expect(facts.printedTotals?.map((p) => [p.key, p.amount, p.src.lines[0]])).toEqual([
      ['basic.byUnit.total', '1422.84', 9],
      ['basic.byUnit.category.工资福利支出', '1252.08', 10],
      ['basic.byUnit.category.资本性支出', '0.00', 11],
    ]);
    expect(unitsOf(facts)).toEqual([
      ['', '广州市白云区政务服务数据管理局', '820.26', 12],
      ['', '广州市白云区12345政务服务便民热线中心', '227.98', 14],
    ]);
    expect(rowsOf(facts)).toEqual([
      ['广州市白云区政务服务数据管理局', '工资福利支出', '702.36', 13],
      ['广州市白云区12345政务服务便民热线中心', '对个人和家庭的补助', '9.01', 15],
    ]);
    expect(warnings).toEqual([]);
  });

  it('a category printed before any unit (without 合计) is warned about', () => {
    const text = ['部门预算基本支出预算表', '支出项目类别\t总计', '合 计\t1.00', '工资福利支出\t1.00'].join('\n');
    const { facts, warnings } = read(text, 'basicByUnit');
    expect(facts.basicByUnit).toEqual([]);
    expect(warnings.map((w) => [w.code, w.at?.lines])).toEqual([['ROW_UNREAD', [4, 4]]]);
  });
});

describe('readBasicByUnit on the real documents: rows read = rows printed', () => {
  it.each([
    // document, units, category rows, 合计, the last category row
    ['000', 1, 4, '504.71', ['550004', '对个人和家庭的补助支出（其他）', '13.45', 1235]],
    ['001', 4, 16, '2171.03', ['550004', '对个人和家庭的补助支出(其他)', '13.45', 638]],
    ['002', 2, 6, '2507.50', ['广州市海珠区数字政府运营中心（广州市海珠区政务服务中心）', '对个人和家庭的补助', '0.03', 862]],
    ['004', 3, 9, '1422.84', ['广州市白云区12345政务服务便民热线中心', '对个人和家庭的补助', '9.01', 478]],
  ] as const)('%s: %i units, %i category rows, 合计 %s', (doc, units, rows, total, last) => {
    const { facts, warnings } = read(sourceText(doc), 'basicByUnit');
    expect(facts.units).toHaveLength(units);
    expect(facts.basicByUnit).toHaveLength(rows);
    expect(facts.printedTotals?.find((p) => p.key === 'basic.byUnit.total')?.amount).toBe(total);
    expect(rowsOf(facts).at(-1)).toEqual(last);
    expect(warnings).toEqual([]);
  });

  it('001: the unit rows after the continuation page (line 629) are still read', () => {
    const { facts } = read(sourceText('001'), 'basicByUnit');
    expect(unitsOf(facts)).toEqual([
      ['550001', '广州市海珠区政务服务数据管理局', '686.21', 609],
      ['550002', '广州市海珠区电子政务技术信息中心', '429.60', 614],
      ['550003', '广州市海珠区企业审批服务中心', '550.52', 629],
      ['550004', '广州市海珠区城市社区网格化服务管理中心', '504.71', 634],
    ]);
  });
});

describe('readNonTaxIncome', () => {
  it.each([
    ['000', '0.00', 1040],
    ['001', '0.00', 553],
  ] as const)('%s: 合计 %s at line %i → nonTax.total', (doc, amount, line) => {
    const { facts, warnings } = read(sourceText(doc), 'nonTaxIncome');
    expect(facts.printedTotals).toEqual([{ key: 'nonTax.total', amount, src: { table: 't05', lines: [line, line] } }]);
    expect(warnings).toEqual([]);
  });

  it('a row below 合计 has no place in the model yet: kept raw, with a warning', () => {
    const text = ['非税收入预算表', '单位编码\t单位名称\t合计', '\t合计\t\t\t3.00', '550001\t某单位\t\t\t3.00'].join('\n');
    const { facts, warnings } = read(text, 'nonTaxIncome');
    expect(facts.printedTotals?.map((p) => p.amount)).toEqual(['3.00']);
    expect(warnings.map((w) => w.code)).toEqual(['ROW_UNREAD']);
  });
});
