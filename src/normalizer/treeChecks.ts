/**
 * The sum rules inside one classification table: 功能分类 类 → 款 → 项 and 经济分类 类 → 款, each parent equal
 * to the sum of its printed children, per unit and per column (part of phase 5, reconcile).
 */
import type { Check, EconomicRow, FunctionalRow } from '../model/types';
import { equality } from './checkBuild';
import { pushTo } from './groupBy';

const LEVEL_LEN = { lei: 3, kuan: 5, xiang: 7 } as const;

function label(row: { code: string; name: string }): string {
  return `${row.code} ${row.name}`;
}

/** 类 → 款 → 项: each parent equals the sum of its printed children, per unit and per column. */
export function functionalChecks(rows: FunctionalRow[], scope: string): Check[] {
  const checks: Check[] = [];
  const byUnit = new Map<string, FunctionalRow[]>();
  for (const r of rows) {
    const k = r.unit ?? '';
    pushTo(byUnit, k, r);
  }
  for (const [unit, unitRows] of byUnit) {
    const where = unit ? `（单位 ${unit}）` : '';
    for (const parent of unitRows) {
      if (parent.level === 'xiang') continue;
      const childLen = parent.level === 'lei' ? LEVEL_LEN.kuan : LEVEL_LEN.xiang;
      const children = unitRows.filter((c) => c.code.length === childLen && c.code.startsWith(parent.code));
      if (children.length === 0) continue;
      for (const column of ['total', 'basic', 'project'] as const) {
        const colName = { total: '合计', basic: '基本支出', project: '项目支出' }[column];
        checks.push(
          equality(
            'FUNCTIONAL_CHILDREN_SUM',
            { amount: parent[column], src: parent.src },
            children.map((c) => ({ amount: c[column], src: c.src })),
            `${scope}${where} ${label(parent)} 下级科目的${colName}`,
            `${label(parent)} 的${colName}`,
            `${scope}:${unit}:${parent.code}:${column}`,
            { table: parent.src.table, ...(unit ? { unit } : {}), code: parent.code, name: parent.name, column },
          ),
        );
      }
    }
    for (const row of unitRows) {
      checks.push(
        equality(
          'ROW_BASIC_PLUS_PROJECT',
          { amount: row.total, src: row.src },
          [
            { amount: row.basic, src: row.src },
            { amount: row.project, src: row.src },
          ],
          `${scope}${where} ${label(row)} 的基本支出 + 项目支出`,
          '该行合计',
          `${scope}:${unit}:${row.code}`,
          { table: row.src.table, ...(unit ? { unit } : {}), code: row.code, name: row.name },
        ),
      );
    }
  }
  return checks;
}

/**
 * 部门经济分类: 款 (5 digits) sum to their 类 (3 digits), per table, unit and kind of spending. A 款
 * belongs to the nearest 类 of its prefix printed before it: 001 and 004 print 301/302 twice (once under each
 * 政府预算经济分类 block), so grouping by code prefix alone would add two blocks together.
 * Tables in `partial` print only selected 款 (其中：主要…款级科目, 003 表六): no sum rule applies.
 */
export function economicChildrenChecks(rows: EconomicRow[], partial: ReadonlySet<string>): Check[] {
  const checks: Check[] = [];
  const groups = new Map<string, EconomicRow[]>();
  for (const r of rows) {
    if (partial.has(r.src.table)) continue;
    const k = `${r.spending}|${r.unit ?? ''}|${r.src.table}`;
    pushTo(groups, k, r);
  }
  for (const [k, group] of groups) {
    const [spending, unit] = k.split('|');
    const ordered = [...group].sort((a, b) => a.src.lines[0] - b.src.lines[0]);
    const families: { parent: EconomicRow; children: EconomicRow[] }[] = [];
    // The latest family of each 类 code: finding it by scanning every family per 款 was quadratic.
    const lastFamily = new Map<string, { parent: EconomicRow; children: EconomicRow[] }>();
    for (const row of ordered) {
      if (row.code.length === 3) {
        const family = { parent: row, children: [] };
        families.push(family);
        lastFamily.set(row.code, family);
      } else if (row.code.length === 5) {
        // The nearest 类 above with this 款's prefix: a 决算 table prints 301… and 302… side by side, so
        // the 类 printed last may be the other column's.
        const family = lastFamily.get(row.code.slice(0, 3));
        if (family) family.children.push(row);
      }
    }
    for (const { parent, children } of families) {
      if (children.length === 0) continue;
      const kind = spending === 'basic' ? '基本支出' : '项目支出';
      checks.push(
        equality(
          'ECONOMIC_CHILDREN_SUM',
          { amount: parent.amount, src: parent.src },
          children.map((c) => ({ amount: c.amount, src: c.src })),
          `${kind}${unit ? `（单位 ${unit}）` : ''} ${label(parent)} 下各款`,
          `${label(parent)}`,
          `${spending}:${unit}:${parent.code}:${parent.src.lines[0]}`,
          { table: parent.src.table, spending: spending ?? '', ...(unit ? { unit } : {}), code: parent.code, name: parent.name },
        ),
      );
    }
  }
  return checks;
}
