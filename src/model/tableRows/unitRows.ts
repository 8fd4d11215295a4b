/**
 * 单位 table: sub-units with their printed totals, and 基本支出 by category (人员支出, 公用经费 …) below each.
 */
import type { Amount, Budget } from '../types';
import { nameEnField } from '../englishName';
import { cell, MEASURE_COLUMNS, fillShares, sumColumn, totalsOf, uniqueId } from './cells';
import type { TableModel, TableRow } from './types';

export function unitRows(budget: Budget): TableModel {
  const seen = new Set<string>();
  const rows: TableRow[] = [];
  const keyOf = (code: string, name: string) => (code !== '' ? code : name);
  const unitKeys: { key: string; code: string; name: string; nameEn?: string }[] = [];
  for (const u of budget.units) unitKeys.push({ key: keyOf(u.code, u.name), code: u.code, name: u.name, ...nameEnField(u.nameEn) });
  for (const b of budget.basicByUnit) {
    const k = keyOf(b.unit, b.unitName);
    if (!unitKeys.some((x) => x.key === k)) unitKeys.push({ key: k, code: b.unit, name: b.unitName, ...nameEnField(b.unitNameEn) });
  }
  for (const uk of unitKeys) {
    const u = budget.units.find((x) => keyOf(x.code, x.name) === uk.key);
    const id = uniqueId(seen, `u:${uk.key}`, u?.src);
    const cats = budget.basicByUnit.filter((b) => keyOf(b.unit, b.unitName) === uk.key);
    const subRows: TableRow[] = cats.map((c) => ({
      id: uniqueId(seen, `${id}/${c.category}`, c.src),
      code: '',
      name: c.category,
      kind: 'category',
      depth: 1,
      amounts: { total: null, basic: cell(c.amount, c.src), project: null },
      texts: { kind: '' },
      share: null,
      subRows: [],
    }));
    const printed = (v: Amount | undefined) => (v !== undefined && u ? cell(v, u.src) : null);
    rows.push({
      id,
      code: uk.code,
      name: uk.name,
      ...nameEnField(uk.nameEn),
      kind: 'unit',
      depth: 0,
      amounts: {
        total: printed(u?.total),
        // 基本支出 not printed for the unit: the exact sum of its categories, marked as computed.
        basic: printed(u?.basic) ?? sumColumn(subRows, 'basic'),
        project: printed(u?.project),
      },
      texts: { kind: u?.kind ?? '' },
      share: null,
      subRows,
    });
  }
  const keys = ['total', 'basic', 'project'];
  const totals = totalsOf(rows, keys);
  // Shares of 合计 where every unit prints one; otherwise of 基本支出 (the column every source has).
  const main = totals.total && !totals.total.partial && rows.length > 0 ? 'total' : 'basic';
  fillShares(rows, main, totals[main]?.sum ?? ('0' as Amount));
  return {
    id: 'units',
    columns: [
      { key: 'code', kind: 'code', label: 'unitCode' },
      { key: 'name', kind: 'name', label: 'unitName' },
      ...MEASURE_COLUMNS,
      { key: 'kind', kind: 'text', label: 'unitKind' },
    ],
    mainColumn: main,
    rows,
    totals,
  };
}
