import { describe, expect, it } from 'vitest';
import { buildSankeyGraph, nodeFlows, type SankeyGraph } from '../../src/model/sankeyGraph';
import { checkBalance } from '../../src/layout/sankeyLayout';
import { amt, budget001, budget002, budget004 } from '../fixtures/sankeyBudgets';

function link(g: SankeyGraph, source: string, target: string) {
  return g.links.find((l) => l.source === source && l.target === target);
}
function node(g: SankeyGraph, id: string) {
  return g.nodes.find((n) => n.id === id);
}

describe('buildSankeyGraph: income → basic/project', () => {
  it('one non-zero source that equals basic + project: its split is known (rule single)', () => {
    const g = buildSankeyGraph(budget004());
    expect(g.incomeRule).toBe('single');
    expect(node(g, 'pool_income')).toBeUndefined();
    expect(link(g, 'income_generalPublic', 'spending_basic')?.amount).toBe('4416.56');
    expect(link(g, 'income_generalPublic', 'spending_project')?.amount).toBe('10000.00');
    expect(link(g, 'income_generalPublic', 'spending_basic')?.derivation).toBe('balance');
  });

  it('per-fund function tables that add up to their income lines give the split (rule fundTables)', () => {
    const b = budget002();
    // In the real 002 表5 the 类 rows add up to 2507.49 against a printed 合计 2507.50 (尾数误差); here 221 is
    // raised by 0.01 so that the table is a clean split of the 一般公共预算 line.
    const gp = b.functionalByFund[0]!;
    gp.rows = gp.rows.map((r) => (r.code === '221' ? { ...r, total: amt('667.43'), basic: amt('667.43') } : r));
    const g = buildSankeyGraph(b);
    expect(g.incomeRule).toBe('fundTables');
    expect(link(g, 'income_generalPublic', 'spending_basic')?.amount).toBe('2507.50');
    expect(link(g, 'income_generalPublic', 'spending_project')?.amount).toBe('10.00');
    expect(link(g, 'income_govFund', 'spending_project')?.amount).toBe('1900.00');
    // A zero flow is not drawn.
    expect(link(g, 'income_govFund', 'spending_basic')).toBeUndefined();
  });

  it('a fund table that misses its income line by 0.01 (002 表5 rounding) is not used as a split', () => {
    const g = buildSankeyGraph(budget002());
    expect(g.incomeRule).toBe('projectFunding');
  });

  it('one source without a fund table takes what the identity leaves (003-like: 一般公共预算 table + 上年结转)', () => {
    const b = budget002();
    b.income = [
      { key: 'generalPublic', name: '一般公共预算', amount: amt('14777.19'), src: { table: 't01', lines: [1, 1] } },
      { key: 'carryover', name: '上年结转', amount: amt('1170.79'), src: { table: 't01', lines: [2, 2] } },
    ];
    b.incomeTotal = amt('15947.98');
    b.expenditure = { total: amt('15947.98'), basic: amt('3167.70'), project: amt('12780.28'), src: b.expenditure.src };
    b.functionalByFund = [
      {
        fund: 'generalPublic',
        src: { table: 't05', lines: [797, 1600] },
        rows: [
          {
            code: '201',
            name: '一般公共服务支出',
            level: 'lei',
            total: amt('14777.19'),
            basic: amt('3167.70'),
            project: amt('11609.49'),
            src: { table: 't05', lines: [820, 820] },
          },
        ],
      },
    ];
    b.economic = [];
    const g = buildSankeyGraph(b);
    expect(g.incomeRule).toBe('fundTables');
    expect(link(g, 'income_generalPublic', 'spending_basic')?.amount).toBe('3167.70');
    expect(link(g, 'income_generalPublic', 'spending_project')?.amount).toBe('11609.49');
    expect(link(g, 'income_carryover', 'spending_project')?.amount).toBe('1170.79');
    expect(link(g, 'income_carryover', 'spending_project')?.derivation).toBe('balance');
    expect(link(g, 'income_carryover', 'spending_basic')).toBeUndefined();
  });

  it('printed project funding leaving one source for basic gives the split (rule projectFunding)', () => {
    const b = budget002();
    b.functionalByFund = [];
    const g = buildSankeyGraph(b);
    expect(g.incomeRule).toBe('projectFunding');
    expect(link(g, 'income_generalPublic', 'spending_project')?.amount).toBe('10.00');
    expect(link(g, 'income_govFund', 'spending_project')?.amount).toBe('1900.00');
    expect(link(g, 'income_generalPublic', 'spending_basic')?.amount).toBe('2507.50');
  });

  it('several sources whose split is not printed go through one labelled pool (001)', () => {
    const g = buildSankeyGraph(budget001());
    // 001's 一般公共预算 table (5921.56) includes the carry-over, so it is not a split of 5911.03; the project
    // table funds everything from 一般公共预算, leaving two sources for basic: not printed → pool.
    expect(g.incomeRule).toBe('pool');
    const pool = node(g, 'pool_income');
    expect(pool?.kind).toBe('pool');
    expect(pool?.note).toBe('incomeSplitUnknown');
    expect(pool?.amount).toBe('5921.56');
    expect(link(g, 'income_generalPublic', 'pool_income')?.amount).toBe('5911.03');
    expect(link(g, 'income_carryover', 'pool_income')?.amount).toBe('10.53');
    expect(link(g, 'pool_income', 'spending_basic')?.amount).toBe('2171.03');
    expect(link(g, 'pool_income', 'spending_project')?.amount).toBe('3750.53');
    // Zero income lines (政府性基金 0.00) are not drawn.
    expect(node(g, 'income_govFund')).toBeUndefined();
    // No link from a source straight to spending: that split is unknown.
    expect(g.links.some((l) => l.source.startsWith('income_') && l.target.startsWith('spending_'))).toBe(false);
  });

  it('income above basic + project: an explicit surplus gap node, nothing rebalanced', () => {
    const b = budget004();
    b.income = [{ ...b.income[0]!, amount: amt('14500.00') }];
    const g = buildSankeyGraph(b);
    expect(g.incomeRule).toBe('pool');
    const gap = node(g, 'gap_income_surplus');
    expect(gap?.kind).toBe('gap');
    expect(gap?.amount).toBe('83.44');
    expect(link(g, 'pool_income', 'gap_income_surplus')?.amount).toBe('83.44');
    expect(link(g, 'pool_income', 'spending_basic')?.amount).toBe('4416.56');
    expect(g.issues.map((i) => i.code)).toContain('INCOME_NOT_SPENDING');
    expect(g.issues.find((i) => i.code === 'INCOME_NOT_SPENDING')?.difference).toBe('83.44');
  });

  it('income below basic + project: an explicit shortfall gap source', () => {
    const b = budget004();
    b.income = [{ ...b.income[0]!, amount: amt('14000.00') }];
    const g = buildSankeyGraph(b);
    expect(link(g, 'gap_income_shortfall', 'pool_income')?.amount).toBe('416.56');
    expect(node(g, 'gap_income_shortfall')?.column).toBe(node(g, 'income_generalPublic')?.column);
    expect(g.issues.find((i) => i.code === 'INCOME_NOT_SPENDING')?.difference).toBe('-416.56');
  });

  it('reports printed totals that their lines do not add up to', () => {
    const b = budget004();
    b.incomeTotal = amt('14416.00');
    b.expenditure = { ...b.expenditure, total: amt('14417.00') };
    const codes = buildSankeyGraph(b).issues.map((i) => i.code);
    expect(codes).toContain('INCOME_LINES_NOT_TOTAL');
    expect(codes).toContain('SPENDING_PARTS_NOT_TOTAL');
  });

  it('leaves out and reports a negative income line', () => {
    const b = budget004();
    b.income.push({ key: 'otherIncome', name: '其他收入', amount: amt('-1.00'), src: { table: 't01', lines: [9, 9] } });
    const g = buildSankeyGraph(b);
    expect(node(g, 'income_otherIncome')).toBeUndefined();
    expect(g.issues.find((i) => i.code === 'NEGATIVE_AMOUNT')?.subject).toBe('otherIncome');
  });
});

