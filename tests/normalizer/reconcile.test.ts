import { describe, expect, it } from 'vitest';
import type { Amount, FunctionalRow, SourceRef } from '../../src/model/types';
import type { Facts } from '../../src/normalizer/facts';
import { reconcile } from '../../src/normalizer/reconcile';

const a = (s: string) => s as Amount;
const src = (table: string, line: number): SourceRef => ({ table, lines: [line, line] });
const row = (code: string, total: string, basic: string, project: string, line: number): FunctionalRow => ({
  code,
  name: `科目${code}`,
  level: code.length === 3 ? 'lei' : code.length === 5 ? 'kuan' : 'xiang',
  total: a(total),
  basic: a(basic),
  project: a(project),
  src: src('t03', line),
});

function base(): Facts {
  return {
    incomeTotal: a('1309.71'),
    expenditure: { total: a('1309.71'), basic: a('504.71'), project: a('805.00'), src: src('t03', 10) },
    functional: [
      row('206', '1182.90', '377.90', '805.00', 11),
      row('20601', '1182.90', '377.90', '805.00', 12),
      row('2060199', '1182.90', '377.90', '805.00', 13),
      row('208', '126.81', '126.81', '0.00', 14),
      row('20805', '126.81', '126.81', '0.00', 15),
    ],
  };
}

const find = (facts: Facts, code: string, subject?: string) =>
  reconcile(facts).filter((c) => c.code === code && (subject === undefined || c.subject === subject));

