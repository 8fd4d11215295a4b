/**
 * 经济分类 table: 基本支出 / 项目支出 → [单位] → 类 (301) → 款 (30101), the printed blocks of the economic tree
 * (economicTree.ts: a 款 under the nearest 类 of its prefix printed above it). Per-unit blocks are never merged
 * across units; a 类 the document does not print above its 款 is their exact sum, marked computed.
 */
import type { Amount, Budget } from '../types';
import { nameEnField } from '../englishName';
import { buildEconomicTree, SPENDINGS, type EconomicNode } from '../economicTree';
import { ECONOMIC_CLASS_NAMES } from '../economicClassNames';
import { AMOUNT_COLUMNS, cell, fillShares, sumColumn, totalsOf, uniqueId } from './cells';
import type { TableModel, TableRow } from './types';

function nodeRow(n: EconomicNode, depth: number, prefix: string, seen: Set<string>): TableRow {
  const r = n.row;
  if (!r) {
    // A 类 not printed above its 款: named from the standard list, its figure the exact sum of the 款.
    const id = uniqueId(seen, `${prefix}${n.code}`);
    const subRows = n.children.map((k) => nodeRow(k, depth + 1, `${id}/`, seen));
    return {
      id,
      code: n.code,
      name: ECONOMIC_CLASS_NAMES[n.code]?.zh ?? '',
      ...nameEnField(ECONOMIC_CLASS_NAMES[n.code]?.en),
      kind: 'lei',
      depth,
      amounts: { amount: sumColumn(subRows, 'amount') },
      texts: { govCode: '' },
      share: null,
      subRows,
    };
  }
  const id = uniqueId(seen, `${prefix}${r.govCode ? `${r.govCode}.` : ''}${r.code}`, r.src);
  return {
    id,
    code: r.code,
    name: r.name,
    ...nameEnField(r.nameEn),
    kind: n.level,
    depth,
    amounts: { amount: cell(r.amount, r.src) },
    texts: { govCode: r.govCode ? `${r.govCode}${r.govName ? ` ${r.govName}` : ''}` : '' },
    share: null,
    subRows: n.children.map((k) => nodeRow(k, depth + 1, `${id}/`, seen)),
  };
}

export function economicRows(budget: Budget): TableModel {
  const { blocks } = buildEconomicTree(budget);
  const seen = new Set<string>();
  const rows: TableRow[] = [];
  for (const s of SPENDINGS) {
    const mine = blocks.filter((b) => b.spending === s);
    if (mine.length === 0) continue;
    const id = `e:${s}`;
    const units = [...new Set(mine.map((b) => b.unit ?? ''))];
    const classRows = (u: string, prefix: string, depth: number): TableRow[] =>
      mine.filter((b) => (b.unit ?? '') === u).flatMap((b) => b.classes.map((c) => nodeRow(c, depth, prefix, seen)));
    let children: TableRow[];
    if (units.length > 1 || (units[0] ?? '') !== '') {
      // Per-unit blocks: one group per unit (单位), never merged across units.
      children = units.map((u) => {
        const uid = `${id}/u${u}`;
        const kids = classRows(u, `${uid}/`, 2);
        return {
          id: uniqueId(seen, uid),
          code: u,
          name: budget.units.find((x) => x.code === u)?.name ?? u,
          ...nameEnField(budget.units.find((x) => x.code === u)?.nameEn),
          kind: 'unit' as const,
          depth: 1,
          amounts: { amount: sumColumn(kids, 'amount') },
          texts: { govCode: '' },
          share: null,
          subRows: kids,
        };
      });
    } else {
      children = classRows('', `${id}/`, 1);
    }
    rows.push({
      id: uniqueId(seen, id),
      code: '',
      name: s,
      kind: 'spending',
      depth: 0,
      amounts: { amount: sumColumn(children, 'amount') },
      texts: { govCode: '' },
      share: null,
      subRows: children,
    });
  }
  const totals = totalsOf(rows, ['amount']);
  fillShares(rows, 'amount', totals.amount?.sum ?? ('0' as Amount));
  const hasGov = budget.economic.some((r) => r.govCode);
  return {
    id: 'economic',
    columns: [
      // Amounts right after the name, text columns last: on a phone the figures stay in view.
      { key: 'code', kind: 'code', label: 'code' },
      { key: 'name', kind: 'name', label: 'economicName' },
      ...AMOUNT_COLUMNS,
      ...(hasGov ? [{ key: 'govCode', kind: 'text' as const, label: 'govCode' }] : []),
    ],
    mainColumn: 'amount',
    rows,
    totals,
  };
}
