import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../src/normalizer/facts';
import { readFiscalSummary, readSummary } from '../../../src/normalizer/readers/summaryTables';
import { type DocNumber, FILES, readTable, sourceText, tableContext } from '../../support/sources';

const read = (doc: DocNumber, kind: 'summary' | 'fiscalSummary' = 'summary') =>
  readTable(FILES[doc], sourceText(doc), kind, kind === 'summary' ? readSummary : readFiscalSummary);

const printed = (facts: Facts, key: string) => facts.printedTotals?.filter((p) => p.key === key).map((p) => ({ amount: p.amount, lines: p.src.lines }));
const incomeOf = (facts: Facts) => (facts.income ?? []).map((i) => [i.key, i.name, i.amount, i.src.table, i.src.lines[0]]);

describe('readSummary: income lines are the printed leaves, in every layout', () => {
  it('000 (pdftotext, one space between cells): 一、财政拨款 is a subtotal, its parts are the lines', () => {
    const { facts, warnings } = read('000');
    expect(incomeOf(facts)).toEqual([
      ['generalPublic', '一般公共预算', '1309.71', 't01', 526],
      ['govFund', '政府性基金预算', '0.00', 't01', 528],
      ['stateCapital', '国有资本经营预算', '0.00', 't01', 530],
      ['fiscalSpecial', '财政专户管理资金', '0.00', 't01', 532],
      ['business', '事业收入', '0.00', 't01', 536],
      ['operating', '经营收入', '0.00', 't01', 538],
      ['otherIncome', '其他收入', '0.00', 't01', 540],
      ['superiorSubsidy', '上级补助收入', '0.00', 't01', 582],
      ['subordinateRemit', '附属单位上缴收入', '0.00', 't01', 596],
      ['businessFund', '用事业基金弥补收支总额', '0.00', 't01', 598],
      ['carryover', '上年预结转', '0.00', 't01', 600],
    ]);
    expect(facts.incomeTotal).toBe('1309.71');
    expect(printed(facts, 'income.fiscal')).toEqual([{ amount: '1309.71', lines: [524, 524] }]);
    expect(printed(facts, 'income.otherFunds')).toEqual([{ amount: '0.00', lines: [534, 534] }]);
    expect(warnings).toEqual([]);
  });

  it('001 (tab-separated OCR): "10. 53" → 10.53, and 本年收入合计 ≠ 本年支出合计 both kept as printed', () => {
    const { facts } = read('001');
    expect(facts.income?.find((i) => i.key === 'carryover')).toEqual({
      key: 'carryover',
      name: '上年预结转',
      amount: '10.53',
      src: { table: 't01', lines: [420, 420] },
    });
    expect(printed(facts, 'income.thisYear')).toEqual([{ amount: '5911.03', lines: [407, 407] }]);
    expect(printed(facts, 'expenditure.thisYear')).toEqual([{ amount: '5921.56', lines: [407, 407] }]);
    expect(printed(facts, 'income.total')).toEqual([{ amount: '5921.56', lines: [421, 421] }]);
    expect(printed(facts, 'expenditure.total')).toEqual([{ amount: '5921.56', lines: [421, 421] }]);
    expect(printed(facts, 'functional.208')).toEqual([{ amount: '243.57', lines: [383, 383] }]);
    expect(facts.incomeTotal).toBe('5921.56');
  });

  it('002 (2025, 一、预算拨款 without breakdown): the fund split is read from 财政拨款收支总体情况表, never computed', () => {
    const { facts, warnings } = read('002');
    expect(incomeOf(facts)).toEqual([
      ['generalPublic', '一般公共预算', '2517.50', 't04', 576],
      ['govFund', '政府性基金预算', '1900.00', 't04', 578],
      ['stateCapital', '国有资本经营预算', '0.00', 't04', 580],
      ['fiscalSpecial', '财政专户拨款', '0.00', 't01', 207],
      ['otherIncome', '其他资金', '0.00', 't01', 209],
      ['superiorSubsidy', '上级补助收入', '0.00', 't01', 260],
      ['subordinateRemit', '附属单位上缴收入', '0.00', 't01', 262],
      ['businessFund', '用事业基金弥补收支差额', '0.00', 't01', 264],
    ]);
    // The subtotal as printed in 表1 stays a printed total.
    expect(printed(facts, 'income.fiscal')).toEqual([{ amount: '4417.50', lines: [205, 205] }]);
    expect(facts.income?.some((i) => i.key === 'carryover')).toBe(false);
    expect(warnings).toEqual([]);
  });

  it('003 (2017 layout-preserved): blank amounts stay absent, 款 names are kept under their 类', () => {
    const { facts } = read('003');
    expect(incomeOf(facts)).toEqual([
      ['generalPublic', '一般公共预算', '14777.19', 't01', 388],
      ['carryover', '上年结转', '1170.79', 't01', 416],
    ]);
    expect(facts.incomeTotal).toBe('15947.98');
    expect(printed(facts, 'income.fiscal')).toEqual([{ amount: '14777.19', lines: [386, 386] }]);
    expect(printed(facts, 'functional.201')).toEqual([{ amount: '13209.78', lines: [386, 386] }]);
    expect(printed(facts, 'functional.201.统计信息事务')).toEqual([{ amount: '150.00', lines: [390, 390] }]);
    expect(printed(facts, 'functional.210')).toEqual([{ amount: '88.90', lines: [402, 402] }]);
    expect(printed(facts, 'functional.210.行政事业单位医疗')).toEqual([{ amount: '25.00', lines: [406, 406] }]);
    // "八、用事业基金弥补收支差额   结转下年" prints no amount at all: nothing is recorded for it.
    expect(facts.printedTotals?.some((p) => p.key === 'expenditure.carryForward')).toBe(false);
    expect(facts.income?.some((i) => i.key === 'businessFund')).toBe(false);
    expect(printed(facts, 'expenditure.thisYear')).toEqual([{ amount: '15947.98', lines: [412, 412] }]);
    expect(printed(facts, 'income.total')).toEqual([{ amount: '15947.98', lines: [418, 418] }]);
  });

  it('004 (tab-separated, 2023): 预算拨款 split from 表4, 类 names of 2023 mapped to codes', () => {
    const { facts } = read('004');
    expect(facts.income?.[0]).toEqual({ key: 'generalPublic', name: '一般公共预算', amount: '14416.56', src: { table: 't04', lines: [205, 205] } });
    expect(printed(facts, 'functional.206')).toEqual([{ amount: '11525.36', lines: [91, 91] }]);
    expect(printed(facts, 'functional.215')).toEqual([{ amount: '0.00', lines: [108, 108] }]);
    expect(printed(facts, 'functional.223')).toEqual([{ amount: '0.00', lines: [115, 115] }]);
    expect(printed(facts, 'expenditure.carryForward')).toEqual([{ amount: '0.00', lines: [130, 130] }]);
  });

  it.each([
    ['000', 22, '206', '1182.9'],
    ['001', 22, '206', '5411.72'],
    ['002', 25, '212', '1900.00'],
    ['003', 5, '221', '763.64'],
    ['004', 23, '201', '2304.23'],
  ] as const)('%s prints %i 类 on the right; %s = %s exactly as printed', (doc, count, code, amount) => {
    const { facts } = read(doc);
    const lei = facts.printedTotals?.filter((p) => /^functional\.\d{3}$/u.test(p.key)) ?? [];
    expect(lei).toHaveLength(count);
    expect(printed(facts, `functional.${code}`)?.[0]?.amount).toBe(amount);
  });

  it('warns, and invents nothing, where 预算拨款 has no breakdown anywhere in the document', () => {
    const text = [
      '表1',
      '收支总体情况表',
      '项目 预算 项目 预算',
      '一、预算拨款 4,417.50 一、一般公共服务支出 0.00',
      '本年收入合计 4,417.50 本年支出合计 4,417.50',
      '收入总计 4,417.50 支出总计 4,417.50',
    ].join('\n');
    const { ctx, warnings } = tableContext('x.txt', text, 'summary');
    const result = readSummary(ctx);
    expect(result.ok && result.value.income).toEqual([]);
    expect(warnings.map((w) => [w.code, w.at?.lines])).toEqual([['ROW_UNREAD', [4, 4]]]);
  });

  it('a text-only line is not glued to a next line that starts with its own label (2017 blank cells)', () => {
    // 003 lines 386–392, with 统计信息事务's amount blanked: a 款 printed with nothing in any cell.
    const text = [
      '表一',
      '     收支预算总表',
      ' 收 入 项 目 2017 年预算 支 出 项 目 2017 年预算 ',
      ' 一、财政拨款收入(财政补助收入) 14,777.19 一、一般公共服务支出 13,209.78 ',
      ' （二）政府性基金预算     统计信息事务  ',
      ' （三）国有资本经营预算   二、科学技术支出 1,727.98 ',
    ].join('\n');
    const { ctx, warnings } = tableContext('x.txt', text, 'summary');
    const result = readSummary(ctx);
    if (!result.ok) throw new Error(result.reason);
    expect(printed(result.value, 'functional.206')).toEqual([{ amount: '1727.98', lines: [6, 6] }]);
    expect(result.value.printedTotals?.map((p) => p.key)).toEqual(['income.fiscal', 'functional.201', 'functional.206']);
    expect(warnings).toEqual([]);
  });

  it('fails with the table and line when no line can be read', () => {
    const result = readSummary(tableContext('x.txt', '表1\n收支总体情况表\n收入项目 2021 年预算 支出项目 2021 年预算\n', 'summary').ctx);
    expect(result).toEqual({ ok: false, reason: 't01 (line 2): no income or expenditure line could be read' });
  });
});