describe('reconcile', () => {
  it('passes a budget whose figures agree', () => {
    const checks = reconcile(base());
    expect(checks.length).toBeGreaterThan(10);
    expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
  });

  it('marks a sum off by 0.01 (one printing unit per part) as rounding, not a contradiction, and keeps both figures as printed', () => {
    const facts = base();
    facts.functional![2] = row('2060199', '1182.89', '377.89', '805.00', 13);
    const [check] = find(facts, 'FUNCTIONAL_CHILDREN_SUM', '支出总表::20601:total');
    expect(check?.status).toBe('rounding');
    expect(check?.expected).toBe('1182.90');
    expect(check?.actual).toBe('1182.89');
    expect(check?.difference).toBe('0.01');
    expect(check?.refs).toEqual([src('t03', 12), src('t03', 13)]);
    expect(check?.params).toEqual({ table: 't03', code: '20601', name: expect.any(String), column: 'total' });
    expect(check?.message).toContain('相差 0.01 万元');
  });

  it('tells rounding from contradiction by the printing precision of the parts', () => {
    const facts = base();
    // One part, two decimals: 0.01 is rounding, 0.02 is not.
    facts.functional![2] = row('2060199', '1182.88', '377.88', '805.00', 13);
    expect(find(facts, 'FUNCTIONAL_CHILDREN_SUM', '支出总表::20601:total')[0]?.status).toBe('fail');
    // Whole 元: up to 1 元 per part is rounding.
    facts.expenditure = { ...facts.expenditure!, total: a('13097101'), basic: a('5047100'), project: a('8050000') };
    expect(find(facts, 'BASIC_PLUS_PROJECT')[0]?.status).toBe('rounding');
    facts.expenditure = { ...facts.expenditure, total: a('13097103') };
    expect(find(facts, 'BASIC_PLUS_PROJECT')[0]?.status).toBe('fail');
  });

  it('fails income ≠ expenditure', () => {
    const facts = base();
    facts.incomeTotal = a('5911.03');
    const [check] = find(facts, 'INCOME_EQUALS_EXPENDITURE');
    expect(check).toMatchObject({ status: 'fail', expected: '1309.71', actual: '5911.03', difference: '-4601.32' });
  });

  it('fails basic + project ≠ total, per row and overall', () => {
    const facts = base();
    facts.expenditure = { ...facts.expenditure!, basic: a('504.61') };
    expect(find(facts, 'BASIC_PLUS_PROJECT')[0]?.status).toBe('fail');
    facts.functional![0] = row('206', '1182.90', '377.90', '805.10', 11);
    expect(find(facts, 'ROW_BASIC_PLUS_PROJECT', '支出总表::206')[0]?.status).toBe('fail');
  });

  it('flags a procurement total larger than the whole budget (000: 8,000.00 in 1,309.71)', () => {
    const facts = base();
    facts.narrative = [{ key: 'procurement.total', label: '政府采购', amount: a('8000.00'), src: src('narrative', 400) }];
    const [check] = find(facts, 'PROCUREMENT_WITHIN_BUDGET');
    expect(check).toMatchObject({ status: 'fail', actual: '8000.00', expected: '1309.71' });
    expect(check?.message).toContain('超过');
  });

  it('compares the prose with the tables and the tables with each other', () => {
    const facts = base();
    facts.narrative = [{ key: 'expenditure.total', label: '支出预算', amount: a('1309.71'), src: src('narrative', 300) }];
    facts.printedTotals = [{ key: 'expenditure.total', amount: a('1309.70'), src: src('t01', 40) }];
    expect(find(facts, 'NARRATIVE_MATCHES_TABLE')[0]?.status).toBe('pass');
    const agree = find(facts, 'TABLES_AGREE', 'expenditure.total')[0];
    expect(agree).toMatchObject({ status: 'rounding', expected: '1309.71', actual: '1309.70', difference: '0.01' });
  });

  it('checks 三公经费 parts and projects against their totals', () => {
    const facts = base();
    facts.threePublic = {
      total: a('2.08'),
      outbound: a('0.00'),
      vehicle: a('2.08'),
      vehiclePurchase: a('0.00'),
      vehicleOperation: a('2.08'),
      reception: a('0.00'),
      src: src('t12', 5),
    };
    facts.projects = [
      { id: 'p01', name: 'A', amount: a('800.00'), src: src('t10', 1) },
      { id: 'p02', name: 'B', amount: a('5.00'), src: src('t10', 2) },
    ];
    facts.printedTotals = [{ key: 'projects.total', amount: a('805.00'), src: src('t10', 0) }];
    expect(find(facts, 'THREE_PUBLIC_PARTS').map((c) => c.status)).toEqual(['pass', 'pass']);
    expect(find(facts, 'PROJECTS_SUM').map((c) => c.status)).toEqual(['pass', 'pass']);
    facts.projects[1] = { id: 'p02', name: 'B', amount: a('4.99'), src: src('t10', 2) };
    expect(find(facts, 'PROJECTS_SUM').map((c) => c.difference)).toEqual(['0.01', '0.01']);
  });

  it('checks a 一般公共预算-only project table against 一般公共预算’s 项目支出 (003 表七)', () => {
    const facts = base();
    facts.projects = [{ id: 'p01', name: 'A', amount: a('700.00'), src: src('t07', 1) }];
    facts.printedTotals = [{ key: 'generalPublic.project', amount: a('700.00'), src: src('t05', 9) }];
    const [check] = reconcile(facts, { projectScope: 'generalPublic' }).filter((c) => c.code === 'PROJECTS_SUM');
    expect(check).toMatchObject({ status: 'pass', subject: 'generalPublic.project', expected: '700.00' });
    // against the department's 项目支出 (805.00, which includes other money) it would fail
    expect(find(facts, 'PROJECTS_SUM')[0]).toMatchObject({ status: 'fail', expected: '805.00' });
  });
});