describe('buildSankeyGraph: spending → economic class → 款', () => {
  it('sums a 类 printed in several blocks (301 under 501 and 505) and sends unitemised project spending to 来源未细分', () => {
    const g = buildSankeyGraph(budget001());
    expect(link(g, 'spending_basic', 'econ_301')?.amount).toBe('1926.89');
    expect(link(g, 'spending_basic', 'econ_301')?.derivation).toBe('sum');
    expect(link(g, 'spending_basic', 'econ_302')?.amount).toBe('193.23');
    expect(link(g, 'spending_basic', 'econ_303')?.amount).toBe('50.91');
    expect(link(g, 'spending_basic', 'unitemised_econ')).toBeUndefined();
    const un = link(g, 'spending_project', 'unitemised_econ');
    expect(un?.amount).toBe('3750.53');
    expect(un?.derivation).toBe('remainder');
    expect(node(g, 'unitemised_econ')?.note).toBe('economicNotItemised');
  });

  it('shares a class node between basic and project (302 in 002)', () => {
    const g = buildSankeyGraph(budget002());
    expect(link(g, 'spending_basic', 'econ_302')?.amount).toBe('140.80');
    expect(link(g, 'spending_project', 'econ_302')?.amount).toBe('10.00');
    expect(node(g, 'econ_302')?.amount).toBe('150.80');
    expect(g.nodes.filter((n) => n.id === 'econ_302')).toHaveLength(1);
  });

  it('economic classes above their spending total: explicit gap into the spending node', () => {
    const b = budget004();
    b.economic.push({ code: '303', name: '对个人和家庭的补助', amount: amt('5.00'), spending: 'basic', src: { table: 't06', lines: [301, 301] } });
    const g = buildSankeyGraph(b);
    expect(link(g, 'gap_econ_basic', 'spending_basic')?.amount).toBe('5.00');
    expect(g.issues.find((i) => i.code === 'ECONOMIC_EXCEEDS_SPENDING')?.difference).toBe('-5.00');
  });

  it('without 3-digit rows, adds 款 up by their 类 prefix', () => {
    const b = budget004();
    b.economic = [
      { code: '30101', name: '基本工资', amount: amt('4000.00'), spending: 'basic', src: { table: 't06', lines: [1, 1] } },
      { code: '30201', name: '办公费', amount: amt('416.56'), spending: 'basic', src: { table: 't06', lines: [2, 2] } },
    ];
    const g = buildSankeyGraph(b);
    expect(link(g, 'spending_basic', 'econ_301')?.amount).toBe('4000.00');
    expect(link(g, 'spending_basic', 'econ_302')?.derivation).toBe('sum');
  });

  it("fills classes from 表三's printed basic columns where no economic row carries them (003)", () => {
    const b = budget004();
    b.expenditure = { ...b.expenditure, total: amt('14777.19'), basic: amt('3167.70'), project: amt('11609.49') };
    b.income = [{ ...b.income[0]!, amount: amt('14777.19') }];
    b.incomeTotal = amt('14777.19');
    b.economic = [
      // 表六 prints 302 per unit only.
      { code: '302', name: '商品和服务支出', amount: amt('157.38'), spending: 'basic', unit: '190001', src: { table: 't06', lines: [1630, 1630] } },
      { code: '302', name: '商品和服务支出', amount: amt('350.19'), spending: 'basic', unit: '190004', src: { table: 't06', lines: [1640, 1640] } },
    ];
    b.printedTotals = [
      { key: 'expenditure.basic.wages', amount: amt('1632.51'), src: { table: 't03', lines: [563, 563] } },
      { key: 'expenditure.basic.goodsServices', amount: amt('507.57'), src: { table: 't03', lines: [563, 563] } },
      { key: 'expenditure.basic.householdSubsidy', amount: amt('1027.62'), src: { table: 't03', lines: [563, 563] } },
    ];
    const g = buildSankeyGraph(b);
    expect(link(g, 'spending_basic', 'econ_301')?.amount).toBe('1632.51');
    expect(link(g, 'spending_basic', 'econ_301')?.refs).toEqual([{ table: 't03', lines: [563, 563] }]);
    expect(link(g, 'spending_basic', 'econ_303')?.amount).toBe('1027.62');
    // 302 has economic rows (per unit): those are used, not the printed column — never both.
    expect(link(g, 'spending_basic', 'econ_302')?.amount).toBe('507.57');
    expect(link(g, 'spending_basic', 'econ_302')?.refs.map((r) => r.table)).toEqual(['t06', 't06']);
    expect(link(g, 'spending_basic', 'unitemised_econ')).toBeUndefined();
  });

  it('a code printed for the department and per unit is counted once (department rows first)', () => {
    const b = budget004();
    b.economic = [
      { code: '301', name: '工资福利支出', amount: amt('4000.00'), spending: 'basic', src: { table: 't06', lines: [1, 1] } },
      { code: '301', name: '工资福利支出', amount: amt('2500.00'), spending: 'basic', unit: 'u1', src: { table: 't07', lines: [1, 1] } },
      { code: '301', name: '工资福利支出', amount: amt('1500.00'), spending: 'basic', unit: 'u2', src: { table: 't07', lines: [2, 2] } },
      { code: '302', name: '商品和服务支出', amount: amt('416.56'), spending: 'basic', unit: 'u1', src: { table: 't07', lines: [3, 3] } },
    ];
    const g = buildSankeyGraph(b);
    expect(link(g, 'spending_basic', 'econ_301')?.amount).toBe('4000.00');
    expect(link(g, 'spending_basic', 'econ_302')?.amount).toBe('416.56');
  });

  it('adds a 款 column on demand, with the unitemised part of each 类 labelled', () => {
    const g = buildSankeyGraph(budget002(), { kuan: true });
    expect(link(g, 'econ_301', 'econ_30101')?.amount).toBe('292.76');
    expect(link(g, 'econ_301', 'unitemised_kuan_301')?.amount).toBe('2053.04'); // 2345.80 − 292.76 (fixture is trimmed)
    expect(link(g, 'econ_302', 'econ_30201')?.amount).toBe('0.41');
    expect(link(g, 'econ_302', 'econ_30299')?.amount).toBe('10.00');
    expect(link(g, 'econ_302', 'unitemised_kuan_302')?.amount).toBe('140.39');
    expect(node(g, 'econ_30101')?.column).toBe(node(g, 'econ_301')!.column + 1);
    expect(buildSankeyGraph(budget002()).nodes.some((n) => n.kind === 'economicItem')).toBe(false);
  });

  it('001 with 款: the 款 of 301 from both blocks add up to the class exactly', () => {
    const g = buildSankeyGraph(budget001(), { kuan: true });
    expect(link(g, 'econ_301', 'econ_30101')?.amount).toBe('250.17');
    expect(link(g, 'econ_301', 'unitemised_kuan_301')).toBeUndefined();
    expect(link(g, 'econ_303', 'econ_30309')?.amount).toBe('47.74');
  });

  it('toSpending stops at basic/project (first half on a phone)', () => {
    const g = buildSankeyGraph(budget001(), { toSpending: true });
    expect(g.nodes.map((n) => n.kind).sort()).toEqual(['income', 'income', 'pool', 'spending', 'spending']);
    expect(g.incomeRule).toBe('pool');
  });

  it('fromSpending drops the income columns (narrow screens)', () => {
    const g = buildSankeyGraph(budget001(), { kuan: true, fromSpending: true });
    expect(g.incomeRule).toBe('none');
    expect(g.nodes.some((n) => n.kind === 'income' || n.kind === 'pool')).toBe(false);
    expect(node(g, 'spending_basic')?.column).toBe(0);
  });
});

