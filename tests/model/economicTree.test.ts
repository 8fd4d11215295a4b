/**
 * economicTree: one rule for 经济分类 款 → 类. Expected figures are hand-added from the cited source lines
 * (data/sources/*.txt) and written out literally — never recomputed with the model's helpers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEconomicTree, type EconomicNode } from '../../src/model/economicTree';
import type { Amount, Budget, EconomicRow } from '../../src/model/types';

const load = (id: string): Budget => JSON.parse(readFileSync(`public/data/budgets/${id}.json`, 'utf8')) as Budget;
const lines = (n: EconomicNode): number[] => n.src.map((s) => s.lines[0]);
const byCode = (nodes: readonly EconomicNode[], code: string): EconomicNode => {
  const n = nodes.find((x) => x.code === code);
  if (!n) throw new Error(`no node ${code}`);
  return n;
};

describe('001 海珠区政务服务数据管理局 2021 (表9): 301 printed twice, under 政府经济分类 501 and 505', () => {
  const tree = buildEconomicTree(load('haizhu-data-bureau-2021'));

  it('keeps each printed 301 with its own 款 (the nearest 类 above)', () => {
    const [block] = tree.blocks;
    const wages = block?.classes.filter((c) => c.code === '301') ?? [];
    // line 644: "[501]机关工资福利支出 [301]工资福利支出 590.19"; line 668: "[505]对事业单位经常性补助 [301]工资福利支出 1,336.70"
    expect(wages.map((c) => [c.amount, c.src[0]?.lines[0], c.derived])).toEqual([
      ['590.19', 644, 'printed'],
      ['1336.70', 668, 'printed'],
    ]);
    // 645–651 under the first (30101 30102 30108 30109 30112 30113 30199), 669–676 under the second.
    expect(wages[0]?.children.map((k) => k.src[0]?.lines[0])).toEqual([645, 646, 647, 648, 649, 650, 651]);
    expect(wages[1]?.children.map((k) => k.src[0]?.lines[0])).toEqual([669, 670, 671, 672, 673, 674, 675, 676]);
  });

  it('gives one figure per code: the exact sum of the two printed rows', () => {
    const wages = byCode(tree.bySpending.basic, '301');
    // 590.19 + 1336.70
    expect(wages.amount).toBe('1926.89');
    expect(wages.derived).toBe('sumOfRows');
    expect(lines(wages)).toEqual([644, 668]);
    // 基本工资 30101: 66.73 (line 645) + 183.44 (line 669)
    const pay = byCode(wages.children, '30101');
    expect([pay.amount, pay.derived, lines(pay)]).toEqual(['250.17', 'sumOfRows', [645, 669]]);
    expect(tree.bySpending.project).toEqual([]);
  });
});

describe('004 白云区政务服务数据管理局 2023 (表6): 301 printed twice without 政府经济分类 codes', () => {
  const tree = buildEconomicTree(load('baiyun-data-bureau-2023'));
  it('sums the two blocks: 702.36 (line 295) + 549.72 (line 303)', () => {
    const wages = byCode(tree.bySpending.basic, '301');
    expect([wages.amount, wages.derived, lines(wages)]).toEqual(['1252.08', 'sumOfRows', [295, 303]]);
    // 30101: 94.23 (line 296) + 64.34 (line 304)
    expect(byCode(wages.children, '30101').amount).toBe('158.57');
  });
});

describe('007 石泉路街道 2025 决算 (表6): 301… and 302… printed side by side on the same lines', () => {
  const tree = buildEconomicTree(load('putuo-renminzhengfushiquanlujiedaobanshichu-f7b1fe-2025-final'));
  it('puts each 款 under the 类 of its own prefix, not under the 类 printed last', () => {
    const [block] = tree.blocks;
    // line 497: "301 工资福利支出 11,627.59 302 商品和服务支出 2,195.60"; line 498: "30101 基本工资 768.18 30201 办公费 649.22"
    const classes = block?.classes ?? [];
    expect(classes.map((c) => [c.code, c.amount])).toEqual([
      ['301', '11627.59'],
      ['302', '2195.60'],
      ['303', '382.81'],
    ]);
    expect(byCode(classes, '301').children[0]?.code).toBe('30101');
    expect(byCode(classes, '302').children[0]?.code).toBe('30201');
    expect(classes.map((c) => c.children.length)).toEqual([10, 18, 2]);
    expect(classes.flatMap((c) => c.children).every((k) => k.code.startsWith(classes.find((c) => c.children.includes(k))?.code ?? '?'))).toBe(true);
  });
});

describe('003 广州市政务管理办公室 2017: 302 only per unit (表六), 301 and 303 only as 表三 columns', () => {
  const tree = buildEconomicTree(load('guangzhou-gov-affairs-office-2017'));
  it('keeps the per-unit blocks apart', () => {
    expect(tree.blocks.map((b) => [b.unit, b.classes.map((c) => c.amount)])).toEqual([
      ['190001', ['157.38']], // line 1671 广州市人民政府政务管理办公室 157.38
      ['190004', ['87.10']], // line 1677 广州市电子政务服务中心 87.10
      ['190005', ['155.04']], // line 1681 广州市政务服务中心 155.04
      ['190006', ['108.05']], // line 1685 广州市市长专线电话受理中心 108.05
    ]);
  });
  it('adds the units up for the one figure of 302, and takes 301 and 303 from 表三 line 563', () => {
    // line 563: "合 计 15,947.98 3,167.70 1,632.51 507.57 1,027.62 …" (基本支出, 工资福利, 商品和服务, 对个人和家庭的补助)
    const basic = tree.bySpending.basic;
    expect(basic.map((c) => [c.code, c.amount, c.derived])).toEqual([
      ['301', '1632.51', 'printed'],
      ['302', '507.57', 'sumOfUnitRows'], // 157.38 + 87.10 + 155.04 + 108.05
      ['303', '1027.62', 'printed'],
    ]);
    expect(byCode(basic, '301').src).toEqual([{ table: 't03', lines: [563, 563] }]);
    expect(lines(byCode(basic, '302'))).toEqual([1671, 1677, 1681, 1685]);
    expect(byCode(basic, '303').name).toBe('对个人和家庭的补助支出');
  });
});

// Small cases no committed document prints (yet): each states one branch of the rule.
const row = (code: string, amount: string, line: number, extra: Partial<EconomicRow> = {}): EconomicRow => ({
  code,
  name: `n${code}`,
  amount: amount as Amount,
  spending: 'basic',
  src: { table: 't09', lines: [line, line] },
  ...extra,
});

describe('derived 类 and the department-first rule', () => {
  it('a 款 with no 类 above it gets a 类 labelled sumOfChildren: the exact sum of its 款', () => {
    const tree = buildEconomicTree({ economic: [row('30201', '1.10', 10), row('30207', '2.25', 11)], printedTotals: [] });
    const cls = byCode(tree.bySpending.basic, '302');
    expect([cls.amount, cls.derived, cls.name, lines(cls)]).toEqual(['3.35', 'sumOfChildren', '', [10, 11]]);
    expect(cls.row).toBeUndefined();
  });

  it('a 类 printed below an orphan 款 starts its own family; the orphan keeps its derived 类', () => {
    const tree = buildEconomicTree({ economic: [row('30201', '1.00', 10), row('302', '5.00', 11), row('30202', '5.00', 12)], printedTotals: [] });
    const classes = tree.blocks[0]?.classes ?? [];
    expect(classes.map((c) => [c.amount, c.derived, c.children.map((k) => k.code)])).toEqual([
      ['1.00', 'sumOfChildren', ['30201']],
      ['5.00', 'printed', ['30202']],
    ]);
    // One figure: 1.00 + 5.00, a sum of a derived and a printed 类.
    expect(byCode(tree.bySpending.basic, '302').amount).toBe('6.00');
  });

  it('a 类 in another table is not a 款’s parent (the normalizer checks per table too)', () => {
    const tree = buildEconomicTree({
      economic: [row('302', '5.00', 10), row('30201', '5.00', 40, { src: { table: 't10', lines: [40, 40] } })],
      printedTotals: [],
    });
    expect(tree.blocks.map((b) => [b.table, b.classes.map((c) => c.derived)])).toEqual([
      ['t09', ['printed']],
      ['t10', ['sumOfChildren']],
    ]);
  });

  it('where the department and its units both print a code, the department figure is taken (never both)', () => {
    const tree = buildEconomicTree({
      economic: [row('302', '9.00', 10), row('302', '4.00', 20, { unit: 'A' }), row('302', '5.00', 30, { unit: 'B' }), row('303', '1.50', 31, { unit: 'B' })],
      printedTotals: [],
    });
    expect(tree.bySpending.basic.map((c) => [c.code, c.amount, c.derived])).toEqual([
      ['302', '9.00', 'printed'],
      ['303', '1.50', 'printed'],
    ]);
  });

  it('a 表三 column fills only a code no economic table prints', () => {
    const tree = buildEconomicTree({
      economic: [row('302', '7.00', 10)],
      printedTotals: [
        { key: 'expenditure.basic.goodsServices', amount: '8.00' as Amount, src: { table: 't03', lines: [5, 5] } },
        { key: 'expenditure.basic.wages', amount: '20.00' as Amount, src: { table: 't03', lines: [5, 5] } },
      ],
    });
    expect(tree.bySpending.basic.map((c) => [c.code, c.amount])).toEqual([
      ['301', '20.00'],
      ['302', '7.00'],
    ]);
  });

  it('project and basic spending stay apart', () => {
    const tree = buildEconomicTree({ economic: [row('302', '1.00', 10), row('302', '2.00', 20, { spending: 'project' })], printedTotals: [] });
    expect([tree.bySpending.basic[0]?.amount, tree.bySpending.project[0]?.amount]).toEqual(['1.00', '2.00']);
  });
});
