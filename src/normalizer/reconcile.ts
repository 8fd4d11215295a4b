/**
 * Phase 5 — reconcile: every invariant of a department budget, checked with exact decimals and written
 * to checks[] whether it passes or fails. A figure that breaks an invariant is never corrected here: it
 * stays as printed and the failed check says so, with the tables and lines involved.
 */
import type { Amount, Check } from '../model/types';
import { equality, within } from './checkBuild';
import { classificationChecks } from './classificationChecks';
import { crossTableChecks } from './crossTableChecks';
import type { Facts, PrintedTotal } from './facts';
import { pushTo } from './groupBy';
import { printedFigures } from './printedFigures';
import { economicChildrenChecks, functionalChecks } from './treeChecks';

/** The fund tables' own names, for messages (一般公共预算支出表 …). */
const FUND_NAMES: Partial<Record<string, string>> = { generalPublic: '一般公共预算', govFund: '政府性基金预算', stateCapital: '国有资本经营预算' };

export interface ReconcileOptions {
  /** Tables that print only some of a 类's 款 (其中…): their 款 need not add up to the 类. */
  partialTables?: ReadonlySet<string>;
  /**
   * Which money the project table lists: all funds (部门预算项目支出预算表), or only 一般公共预算
   * (003's 一般公共预算安排项目支出预算明细表 — its projects then add up to 表五's 项目支出, not to the
   * department's, which also holds the 上年结转).
   */
  projectScope?: 'all' | 'generalPublic';
  /** Which money the 基本支出 经济分类 table covers: 一般公共预算 (its title says so) or all funds. */
  economicScope?: 'all' | 'generalPublic';
}