describe('buildSankeyGraph: invariants', () => {
  const cases = {
    '001': budget001(),
    '002': budget002(),
    '004': budget004(),
  };
  for (const [name, budget] of Object.entries(cases)) {
    for (const kuan of [false, true]) {
      it(`${name}${kuan ? ' with 款' : ''}: every middle node balances exactly, ids unique, columns contiguous`, () => {
        const g = buildSankeyGraph(budget, { kuan });
        expect(checkBalance(g).imbalances).toEqual([]);
        expect(new Set(g.nodes.map((n) => n.id)).size).toBe(g.nodes.length);
        expect(new Set(g.links.map((l) => l.id)).size).toBe(g.links.length);
        const cols = [...new Set(g.nodes.map((n) => n.column))].sort((a, b) => a - b);
        expect(cols).toEqual(cols.map((_, i) => i));
        for (const l of g.links) {
          expect(l.id).toBe(`${l.source}-${l.target}`);
          expect(g.nodes.some((n) => n.id === l.source)).toBe(true);
          expect(g.nodes.some((n) => n.id === l.target)).toBe(true);
          expect(Number(l.amount)).toBeGreaterThan(0);
        }
        for (const n of g.nodes) expect(n.id).not.toContain('-');
        // Spending nodes carry the printed totals and pass on exactly that much.
        const basic = nodeFlows(g, 'spending_basic');
        expect(basic.outflow).toBe(budget.expenditure.basic);
      });
    }
  }
});
