/**
 * Checks between the two classifications and between tables of different scope, where the document
 * implies equality (CHECKS.md: "functional against economic", "basic spending split", "table against
 * table", "决算 identities"):
 * - the same spending printed under 功能分类 and 经济分类: 2080505 机关事业单位基本养老保险缴费支出 ↔
 *   30108, 2080506 职业年金缴费支出 ↔ 30109, 2210201 住房公积金 ↔ 30113 (basic spending of the fund the
 *   economic table covers);
 * - the economic table's total against the basic spending it breaks down (一般公共预算 or all funds);
 * - basic spending by category (人员支出, 公用经费, 对个人和家庭的补助) against its economic classes;
 * - 决算: 总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余, and on the other side
 *   总计 = 本年支出合计 + 结余分配 + 年末结转和结余.
 * Pairs and categories are data (the tables below): a new rule is a line.
 */
import type { Amount, Check, EconomicRow, FunctionalRow, SourceRef } from '../model/types';
import { sum, toAmount } from '../model/decimal';
import { equality, type Part } from './checkBuild';
import type { Facts, PrintedTotal } from './facts';

/** 功能分类 项 whose basic spending is exactly one 经济分类 款 (social insurance and housing fund contributions). */
const SAME_SPENDING: readonly { functional: string; economic: string }[] = [
  { functional: '2080505', economic: '30108' },
  { functional: '2080506', economic: '30109' },
  { functional: '2210201', economic: '30113' },
];

/** Basic-spending categories and the 经济分类 类 they consist of. */
const CATEGORY_CLASSES: readonly { re: RegExp; classes: readonly string[] }[] = [
  { re: /^人员支出/u, classes: ['301'] },
  { re: /^工资福利支出$/u, classes: ['301'] },
  { re: /^公用(?:经费|支出)$/u, classes: ['302', '310'] },
  { re: /^商品和服务支出$/u, classes: ['302'] },
  { re: /^对个人和家庭的?补助/u, classes: ['303'] },
];

/** The 决算 printed totals (economic.basic.personnel …) and what they consist of. */
const PRINTED_CATEGORIES: readonly { key: string; label: string; classes: readonly string[] }[] = [
  { key: 'economic.basic.personnel', label: '人员经费合计', classes: ['301', '303'] },
  { key: 'economic.basic.public', label: '公用经费合计', classes: ['302', '310'] },
];

const part = (p: { amount: Amount; src: SourceRef }): Part => ({ amount: p.amount, src: p.src });

export interface ClassificationScope {
  /** Which money the 基本支出 经济分类 table covers (its title: 一般公共预算… or 部门…). */
  economic: 'generalPublic' | 'all';
}

function basicEconomic(facts: Facts): EconomicRow[] {
  return (facts.economic ?? []).filter((r) => r.spending === 'basic' && r.unit === undefined);
}

/** The functional rows of the money the economic table covers. */
function functionalRows(facts: Facts, scope: ClassificationScope): FunctionalRow[] {
  const general = facts.functionalByFund?.find((f) => f.fund === 'generalPublic')?.rows;
  const rows = scope.economic === 'generalPublic' && general ? general : (facts.functional ?? []);
  return rows.filter((r) => r.unit === undefined);
}

