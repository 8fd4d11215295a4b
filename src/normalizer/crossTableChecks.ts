/**
 * Checks that follow a figure from one table into another, or a total into the rows of its own table
 * that the row-level checks of reconcile.ts do not see: 类 columns of the summary tables, fund tables'
 * totals, each unit's 基本支出 categories, each unit's projects, the money of each fund against its
 * income, and procurement against the project that buys it.
 */
import type { Amount, Check, SourceRef } from '../model/types';
import { equality, within, type Part } from './checkBuild';
import type { Facts, PrintedTotal } from './facts';
import { projectKey } from './readers/keyProjects';

const FUNDS = [
  { fund: 'generalPublic', name: '一般公共预算' },
  { fund: 'govFund', name: '政府性基金预算' },
  { fund: 'stateCapital', name: '国有资本经营预算' },
] as const;

/** Column names of the project table's funding columns, for messages. */
const FUND_COLUMN: Partial<Record<string, string>> = {
  generalPublic: '一般公共预算',
  govFund: '政府性基金预算',
  stateCapital: '国有资本经营预算',
  fiscalSpecial: '财政专户管理资金',
  business: '事业收入',
  operating: '经营收入',
  otherIncome: '其他资金',
  carryover: '上年结转',
};

function byTable(printed: readonly PrintedTotal[]): Map<string, PrintedTotal[]> {
  const out = new Map<string, PrintedTotal[]>();
  for (const p of printed) {
    const list = out.get(p.src.table);
    if (list) list.push(p);
    else out.set(p.src.table, [p]);
  }
  return out;
}

const part = (p: { amount: Amount; src: SourceRef }): Part => ({ amount: p.amount, src: p.src });

export function crossTableChecks(facts: Facts, printed: readonly PrintedTotal[]): Check[] {
  const checks: Check[] = [];
  const tables = byTable(facts.printedTotals ?? []);

  // 收支总体情况表 / 财政拨款收支总体情况表: the 类 printed on the expenditure side add up to 本年支出合计.
  for (const [table, figures] of tables) {
    for (const prefix of ['', 'fiscal.']) {
      const classes = figures.filter((f) => new RegExp(`^${prefix.replace('.', '\\.')}functional\\.\\d{3}$`).test(f.key));
      const total = figures.find((f) => f.key === `${prefix}expenditure.thisYear`);
      if (classes.length > 0 && total) {
        checks.push(
          equality('FUNCTIONAL_TOTAL', part(total), classes.map(part), `${table} 中各类支出`, `${table} 的本年支出合计`, `${table}:${prefix}classes`, {
            scope: prefix === '' ? 'summary' : 'fiscalSummary',
            table,
            column: 'total',
          }),
        );
      }
    }
  }

  // 一般公共预算 / 政府性基金 tables: their 类 rows add up to the table's 合计.
  for (const f of facts.functionalByFund ?? []) {
    const lei = f.rows.filter((r) => r.level === 'lei' && r.unit === undefined);
    const name = FUNDS.find((x) => x.fund === f.fund)?.name ?? f.fund;
    for (const column of ['total', 'basic', 'project'] as const) {
      const whole = printed.find((p) => p.key === `${f.fund}.${column}` && p.src.table === f.src.table);
      if (lei.length === 0 || !whole) continue;
      const colName = { total: '合计', basic: '基本支出', project: '项目支出' }[column];
      checks.push(
        equality(
          'FUNCTIONAL_TOTAL',
          part(whole),
          lei.map((r) => ({ amount: r[column], src: r.src })),
          `${name}支出表各类的${colName}`,
          `该表的${colName}`,
          `${f.fund}:${column}`,
          { scope: 'fund', fund: f.fund, column, table: f.src.table },
        ),
      );
    }
  }

  // Each fund's spending equals the income from that fund (一般公共预算支出 = 一般公共预算收入).
  for (const { fund, name } of FUNDS) {
    const spent = printed.find((p) => p.key === `${fund}.total`);
    const income = (facts.income ?? []).find((i) => i.key === fund);
    if (spent && income) {
      checks.push(equality('FUND_MATCHES_INCOME', part(spent), [part(income)], `${name}收入`, `${name}支出合计`, fund, { fund }));
    }
  }

  // 部门预算基本支出预算表: each unit's categories (人员支出, 公用经费 …) add up to the unit's 基本支出.
  const rowsByUnit = new Map<string, Part[]>();
  for (const r of facts.basicByUnit ?? []) {
    const list = rowsByUnit.get(r.unit);
    if (list) list.push(part(r));
    else rowsByUnit.set(r.unit, [part(r)]);
  }
  for (const u of facts.units ?? []) {
    const rows = rowsByUnit.get(u.code) ?? rowsByUnit.get(u.name);
    if (!rows || u.basic === undefined) continue;
    checks.push(
      equality('UNITS_SUM', { amount: u.basic, src: u.src }, rows, `单位 ${u.code || u.name} 基本支出各类`, '该单位基本支出合计', `basic:${u.code || u.name}`, {
        scope: 'unitCategories',
        unit: u.code || u.name,
      }),
    );
  }

  // 项目支出表: each unit's projects add up to the unit's subtotal row.
  const projects = facts.projects ?? [];
  for (const total of printed.filter((p) => /^projects\.byUnit\.[^.]+$/.test(p.key))) {
    const unit = total.key.slice('projects.byUnit.'.length);
    const mine = projects.filter((p) => p.unit === unit || (p.unit === undefined && p.unitName === unit));
    if (mine.length === 0) continue;
    checks.push(equality('PROJECTS_SUM', part(total), mine.map(part), `单位 ${unit} 的各项目`, '该单位项目支出小计', `unit:${unit}`, { scope: 'unit', unit }));
  }

  // 项目支出表: each funding column of the projects adds up to the same column of the 合计 row.
  if (projects.length > 0 && projects.every((p) => p.funding !== undefined)) {
    for (const total of printed.filter((p) => /^projects\.total\.[A-Za-z]+$/.test(p.key))) {
      const key = total.key.slice('projects.total.'.length) as keyof NonNullable<(typeof projects)[number]['funding']>;
      const cells = projects.map((p) => p.funding?.[key]);
      if (cells.some((c) => c === undefined)) continue;
      checks.push(
        equality(
          'PROJECTS_SUM',
          part(total),
          projects.map((p, i) => ({ amount: cells[i] as Amount, src: p.src })),
          `各项目的“${FUND_COLUMN[key] ?? key}”列`,
          '合计行的同一列',
          `column:${key}`,
          { scope: 'column', fund: key },
        ),
      );
    }
  }

  // 政府采购: what a project buys is part of that project's money.
  const items = facts.procurement?.items ?? [];
  const byProject = new Map<string, { parts: Part[]; name: string }>();
  for (const i of items) {
    if (!i.project) continue;
    const k = projectKey(i.project);
    const entry = byProject.get(k) ?? { parts: [], name: i.project };
    entry.parts.push(part(i));
    byProject.set(k, entry);
  }
  for (const [k, { parts, name }] of byProject) {
    const matches = projects.filter((p) => projectKey(p.name) === k);
    const project = matches.length === 1 ? matches[0] : undefined;
    if (!project) continue;
    checks.push(within(part(project), parts, `项目“${name}”的政府采购`, '该项目预算', `project:${name}`, { scope: 'project', name }));
  }
  return checks;
}
