import { FILES, readTable, sourceText, tableContext } from '../../support/sources';

import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../src/normalizer/facts';
import { readIncome } from '../../../src/normalizer/readers/incomeTable';

const read = (doc: keyof typeof FILES) => readTable(FILES[doc], sourceText(doc), 'income', readIncome);

const amountOf = (facts: Facts, key: string) => facts.printedTotals?.filter((p) => p.key === key).map((p) => p.amount);
const linesOf = (facts: Facts, key: string) => facts.printedTotals?.find((p) => p.key === key)?.src.lines;

describe('readIncome: the 合计 row under the keys of 收支总体情况表', () => {
  it.each([
    // doc, key, amount as printed (normalised)
    ['000', 'income.total', '1309.71'],
    ['000', 'income.thisYear', '1309.71'],
    ['000', 'income.fiscal', '1309.71'],
    ['000', 'income.generalPublic', '1309.71'],
    ['000', 'income.fiscalSpecial.educationFees', '0.00'],
    ['000', 'income.carryover', '0.00'],
    ['001', 'income.total', '5921.56'],
    ['001', 'income.thisYear', '5911.03'],
    ['001', 'income.carryover', '10.53'],
    ['002', 'income.total', '4417.50'],
    ['002', 'income.generalPublic', '2517.50'],
    ['002', 'income.govFund', '1900.00'],
    ['002', 'income.businessFund', '0.00'],
    ['003', 'income.total', '15947.98'],
    ['003', 'income.fiscal', '14777.19'],
    ['003', 'income.carryover', '1170.79'],
  ] as const)('%s %s = %s', (doc, key, amount) => {
    expect(amountOf(read(doc).facts, key)).toEqual([amount]);
  });

  it('reads each layout family with its own number of columns (17 / 12 / 13)', () => {
    const count = (doc: keyof typeof FILES) => read(doc).facts.printedTotals?.filter((p) => /^income\.[a-zA-Z.]+$/u.test(p.key)).length;
    expect(count('000')).toBe(17);
    expect(count('002')).toBe(12);
    // 2017 prints blank cells for the sources it does not have: only 4 of 13 cells carry a figure.
    expect(count('003')).toBe(4);
  });
});

describe('readIncome: rows by 功能分类科目', () => {
  it('000: names broken over lines keep the lines of the whole row; 1,182.90 → 1182.90', () => {
    const { facts } = read('000');
    expect(amountOf(facts, 'functional.206')).toEqual(['1182.90']);
    expect(linesOf(facts, 'functional.2060199')).toEqual([704, 708]);
    expect(amountOf(facts, 'income.byFunction.2060199.generalPublic')).toEqual(['1182.90']);
    expect(amountOf(facts, 'functional.2100799')).toEqual(['13.45']);
  });

  it('001: "24. 00" and "243. 57" as printed; the carry-over column is the 17th', () => {
    const { facts } = read('001');
    expect(amountOf(facts, 'income.byFunction.2060103.thisYear')).toEqual(['24.00']);
    expect(amountOf(facts, 'functional.208')).toEqual(['243.57']);
    expect(amountOf(facts, 'income.byFunction.201.carryover')).toEqual(['10.53']);
    expect(amountOf(facts, 'income.byFunction.201.generalPublic')).toEqual(['0.00']);
  });

  it('002: a row glued to the repeated page header (segmenter, lines 385–441) starts at its code', () => {
    const { facts, warnings } = read('002');
    expect(amountOf(facts, 'functional.21305')).toEqual(['10.00']);
    expect(linesOf(facts, 'functional.21305')).toEqual([437, 441]);
    expect(amountOf(facts, 'income.byFunction.2120899.govFund')).toEqual(['1900.00']);
    expect(warnings).toEqual([]);
  });

  it('004: the first page was lost in extraction: warns, reads what is printed, no 合计 invented', () => {
    const { facts, warnings } = read('004');
    expect(amountOf(facts, 'income.total')).toEqual([]);
    expect(amountOf(facts, 'functional.2100410')).toEqual(['41.24']);
    expect(amountOf(facts, 'functional.221')).toEqual(['399.32']);
    expect(facts.printedTotals?.filter((p) => p.key.startsWith('functional.'))).toHaveLength(5);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.code).toBe('TABLE_INCOMPLETE');
    expect(warnings[0]?.at?.lines).toEqual([145, 145]);
    expect(warnings[0]?.message).toContain('合计');
  });
});

