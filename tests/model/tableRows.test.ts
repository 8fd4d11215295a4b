import { describe, expect, it } from 'vitest';
import { availableTables, compareCells, economicRows, functionalRows, groupSourceRefs, projectRows, unitRows, type TableRow } from '../../src/model/tableRows';
import { amt, budget001, budget002, ref } from '../fixtures/sankeyBudgets';

function flat(rows: TableRow[]): TableRow[] {
  return rows.flatMap((r) => [r, ...flat(r.subRows)]);
}

describe('functionalRows', () => {
  it('builds 类 → 款 → 项 with depths, printed cells carrying their source', () => {
    const t = functionalRows(budget001());
    expect(t.rows.map((r) => r.code)).toEqual(['201', '206', '208', '210', '221']);
    const sci = t.rows.find((r) => r.code === '206')!;
    expect(sci.depth).toBe(0);
    expect(sci.subRows[0]?.code).toBe('20601');
    expect(sci.subRows[0]?.depth).toBe(1);
    expect(sci.subRows[0]?.subRows.map((r) => r.code)).toEqual(['2060101', '2060103', '2060199']);
    expect(sci.subRows[0]?.subRows[0]?.depth).toBe(2);
    expect(sci.amounts.total).toEqual({ amount: '5411.72', src: ref('t03', 478) });
    const ids = flat(t.rows).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('totals row is the exact sum of the 类 rows, with the printed 支出总计 beside it', () => {
    const t = functionalRows(budget001());
    expect(t.totals.total?.sum).toBe('5921.56');
    expect(t.totals.basic?.sum).toBe('2171.03');
    expect(t.totals.project?.sum).toBe('3750.53');
    expect(t.totals.total?.printed).toEqual({ amount: '5921.56', src: ref('t03', 474), difference: null });
  });

  it('shows a difference between rows and the printed total, adjusting neither', () => {
    const b = budget001();
    b.expenditure = { ...b.expenditure, total: amt('5921.66') };
    const t = functionalRows(b);
    expect(t.totals.total?.sum).toBe('5921.56');
    expect(t.totals.total?.printed?.difference).toBe('0.10');
  });

  it('shares are exact shares of the totals row', () => {
    const t = functionalRows(budget001());
    const sci = t.rows.find((r) => r.code === '206')!;
    // 5411.72 / 5921.56 × 100
    expect(sci.share?.toFixed(6)).toBe('91.390107');
    const sumOfShares = t.rows.reduce((acc, r) => acc + Number(r.share?.toFixed(10)), 0);
    expect(sumOfShares).toBeCloseTo(100, 6);
  });

  it('marks 类/款 the document does not print (per-unit 项 rows) as computed sums', () => {
    const b = budget001();
    b.functional = [
      {
        code: '2060101',
        name: '行政运行',
        level: 'xiang',
        total: amt('600.00'),
        basic: amt('600.00'),
        project: amt('0.00'),
        unit: '550001',
        src: ref('t03', 10),
      },
      {
        code: '2060101',
        name: '行政运行',
        level: 'xiang',
        total: amt('530.74'),
        basic: amt('417.92'),
        project: amt('112.82'),
        unit: '550002',
        src: ref('t03', 11),
      },
    ];
    const t = functionalRows(b);
    const lei = t.rows[0]!;
    expect(lei.code).toBe('206');
    expect(lei.amounts.total).toEqual({ amount: '1130.74', computed: true });
    // The 项 printed once per unit: its department figure is the sum over units, and says so.
    const xiang = lei.subRows[0]!.subRows[0]!;
    expect(xiang.code).toBe('2060101');
    expect(xiang.amounts.total).toEqual({ amount: '1130.74', computed: true, over: 'units' });
    expect(t.unitOptions?.map((u) => u.key)).toEqual(['550001', '550002']);
    const one = functionalRows(b, '550002');
    expect(one.totals.total?.sum).toBe('530.74');
  });
});

describe('economicRows', () => {
  it('groups by spending, keeps 301 printed twice (政府经济分类 501 and 505) apart with its own 款', () => {
    const t = economicRows(budget001());
    expect(t.rows.map((r) => r.name)).toEqual(['basic']);
    const basic = t.rows[0]!;
    const classes = basic.subRows;
    expect(classes.map((r) => `${r.code}/${r.texts.govCode}`)).toEqual(['301/501', '302/502', '301/505', '302/505', '303/509']);
    expect(classes[0]?.subRows.map((r) => r.code)).toEqual(['30101', '30102', '30108', '30109', '30112', '30113', '30199']);
    expect(classes[2]?.subRows[0]?.amounts.amount?.amount).toBe('183.44');
    expect(classes[0]?.depth).toBe(1);
    expect(classes[0]?.subRows[0]?.depth).toBe(2);
    const ids = flat(t.rows).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('spending group and totals are exact sums of the 类 rows', () => {
    const t = economicRows(budget001());
    expect(t.rows[0]?.amounts.amount).toEqual({ amount: '2171.03', computed: true });
    expect(t.totals.amount?.sum).toBe('2171.03');
    const t2 = economicRows(budget002());
    expect(t2.rows.map((r) => [r.name, r.amounts.amount?.amount])).toEqual([
      ['basic', '2507.50'],
      ['project', '10.00'],
    ]);
    expect(t2.totals.amount?.sum).toBe('2517.50');
  });

  it('groups per-unit blocks under their unit and never merges them', () => {
    const b = budget002();
    b.economic = [
      { code: '302', name: '商品和服务支出', amount: amt('157.38'), spending: 'basic', unit: '190001', src: ref('t06', 1) },
      { code: '302', name: '商品和服务支出', amount: amt('87.10'), spending: 'basic', unit: '190004', src: ref('t06', 2) },
      { code: '30201', name: '办公费', amount: amt('9.60'), spending: 'basic', unit: '190001', src: ref('t06', 3) },
    ];
    const t = economicRows(b);
    const units = t.rows[0]!.subRows;
    expect(units.map((u) => [u.kind, u.code, u.amounts.amount?.amount])).toEqual([
      ['unit', '190001', '157.38'],
      ['unit', '190004', '87.10'],
    ]);
    expect(units[0]?.subRows[0]?.subRows[0]?.code).toBe('30201');
    expect(t.totals.amount?.sum).toBe('244.48');
  });

  it('gives orphan 款 a computed 类 named from the standard list', () => {
    const b = budget002();
    b.economic = [{ code: '31002', name: '办公设备购置', amount: amt('12.00'), spending: 'project', src: ref('t07', 5) }];
    const cls = economicRows(b).rows[0]!.subRows[0]!;
    expect(cls).toMatchObject({ code: '310', name: '资本性支出', amounts: { amount: { amount: '12.00', computed: true } } });
  });
});

describe('unitRows and projectRows', () => {
  it('lists units with printed figures and basic spending by category below', () => {
    const t = unitRows(budget001());
    expect(t.rows.map((r) => r.code)).toEqual(['550001', '550002']);
    expect(t.rows[0]?.amounts.total?.amount).toBe('1409.56');
    expect(t.rows[0]?.subRows.map((r) => r.name)).toContain('公用经费');
    expect(t.rows[1]?.amounts.total).toBeNull();
    expect(t.totals.basic?.sum).toBe('1115.81');
    // 550002 prints no 合计: the total column sum is partial and shares fall back to 基本支出.
    expect(t.totals.total?.partial).toBe(true);
    expect(t.mainColumn).toBe('basic');
  });

  it('projects: amounts, funding columns by source, details, totals against the printed 项目支出', () => {
    const t = projectRows(budget001());
    expect(t.rows.map((r) => r.code)).toEqual(['p01', 'p02', 'p03', 'p04']);
    expect(t.columns.filter((c) => c.incomeKey).map((c) => c.key)).toEqual(['funding_generalPublic']);
    expect(t.rows[0]?.detail?.targets).toContain('结对帮扶');
    expect(t.rows[2]?.detail).toBeUndefined();
    expect(t.totals.amount?.sum).toBe('3750.53');
    expect(t.totals.amount?.printed?.difference).toBeNull();
    expect(t.totals.funding_generalPublic?.sum).toBe('3750.53');
  });
});

describe('helpers', () => {
  it('sorts cells as decimals, not strings or floats, missing last', () => {
    const cells = ['1000.00', '999.99', '0.10', '10.1', '1.000'].map((a) => ({ amount: amt(a) }));
    const sorted = [...cells, null].sort(compareCells).map((c) => c?.amount ?? null);
    expect(sorted).toEqual(['0.10', '1.000', '10.1', '999.99', '1000.00', null]);
    // As strings "999.99" > "1000.00"; exact comparison also tells apart what floats cannot.
    expect(compareCells({ amount: amt('0.30000000000000000001') }, { amount: amt('0.3') })).toBe(1);
  });

  it('groups source refs by table with the printed number and title, merging touching lines', () => {
    const b = budget001();
    const g = groupSourceRefs(b, [ref('t09', 677), ref('t09', 678, 679), ref('t03', 473), ref('t09', 702)]);
    expect(g).toEqual([
      {
        table: 't09',
        number: '',
        title: '一般公共预算基本支出情况表(按支出经济分类科目)',
        ranges: [
          [677, 679],
          [702, 702],
        ],
      },
      { table: 't03', number: '', title: '支出总体情况表', ranges: [[473, 473]] },
    ]);
  });

  it('offers only tables that have rows', () => {
    expect(availableTables(budget001())).toEqual(['functional', 'economic', 'units', 'projects']);
    expect(availableTables(budget002())).toEqual(['economic', 'projects']);
  });
});
