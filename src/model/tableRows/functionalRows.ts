/**
 * 功能分类 table: 类 → 款 → 项, via the same tree the treemap draws (functionalTree.ts).
 */
import type { Amount, Budget } from '../types';
import { nameEnField } from '../englishName';
import { buildFunctionalTree } from '../functionalTree';
import type { TreeNode } from '../tree';
import { sumBasis } from '../sumBasis';
import { cell, MEASURE_COLUMNS, fillShares, totalsOf, withPrinted } from './cells';
import type { AmountCell, TableModel, TableRow } from './types';

export function functionalRows(budget: Budget, unit?: string): TableModel {
  const tree = buildFunctionalTree(budget, unit === undefined ? {} : { unit });
  const convert = (n: TreeNode, depth: number, prefix: string): TableRow => {
    const id = `${prefix}${n.key}`;
    const amounts: Record<string, AmountCell | null> = {};
    for (const m of ['total', 'basic', 'project'] as const) {
      const v = n.values[m];
      // What the figure is (sumBasis.ts): printed, the rows below added, or one code added over the sub-units.
      const basis = sumBasis(n, m).basis;
      amounts[m] =
        v === null
          ? null
          : basis === 'printed'
            ? cell(v, n.src)
            : basis === 'sumOfUnitRows'
              ? { amount: v, computed: true, over: 'units' }
              : { amount: v, computed: true };
    }
    return {
      id,
      code: n.code,
      name: n.name,
      ...nameEnField(n.nameEn),
      kind: n.level === 'lei' || n.level === 'kuan' || n.level === 'xiang' ? n.level : 'lei',
      depth,
      amounts,
      texts: {},
      share: null,
      subRows: n.children.map((c) => convert(c, depth + 1, `${id}/`)),
    };
  };
  const prefix = unit === undefined ? 'f:' : `f[${unit}]:`;
  const rows = tree.root.children.map((c) => convert(c, 0, prefix));
  const keys = ['total', 'basic', 'project'];
  const totals = totalsOf(rows, keys);
  // The root is the printed 支出总计 (or the unit's printed totals): show it beside the sum.
  if (tree.root.printed && tree.root.src) {
    for (const k of keys) {
      const v = tree.root.values[k as 'total' | 'basic' | 'project'];
      const t = totals[k];
      if (v !== null && t) totals[k] = withPrinted(t, v, tree.root.src) ?? t;
    }
  }
  fillShares(rows, 'total', totals.total?.sum ?? ('0' as Amount));
  const unitKeys = [...new Set(budget.functional.map((r) => r.unit).filter((u): u is string => u !== undefined))];
  const unitOptions = unitKeys.map((k) => ({ key: k, name: budget.units.find((u) => u.code === k)?.name ?? k }));
  return {
    id: 'functional',
    columns: [{ key: 'code', kind: 'code', label: 'code' }, { key: 'name', kind: 'name', label: 'functionalName' }, ...MEASURE_COLUMNS],
    mainColumn: 'total',
    rows,
    totals,
    ...(unitOptions.length > 0 ? { unitOptions } : {}),
  };
}