describe('readIncome: 2017 per-unit table with blank cells', () => {
  it('003: four units with 单位编码, 单位类别 and total', () => {
    const { facts } = read('003');
    expect(facts.units?.map((u) => [u.code, u.name, u.kind, u.total, u.src.lines])).toEqual([
      ['190001', '广州市人民政府政务管理办公室', '行政单位', '4678.57', [491, 495]],
      ['190004', '广州市电子政务服务中心', '公益一类事业单位', '996.64', [499, 503]],
      ['190005', '广州市政务服务中心', '公益一类事业单位', '1021.28', [505, 505]],
      ['190006', '广州市市长专线电话受理中心', '参公事业单位', '9251.49', [509, 513]],
    ]);
  });

  it('003: blank cells counted from the spacing put 上年结转 in its own column', () => {
    const { facts } = read('003');
    expect(amountOf(facts, 'income.unit.190001.carryover')).toEqual(['818.95']);
    expect(amountOf(facts, 'income.unit.190001.generalPublic')).toEqual(['3859.62']);
    expect(amountOf(facts, 'income.unit.190001.govFund')).toEqual([]);
    // 190005 prints no carry-over at all (21 trailing spaces = ten blank cells).
    expect(amountOf(facts, 'income.unit.190005.carryover')).toEqual([]);
    expect(amountOf(facts, 'income.unitKind.参公事业单位.total')).toEqual(['9251.49']);
  });
});

describe('readIncome: tables it cannot read', () => {
  it('fails, naming the table and line, on a header of no known layout', () => {
    const text = ['收入总体情况表', '科目编码 科目名称 合计 甲 乙', '合计 1.00 1.00 0.00'].join('\n');
    const result = readIncome(tableContext('x.txt', text, 'income').ctx);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('t01 (line 1)');
  });

  it('warns CELL_COUNT and keeps the row out where the amounts do not fit the columns', () => {
    const header = [
      '收入总体情况表',
      '功能分类科目\t\t合计\t财政拨款收入\t\t\t财政专户拨款收入\t\t其他资金收入\t\t\t上级补助收入\t附属单位上缴收入\t用事业基金弥补收支差额',
      '科目编码\t科目名称\t\t一般公共预算\t政府性基金预算\t国有资本经营预算\t教育收费\t其他专户收入拨款\t事业收入\t经营收入\t其他收入\t\t\t',
    ];
    const good = '2210201\t住房公积金\t110.02\t110.02\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00';
    const text = [...header, '221\t住房保障支出\t399.32\t399.32\t0.00', good].join('\n');
    const { ctx, warnings } = tableContext('x.txt', text, 'income');
    const result = readIncome(ctx);
    expect(result.ok && result.value.printedTotals?.map((p) => p.key).filter((k) => k.includes('221.') || k === 'functional.221')).toEqual([]);
    expect(result.ok && result.value.printedTotals?.find((p) => p.key === 'functional.2210201')?.amount).toBe('110.02');
    expect(warnings.map((w) => [w.code, w.at?.lines])).toEqual([
      ['TABLE_INCOMPLETE', [4, 4]], // no 合计 row before the first row
      ['CELL_COUNT', [4, 4]],
      ['ROW_UNREAD', [4, 4]],
    ]);
  });

  it('fails where not one row has the columns of the recognised layout', () => {
    const text = ['收入总体情况表', '科目编码 科目名称 合计 一般公共预算 教育收费', '221 住房保障支出 399.32 399.32 0.00'].join('\n');
    const result = readIncome(tableContext('x.txt', text, 'income').ctx);
    expect(result).toEqual({
      ok: false,
      reason: 't01 (line 1): no row has the 12 amount columns of layout 2023/2025 (财政拨款收入 / 财政专户拨款收入 / 其他资金收入)',
    });
  });
});