export function classificationChecks(facts: Facts, printed: readonly PrintedTotal[], scope: ClassificationScope): Check[] {
  const checks: Check[] = [];
  const economic = basicEconomic(facts);
  const classes = economic.filter((r) => r.code.length === 3);

  for (const pair of SAME_SPENDING) {
    const f = functionalRows(facts, scope).find((r) => r.code === pair.functional);
    const e = economic.filter((r) => r.code === pair.economic);
    if (!f || e.length === 0 || f.blank?.includes('basic')) continue;
    checks.push(
      equality(
        'FUNCTIONAL_MATCHES_ECONOMIC',
        { amount: f.basic, src: f.src },
        e.map(part),
        `经济分类 ${pair.economic} ${e[0]?.name ?? ''}`,
        `功能分类 ${f.code} ${f.name} 的基本支出`,
        `${pair.functional}:${pair.economic}`,
        { code: f.code, name: f.name, economicCode: pair.economic, economicName: e[0]?.name ?? '', table: f.src.table },
      ),
    );
  }

  // The economic table's total against the basic spending it breaks down.
  const ecoTotal = printed.find((p) => p.key === 'economic.basic.total');
  const whole =
    scope.economic === 'generalPublic'
      ? printed.find((p) => p.key === 'generalPublic.basic')
      : facts.expenditure && { key: 'expenditure.basic', amount: facts.expenditure.basic, src: facts.expenditure.src };
  if (ecoTotal && whole) {
    checks.push(
      equality(
        'ECONOMIC_MATCHES_BASIC',
        part(whole),
        [part(ecoTotal)],
        '基本支出经济分类表的合计',
        scope.economic === 'generalPublic' ? '一般公共预算的基本支出' : '部门的基本支出',
        'economic:total',
        { scope: 'total', spending: 'basic', fund: scope.economic, table: ecoTotal.src.table },
      ),
    );
  }

  // The project economic table (一般公共预算项目支出…按经济分类) against the project spending it breaks down.
  const ecoProject = printed.find((p) => p.key === 'economic.project.total');
  const projectWhole =
    scope.economic === 'generalPublic'
      ? printed.find((p) => p.key === 'generalPublic.project')
      : facts.expenditure && { key: 'expenditure.project', amount: facts.expenditure.project, src: facts.expenditure.src };
  if (ecoProject && projectWhole) {
    checks.push(
      equality(
        'ECONOMIC_MATCHES_BASIC',
        part(projectWhole),
        [part(ecoProject)],
        '项目支出经济分类表的合计',
        scope.economic === 'generalPublic' ? '一般公共预算的项目支出' : '部门的项目支出',
        'economic:project',
        { scope: 'total', spending: 'project', fund: scope.economic, table: ecoProject.src.table },
      ),
    );
  }

  // The 部门预算基本支出预算表 (all funds, every unit) against the department's 基本支出.
  const unitsTotal = printed.find((p) => p.key === 'basic.byUnit.total');
  if (unitsTotal && facts.expenditure) {
    checks.push(
      equality(
        'UNITS_SUM',
        { amount: facts.expenditure.basic, src: facts.expenditure.src },
        [part(unitsTotal)],
        '基本支出表的合计',
        '部门的基本支出',
        'basic:department',
        { scope: 'unitsTable', table: unitsTotal.src.table },
      ),
    );
  }

  // A fund table printing no 合计 row: its 类 rows against the income from that fund.
  for (const f of facts.functionalByFund ?? []) {
    if (printed.some((p) => p.key === `${f.fund}.total`)) continue;
    const income = (facts.income ?? []).find((i) => i.key === f.fund);
    const lei = f.rows.filter((r) => r.level === 'lei' && r.unit === undefined);
    if (income && lei.length > 0)
      checks.push(
        equality(
          'FUND_MATCHES_INCOME',
          part(income),
          lei.map((r) => ({ amount: r.total, src: r.src })),
          `${f.fund} 支出表各类合计`,
          '该资金的收入',
          `${f.fund}:classes`,
          { fund: f.fund, scope: 'classes' },
        ),
      );
  }

  // 决算: 人员经费合计 / 公用经费合计 printed under the economic table.
  for (const c of PRINTED_CATEGORIES) {
    const total = printed.find((p) => p.key === c.key);
    const rows = classes.filter((r) => c.classes.includes(r.code));
    if (total && rows.length > 0)
      checks.push(
        equality('ECONOMIC_MATCHES_BASIC', part(total), rows.map(part), `经济分类 ${c.classes.join(' + ')}`, c.label, `economic:${c.key}`, {
          scope: c.key === 'economic.basic.personnel' ? 'personnel' : 'public',
          code: c.classes.join('+'),
        }),
      );
  }

  // Basic spending by category (部门预算基本支出预算表), where its total agrees with the economic table's.
  const byUnit = facts.basicByUnit ?? [];
  const ecoSum = sum(classes.map((r) => r.amount));
  const unitSum = sum(byUnit.map((r) => r.amount));
  if (byUnit.length > 0 && classes.length > 0 && unitSum.minus(ecoSum).abs().lte('0.05')) {
    for (const cat of CATEGORY_CLASSES) {
      const rows = byUnit.filter((r) => cat.re.test(r.category.replace(/\s+/gu, '').replace(/[（(].*$/u, '')));
      const eco = classes.filter((r) => cat.classes.includes(r.code));
      if (rows.length === 0 || eco.length === 0) continue;
      const name = rows[0]?.category.replace(/[（(].*$/u, '') ?? '';
      const first = rows[0] as (typeof rows)[number];
      const whole = {
        amount: toAmount(sum(rows.map((r) => r.amount))),
        src: {
          table: first.src.table,
          lines: [Math.min(...rows.map((r) => r.src.lines[0])), Math.max(...rows.map((r) => r.src.lines[1]))] as [number, number],
        },
      };
      checks.push(
        equality(
          'ECONOMIC_MATCHES_BASIC',
          whole,
          eco.map(part),
          `经济分类 ${cat.classes.filter((c) => eco.some((r) => r.code === c)).join(' + ')}`,
          `各单位${name}之和`,
          `category:${name}`,
          { scope: 'category', category: name, code: cat.classes.filter((c) => eco.some((r) => r.code === c)).join('+') },
        ),
      );
    }
  }
  // Every category row of every unit against the table's 合计 (or, where none is printed, the
  // department's basic spending): 004 prints 1,252.08 + 94.05 + 76.70 = 1,422.83 under a 合计 of 1,422.84.
  const byUnitTotal =
    printed.find((p) => p.key === 'basic.byUnit.total') ??
    (facts.expenditure && { key: 'expenditure.basic', amount: facts.expenditure.basic, src: facts.expenditure.src });
  if (byUnit.length > 0 && byUnitTotal) {
    checks.push(
      equality('UNITS_SUM', part(byUnitTotal), byUnit.map(part), '基本支出表各单位各类之和', '基本支出合计', 'basic:all', {
        scope: 'allCategories',
        table: byUnit[0]?.src.table ?? '',
      }),
    );
  }

  // 决算 identities of the 收入支出决算总表.
  const ft = facts.finalTotals;
  if (ft?.grandTotal !== undefined) {
    const src = ft.src;
    const income = [ft.incomeThisYear, ft.nonFiscalSurplusUsed, ft.carriedIn].filter((a): a is Amount => a !== undefined);
    checks.push(
      equality(
        'FINAL_TOTALS',
        { amount: ft.grandTotal, src },
        income.map((amount) => ({ amount, src })),
        '本年收入合计 + 使用非财政拨款结余 + 年初结转和结余',
        '收入方总计',
        'final:income',
        { side: 'income' },
      ),
    );
    const spentTotal = printed.find((p) => p.key === 'final.grandTotal.expenditure');
    const spending = [ft.spendingThisYear, ft.surplusDistribution, ft.carriedOut].filter((a): a is Amount => a !== undefined);
    if (spentTotal)
      checks.push(
        equality(
          'FINAL_TOTALS',
          part(spentTotal),
          spending.map((amount) => ({ amount, src })),
          '本年支出合计 + 结余分配 + 年末结转和结余',
          '支出方总计',
          'final:expenditure',
          { side: 'expenditure' },
        ),
      );
  }
  return checks;
}
