/**
 * 项目 table: one row per project; funding by source where printed; details (项目内容, 绩效目标) on expand.
 */
import type { Amount, Budget, IncomeKey } from '../types';
import { dec } from '../decimal';
import { AMOUNT_COLUMNS, cell, fillShares, totalsOf, uniqueId, withPrinted } from './cells';
import type { AmountCell, TableModel, TableRow } from './types';

export function projectRows(budget: Budget): TableModel {
  const seen = new Set<string>();
  const fundingKeys: IncomeKey[] = [];
  for (const p of budget.projects) {
    for (const [k, v] of Object.entries(p.funding ?? {}) as [IncomeKey, Amount][]) {
      if (!dec(v).isZero() && !fundingKeys.includes(k)) fundingKeys.push(k);
    }
  }
  const rows: TableRow[] = budget.projects.map((p) => {
    const amounts: Record<string, AmountCell | null> = { amount: cell(p.amount, p.src) };
    for (const k of fundingKeys) {
      const v = p.funding?.[k];
      amounts[`funding_${k}`] = v !== undefined ? cell(v, p.src) : null;
    }
    const detail = {
      ...(p.content ? { content: p.content } : {}),
      ...(p.targets ? { targets: p.targets } : {}),
      ...(p.indicators ? { indicators: p.indicators } : {}),
    };
    return {
      id: uniqueId(seen, `p:${p.id}`, p.src),
      code: p.id,
      name: p.name,
      kind: 'project' as const,
      depth: 0,
      amounts,
      texts: {
        unit: p.unitName ?? p.unit ?? '',
        category: p.category ?? '',
        functionalCode: p.functionalCode ?? '',
      },
      share: null,
      ...(Object.keys(detail).length > 0 ? { detail } : {}),
      subRows: [],
    };
  });
  const keys = ['amount', ...fundingKeys.map((k) => `funding_${k}`)];
  const totals = totalsOf(rows, keys);
  const t = totals.amount;
  if (t && rows.length > 0) totals.amount = withPrinted(t, budget.expenditure.project, budget.expenditure.src) ?? t;
  fillShares(rows, 'amount', totals.amount?.sum ?? ('0' as Amount));
  const name = (k: IncomeKey) => budget.income.find((l) => l.key === k)?.name ?? k;
  return {
    id: 'projects',
    columns: [
      { key: 'name', kind: 'name', label: 'projectName' },
      ...AMOUNT_COLUMNS,
      ...fundingKeys.map((k) => ({ key: `funding_${k}`, kind: 'amount' as const, label: name(k), incomeKey: k })),
      { key: 'unit', kind: 'text', label: 'unit' },
      { key: 'category', kind: 'text', label: 'category' },
      ...(budget.projects.some((p) => p.functionalCode) ? [{ key: 'functionalCode', kind: 'text' as const, label: 'functionalCode' }] : []),
    ],
    mainColumn: 'amount',
    rows,
    totals,
  };
}