describe('readFiscalSummary: printed totals only, fund lines under the same keys as 表1', () => {
  it('001: the fund lines share keys with 收支总体情况表, the totals are fiscal.*', () => {
    const { facts } = read('001', 'fiscalSummary');
    expect(facts.income).toBeUndefined();
    expect(printed(facts, 'income.generalPublic')).toEqual([{ amount: '5911.03', lines: [511, 511] }]);
    expect(printed(facts, 'fiscal.income.carryover')).toEqual([{ amount: '10.53', lines: [541, 541] }]);
    expect(printed(facts, 'fiscal.expenditure.thisYear')).toEqual([{ amount: '5921.56', lines: [540, 540] }]);
    expect(printed(facts, 'fiscal.functional.208')).toEqual([{ amount: '243.57', lines: [518, 518] }]);
  });

  it('003: the first label broken over lines (757–760) is read; fund columns with blank cells', () => {
    const { facts, warnings } = read('003', 'fiscalSummary');
    expect(printed(facts, 'income.fiscal')).toEqual([{ amount: '14777.19', lines: [757, 760] }]);
    expect(printed(facts, 'fiscal.functional.201')).toEqual([{ amount: '13209.78', lines: [760, 760] }]);
    expect(printed(facts, 'fiscal.functional.201.generalPublic')).toEqual([{ amount: '13209.78', lines: [760, 760] }]);
    expect(printed(facts, 'fiscal.functional.201.govFund')).toEqual([]);
    expect(printed(facts, 'fiscal.functional.201.政府办公厅（室）及相关机构事务')).toEqual([{ amount: '13059.78', lines: [763, 766] }]);
    expect(printed(facts, 'fiscal.expenditure.total.generalPublic')).toEqual([{ amount: '15947.98', lines: [794, 794] }]);
    expect(printed(facts, 'fiscal.income.carryover')).toEqual([{ amount: '1170.79', lines: [792, 792] }]);
    expect(warnings).toEqual([]);
  });

  it('002: 二十五、结转下年支出 on the right with nothing on the left', () => {
    const { facts } = read('002', 'fiscalSummary');
    expect(printed(facts, 'fiscal.expenditure.carryForward')).toEqual([{ amount: '0.00', lines: [629, 629] }]);
    expect(printed(facts, 'income.govFund')).toEqual([{ amount: '1900.00', lines: [578, 578] }]);
  });
});