describe('reconcile: economic classification', () => {
  const eco = (code: string, amount: string, line: number, table = 't09') => ({
    code,
    name: `经济${code}`,
    amount: a(amount),
    spending: 'basic' as const,
    src: src(table, line),
  });

  it('gives each 款 to the nearest 类 printed before it (301 printed twice, 001/004)', () => {
    const facts: Facts = {
      economic: [eco('301', '10.00', 1), eco('30101', '10.00', 2), eco('301', '5.00', 3), eco('30101', '4.99', 4)],
    };
    const checks = reconcile(facts).filter((c) => c.code === 'ECONOMIC_CHILDREN_SUM');
    expect(checks.map((c) => [c.status, c.expected, c.actual])).toEqual([
      ['pass', '10.00', '10.00'],
      ['rounding', '5.00', '4.99'],
    ]);
  });

  it('applies no sum rule to a table that prints only some 款 (其中, 003 表六)', () => {
    const facts: Facts = { economic: [eco('302', '38.08', 1, 't06'), eco('30201', '9.76', 2, 't06')] };
    expect(reconcile(facts, { partialTables: new Set(['t06']) }).filter((c) => c.code === 'ECONOMIC_CHILDREN_SUM')).toEqual([]);
    expect(reconcile(facts).filter((c) => c.code === 'ECONOMIC_CHILDREN_SUM')).toHaveLength(1);
  });
});

describe('reconcile: cross-table checks', () => {
  it('fails when a fund’s spending is not its income (001: 一般公共预算 5921.56 spent, 5911.03 received)', () => {
    const facts = base();
    facts.income = [{ key: 'generalPublic', name: '一般公共预算', amount: a('5911.03'), src: src('t01', 3) }];
    facts.printedTotals = [{ key: 'generalPublic.total', amount: a('5921.56'), src: src('t06', 20) }];
    expect(find(facts, 'FUND_MATCHES_INCOME')[0]).toMatchObject({ status: 'fail', expected: '5921.56', actual: '5911.03', difference: '10.53' });
  });

  it('adds each unit’s projects up to its subtotal, by unit code or by printed unit name', () => {
    const facts = base();
    facts.projects = [
      { id: 'p01', name: 'A', unitName: '本级', amount: a('1.00'), src: src('t12', 1) },
      { id: 'p02', name: 'B', unitName: '本级', amount: a('2.01'), src: src('t12', 2) },
      { id: 'p03', name: 'C', unit: '550004', amount: a('5.00'), src: src('t12', 3) },
    ];
    facts.printedTotals = [
      { key: 'projects.byUnit.本级', amount: a('3.00'), src: src('t12', 0) },
      { key: 'projects.byUnit.550004', amount: a('5.00'), src: src('t12', 4) },
    ];
    expect(
      find(facts, 'PROJECTS_SUM')
        .filter((c) => c.subject?.startsWith('unit:'))
        .map((c) => [c.subject, c.status, c.difference]),
    ).toEqual([
      ['unit:本级', 'rounding', '-0.01'],
      ['unit:550004', 'pass', '0.00'],
    ]);
  });

  it('flags procurement larger than the project that buys it (001: 琶洲 536.75 bought, 493.05 budgeted)', () => {
    const facts = base();
    facts.projects = [{ id: 'p01', name: '琶洲政务分中心运营经费', amount: a('493.05'), src: src('t10', 744) }];
    facts.procurement = {
      total: a('536.75'),
      items: [
        { project: '琶洲政务分中心运营经费', name: '物业管理服务', amount: a('500.00'), src: src('t13', 918) },
        { project: '琶洲政务分中心运营经费', name: '其他服务', amount: a('36.75'), src: src('t13', 920) },
      ],
      src: src('t13', 900),
    };
    const check = find(facts, 'PROCUREMENT_WITHIN_BUDGET', 'project:琶洲政务分中心运营经费')[0];
    expect(check).toMatchObject({ status: 'fail', expected: '493.05', actual: '536.75' });
  });

  it('adds the 类 a summary table prints up to its 本年支出合计', () => {
    const facts = base();
    facts.printedTotals = [
      { key: 'functional.206', amount: a('1182.90'), src: src('t01', 1) },
      { key: 'functional.208', amount: a('126.80'), src: src('t01', 2) },
      { key: 'expenditure.thisYear', amount: a('1309.71'), src: src('t01', 9) },
    ];
    expect(find(facts, 'FUNCTIONAL_TOTAL', 't01:classes')[0]).toMatchObject({ status: 'rounding', difference: '0.01' });
  });
});