export function reconcile(facts: Facts, options: ReconcileOptions = {}): Check[] {
  const checks: Check[] = [];
  const e = facts.expenditure;
  const printed = printedFigures(facts);

  // 收入总计 = 支出总计
  if (facts.incomeTotal && e) {
    const incomeSrc = printed.find((p) => p.key === 'income.total')?.src ?? e.src;
    checks.push(
      equality(
        'INCOME_EQUALS_EXPENDITURE',
        { amount: e.total, src: e.src },
        [{ amount: facts.incomeTotal, src: incomeSrc }],
        '收入总计',
        '支出总计',
        'total',
        {},
      ),
    );
  }
  // 各项收入之和 = 收入总计
  if (facts.incomeTotal && (facts.income ?? []).length > 0) {
    const src = printed.find((p) => p.key === 'income.total')?.src ?? facts.income?.[0]?.src;
    if (src) {
      checks.push(
        equality(
          'INCOME_LINES_SUM',
          { amount: facts.incomeTotal, src },
          (facts.income ?? []).map((i) => ({ amount: i.amount, src: i.src })),
          '各项收入',
          '收入总计',
          undefined,
          {},
        ),
      );
    }
  }
  if (e) {
    checks.push(
      equality(
        'BASIC_PLUS_PROJECT',
        { amount: e.total, src: e.src },
        [
          { amount: e.basic, src: e.src },
          { amount: e.project, src: e.src },
        ],
        '基本支出 + 项目支出',
        '支出合计',
      ),
    );
    const lei = (facts.functional ?? []).filter((r) => r.level === 'lei' && r.unit === undefined);
    if (lei.length > 0) {
      for (const column of ['total', 'basic', 'project'] as const) {
        const colName = { total: '合计', basic: '基本支出', project: '项目支出' }[column];
        checks.push(
          equality(
            'FUNCTIONAL_TOTAL',
            { amount: e[column], src: e.src },
            lei.map((r) => ({ amount: r[column], src: r.src })),
            `各类功能科目的${colName}`,
            `支出${colName}`,
            column,
            { scope: 'expenditure', column, table: lei[0]?.src.table ?? e.src.table },
          ),
        );
      }
    }
  }
  checks.push(...functionalChecks(facts.functional ?? [], '支出总表'));
  for (const f of facts.functionalByFund ?? []) checks.push(...functionalChecks(f.rows, `${FUND_NAMES[f.fund] ?? f.fund}支出表`));

  // 经济分类
  const economic = facts.economic ?? [];
  checks.push(...economicChildrenChecks(economic, options.partialTables ?? new Set()));
  for (const spending of ['basic', 'project'] as const) {
    const lei = economic.filter((r) => r.spending === spending && r.code.length === 3);
    const total = printed.find((p) => p.key === `economic.${spending}.total`);
    if (lei.length > 0 && total) {
      checks.push(
        equality(
          spending === 'basic' ? 'ECONOMIC_SUM_BASIC' : 'ECONOMIC_SUM_PROJECT',
          { amount: total.amount, src: total.src },
          lei.map((r) => ({ amount: r.amount, src: r.src })),
          `${spending === 'basic' ? '基本' : '项目'}支出各经济分类（类）`,
          '该表合计',
          undefined,
          { table: total.src.table, spending },
        ),
      );
    }
  }

  // 项目
  const projects = facts.projects ?? [];
  const projectTotal = printed.find((p) => p.key === 'projects.total');
  if (projects.length > 0 && projectTotal) {
    checks.push(
      equality(
        'PROJECTS_SUM',
        { amount: projectTotal.amount, src: projectTotal.src },
        projects.map((p) => ({ amount: p.amount, src: p.src })),
        '各项目金额',
        '项目支出表合计',
        undefined,
        { scope: 'table', table: projectTotal.src.table },
      ),
    );
  }
  const projectTarget =
    options.projectScope === 'generalPublic'
      ? printed.find((p) => p.key === 'generalPublic.project')
      : e && { key: 'expenditure.project', amount: e.project, src: e.src };
  if (projects.length > 0 && projectTarget) {
    const whole = options.projectScope === 'generalPublic' ? '一般公共预算支出表的项目支出' : '支出总表的项目支出';
    checks.push(
      equality(
        'PROJECTS_SUM',
        { amount: projectTarget.amount, src: projectTarget.src },
        projects.map((p) => ({ amount: p.amount, src: p.src })),
        '各项目金额',
        whole,
        projectTarget.key,
        { scope: options.projectScope === 'generalPublic' ? 'generalPublic' : 'expenditure', table: projectTarget.src.table },
      ),
    );
  }

  // 单位
  const units = (facts.units ?? []).filter((u) => u.basic !== undefined);
  const basicTotal = printed.find((p) => p.key === 'basic.byUnit.total');
  if (units.length > 0 && basicTotal) {
    checks.push(
      equality(
        'UNITS_SUM',
        { amount: basicTotal.amount, src: basicTotal.src },
        units.map((u) => ({ amount: u.basic as Amount, src: u.src })),
        '各单位基本支出',
        '基本支出预算表合计',
        'basic',
        { scope: 'unitsBasic', table: basicTotal.src.table },
      ),
    );
  }
  const unitsWithTotal = (facts.units ?? []).filter((u) => u.total !== undefined);
  if (unitsWithTotal.length > 1 && e) {
    checks.push(
      equality(
        'UNITS_SUM',
        { amount: e.total, src: e.src },
        unitsWithTotal.map((u) => ({ amount: u.total as Amount, src: u.src })),
        '各单位支出合计',
        '部门支出合计',
        'total',
        { scope: 'unitsTotal' },
      ),
    );
  }

  // 三公经费: a part printed blank (003) is absent and adds nothing.
  const tp = facts.threePublic;
  if (tp) {
    const vehicleParts = [tp.vehiclePurchase, tp.vehicleOperation].filter((x): x is Amount => x !== undefined);
    const parts = [tp.outbound, ...(tp.vehicle !== undefined ? [tp.vehicle] : vehicleParts), tp.reception].filter((x): x is Amount => x !== undefined);
    if (parts.length > 0) {
      checks.push(
        equality(
          'THREE_PUBLIC_PARTS',
          { amount: tp.total, src: tp.src },
          parts.map((a) => ({ amount: a, src: tp.src })),
          tp.vehicle !== undefined ? '因公出国（境）+ 公务用车购置及运行 + 公务接待' : '因公出国（境）+ 公务用车购置费 + 公务用车运行费 + 公务接待',
          '“三公”经费合计',
          'total',
          { part: 'total' },
        ),
      );
    }
    if (tp.vehicle !== undefined && vehicleParts.length > 0) {
      checks.push(
        equality(
          'THREE_PUBLIC_PARTS',
          { amount: tp.vehicle, src: tp.src },
          vehicleParts.map((a) => ({ amount: a, src: tp.src })),
          '公务用车购置费 + 运行维护费',
          '公务用车购置及运行费',
          'vehicle',
          { part: 'vehicle' },
        ),
      );
    }
  }

  // 政府采购
  const pr = facts.procurement;
  if (pr) {
    const parts = [pr.goods, pr.works, pr.services].filter((a): a is Amount => a !== undefined);
    if (parts.length === 3) {
      const partSrc = (k: 'goods' | 'works' | 'services') => pr.partsSrc?.[k] ?? pr.src;
      const classParts = (['goods', 'works', 'services'] as const).map((k) => ({ amount: pr[k] as Amount, src: partSrc(k) }));
      checks.push(
        equality('PROCUREMENT_PARTS', { amount: pr.total, src: pr.src }, classParts, '货物 + 工程 + 服务', '政府采购合计', 'parts', { scope: 'classes' }),
      );
    }
    if (pr.items.length > 0) {
      checks.push(
        equality(
          'PROCUREMENT_PARTS',
          { amount: pr.total, src: pr.src },
          pr.items.map((i) => ({ amount: i.amount, src: i.src })),
          '各采购项目',
          '政府采购合计',
          'items',
          { scope: 'items' },
        ),
      );
    }
  }
  if (e) {
    const procurementFigures = [
      ...printed.filter((p) => p.key === 'procurement.total').map((p) => ({ label: '政府采购预算（报表）', source: 'table', p })),
      ...(facts.narrative ?? [])
        .filter((n) => n.key === 'procurement.total')
        .map((n) => ({ label: '政府采购预算（情况说明）', source: 'narrative', p: { key: n.key, amount: n.amount, src: n.src } })),
    ];
    for (const { label: l, source, p } of procurementFigures) {
      checks.push(within({ amount: e.total, src: e.src }, [{ amount: p.amount, src: p.src }], l, '支出总计', p.src.table, { scope: 'budget', source }));
    }
  }

  // 情况说明 vs 报表, and the same key printed in several tables
  for (const n of facts.narrative ?? []) {
    const table = printed.find((p) => p.key === n.key);
    if (!table) continue;
    checks.push(
      equality(
        'NARRATIVE_MATCHES_TABLE',
        { amount: table.amount, src: table.src },
        [{ amount: n.amount, src: n.src }],
        `情况说明中的“${n.label}”`,
        '报表中的同一数字',
        n.key,
        { label: n.label, key: n.key, table: table.src.table },
      ),
    );
  }
  checks.push(...crossTableChecks(facts, printed));
  checks.push(...classificationChecks(facts, printed, { economic: options.economicScope ?? 'all' }));
  const byKey = new Map<string, PrintedTotal[]>();
  for (const p of printed) pushTo(byKey, p.key, p);
  for (const [key, figures] of byKey) {
    const first = figures[0];
    if (!first) continue;
    for (const other of figures.slice(1)) {
      if (other.src.table === first.src.table && other.src.lines[0] === first.src.lines[0]) continue;
      checks.push(
        equality(
          'TABLES_AGREE',
          { amount: first.amount, src: first.src },
          [{ amount: other.amount, src: other.src }],
          `${other.src.table} 中的 ${key}`,
          `${first.src.table} 中的同一数字`,
          key,
          { key, table: first.src.table, otherTable: other.src.table },
        ),
      );
    }
  }
  return checks;
}
