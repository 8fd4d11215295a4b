/**
 * Rows of the drillable tables (功能分类 / 经济分类 / 单位 / 项目), built from a Budget. Pure: decimal sums,
 * no React. The table component (src/tables) only sorts, filters, expands and renders these.
 *
 * Rules:
 * - A cell holds the printed amount and where it was printed (src). Where the document prints no row for a
 *   node (a 类 above per-unit 项 rows, the 基本支出/项目支出 group of the economic table), the cell is the
 *   exact sum of the rows below and says so (`computed: true`); nothing else is derived.
 * - The totals row is the exact sum of the top-level rows. Where the document prints a total for the same
 *   thing (支出总计, 项目支出), it is shown beside it with the difference; neither is adjusted.
 * - Shares are of the totals row, exact (decimal.js), rounded only for display.
 */
import type { Amount, Budget, EconomicRow, IncomeKey, SourceRef, Spending } from './types';
import { dec, share, sum, toAmount, type Dec } from './decimal';
import { buildFunctionalTree } from './functionalTree';
import type { TreeNode } from './tree';

export type TableId = 'functional' | 'economic' | 'units' | 'projects';
export const TABLE_IDS: readonly TableId[] = ['functional', 'economic', 'units', 'projects'];

export interface AmountCell {
  amount: Amount;
  src?: SourceRef;
  /** True where the document prints no such figure and it is an exact sum (of the rows below, or see `over`). */
  computed?: boolean;
  /** 'units': the document prints this code once per sub-unit (003 表三) and this is their exact sum. */
  over?: 'units';
}

export type RowKind = 'spending' | 'unit' | 'lei' | 'kuan' | 'xiang' | 'category' | 'project';

export interface TableRow {
  /** Stable id built from codes/keys (never an array index). */
  id: string;
  code: string;
  name: string;
  kind: RowKind;
  depth: number;
  /** Amount columns by key (total/basic/project, amount, funding_<key>); null where not applicable. */
  amounts: Record<string, AmountCell | null>;
  /** Text columns by key (govCode, unit, category, functionalCode, kind). */
  texts: Record<string, string>;
  /** Share of the main amount column in the totals row, exact; null where undefined. */
  share: Dec | null;
  /** Project details (项目内容, 绩效目标, 绩效指标) shown when the row is expanded. */
  detail?: { content?: string; targets?: string; indicators?: string };
  subRows: TableRow[];
}

export type ColumnKind = 'code' | 'name' | 'text' | 'amount' | 'share';

export interface ColumnSpec {
  key: string;
  kind: ColumnKind;
  /** Label key for the view's dictionary (tables/strings.ts), or a literal printed name (funding columns). */
  label: string;
  /** An IncomeKey for funding columns, so that the view can name it in either language. */
  incomeKey?: IncomeKey;
}

export interface TotalCell {
  /** Exact sum of the column over the top-level rows. */
  sum: Amount;
  /** Some top-level rows have no figure in this column: the sum covers only those that do. */
  partial: boolean;
  /** A total the document prints for the same thing, with printed − sum. */
  printed?: { amount: Amount; src: SourceRef; difference: Amount | null };
}

export interface TableModel {
  id: TableId;
  columns: ColumnSpec[];
  /** The amount column that shares are of. */
  mainColumn: string;
  rows: TableRow[];
  totals: Record<string, TotalCell>;
  /** Sub-units to choose from where the table can be shown per unit (功能分类 per-unit rows). */
  unitOptions?: { key: string; name: string }[];
}

// ---------------------------------------------------------------------------------------------------------
// Sources: "表9 一般公共预算基本支出情况表…, 第 677–733 行"

export interface SourceGroup {
  table: string;
  number: string;
  title: string;
  /** Line ranges in this table, in order, merged where they touch. */
  ranges: [number, number][];
}

/** Refs grouped by table (in first-seen order), with the table's printed number and title from budget.tables. */
export function groupSourceRefs(budget: Pick<Budget, 'tables'>, refs: readonly SourceRef[]): SourceGroup[] {
  const out: SourceGroup[] = [];
  for (const r of refs) {
    let g = out.find((x) => x.table === r.table);
    if (!g) {
      const t = budget.tables.find((x) => x.key === r.table);
      g = { table: r.table, number: t?.number ?? '', title: t?.title ?? '', ranges: [] };
      out.push(g);
    }
    g.ranges.push([r.lines[0], r.lines[1]]);
  }
  for (const g of out) {
    const sorted = [...g.ranges].sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const rg of sorted) {
      const last = merged[merged.length - 1];
      if (last && rg[0] <= last[1] + 1) last[1] = Math.max(last[1], rg[1]);
      else merged.push([rg[0], rg[1]]);
    }
    g.ranges = merged;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Shared helpers

/** 部门预算支出经济分类 类 names (standard list), for classes the document prints only as 款. */
export const ECONOMIC_CLASS_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  '301': { zh: '工资福利支出', en: 'Wages and benefits' },
  '302': { zh: '商品和服务支出', en: 'Goods and services' },
  '303': { zh: '对个人和家庭的补助', en: 'Subsidies to individuals and households' },
  '307': { zh: '债务利息及费用支出', en: 'Debt interest and fees' },
  '309': { zh: '资本性支出（基本建设）', en: 'Capital spending (construction)' },
  '310': { zh: '资本性支出', en: 'Capital spending' },
  '311': { zh: '对企业补助（基本建设）', en: 'Subsidies to enterprises (construction)' },
  '312': { zh: '对企业补助', en: 'Subsidies to enterprises' },
  '313': { zh: '对社会保障基金补助', en: 'Transfers to social security funds' },
  '399': { zh: '其他支出', en: 'Other spending' },
};

function cell(amount: Amount, src?: SourceRef): AmountCell {
  return src ? { amount, src } : { amount };
}

function computedCell(values: readonly (Amount | null | undefined)[]): AmountCell | null {
  const present = values.filter((v): v is Amount => v !== null && v !== undefined);
  if (present.length === 0) return null;
  return { amount: toAmount(sum(present)), computed: true };
}

function sumColumn(rows: readonly TableRow[], key: string): AmountCell | null {
  return computedCell(rows.map((r) => r.amounts[key]?.amount));
}

function totalsOf(rows: readonly TableRow[], keys: readonly string[]): Record<string, TotalCell> {
  const out: Record<string, TotalCell> = {};
  for (const k of keys) {
    const present = rows.map((r) => r.amounts[k]).filter((c): c is AmountCell => c !== null && c !== undefined);
    out[k] = { sum: toAmount(sum(present.map((c) => c.amount))), partial: present.length < rows.length };
  }
  return out;
}

function withPrinted(t: TotalCell | undefined, amount: Amount, src: SourceRef): TotalCell | undefined {
  if (!t) return t;
  const d = dec(amount).minus(dec(t.sum));
  return { ...t, printed: { amount, src, difference: d.isZero() ? null : toAmount(d) } };
}

/** Fill `share` on every row (all depths) as a share of `whole`. */
function fillShares(rows: TableRow[], key: string, whole: Amount): void {
  for (const r of rows) {
    const a = r.amounts[key];
    r.share = a ? share(a.amount, whole) : null;
    fillShares(r.subRows, key, whole);
  }
}

/** Make ids unique without array indexes: a genuine repeat gets the source line it was printed on. */
function uniqueId(seen: Set<string>, base: string, src?: SourceRef): string {
  let id = base;
  if (seen.has(id) && src) id = `${base}@${src.table}:${src.lines[0]}`;
  let n = 2;
  while (seen.has(id)) id = `${base}~${n++}`;
  seen.add(id);
  return id;
}

// ---------------------------------------------------------------------------------------------------------
// 功能分类: 类 → 款 → 项, via the same tree the treemap draws (functionalTree.ts).

export function functionalRows(budget: Budget, unit?: string): TableModel {
  const tree = buildFunctionalTree(budget, unit === undefined ? {} : { unit });
  const convert = (n: TreeNode, depth: number, prefix: string): TableRow => {
    const id = `${prefix}${n.key}`;
    const amounts: Record<string, AmountCell | null> = {};
    for (const m of ['total', 'basic', 'project'] as const) {
      const v = n.values[m];
      // A leaf that is not printed as such is one code added up over the sub-units that print it.
      amounts[m] =
        v === null ? null : n.printed ? cell(v, n.src) : n.children.length === 0 ? { amount: v, computed: true, over: 'units' } : { amount: v, computed: true };
    }
    return {
      id,
      code: n.code,
      name: n.name,
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
    columns: [
      { key: 'code', kind: 'code', label: 'code' },
      { key: 'name', kind: 'name', label: 'functionalName' },
      { key: 'total', kind: 'amount', label: 'total' },
      { key: 'basic', kind: 'amount', label: 'basic' },
      { key: 'project', kind: 'amount', label: 'project' },
      { key: 'share', kind: 'share', label: 'share' },
    ],
    mainColumn: 'total',
    rows,
    totals,
    ...(unitOptions.length > 0 ? { unitOptions } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------
// 经济分类: 基本支出 / 项目支出 → [单位] → 类 (301) → 款 (30101).

const SPENDING_ORDER: readonly Spending[] = ['basic', 'project'];

/**
 * 类 rows with their 款, in printed order. A 款 belongs to the nearest 类 printed above it with the same
 * 3-digit prefix (001 prints 301 twice, under 政府经济分类 501 and 505, each with its own 款); a 款 with no such
 * 类 gets a computed one.
 */
function classRows(rows: readonly EconomicRow[], idPrefix: string, depth: number, seen: Set<string>): TableRow[] {
  const ordered = [...rows].sort((a, b) => a.src.table.localeCompare(b.src.table) || a.src.lines[0] - b.src.lines[0]);
  const out: TableRow[] = [];
  const lastClass = new Map<string, TableRow>();
  const rowOf = (r: EconomicRow, d: number, prefix: string): TableRow => ({
    id: uniqueId(seen, `${prefix}${r.govCode ? `${r.govCode}.` : ''}${r.code}`, r.src),
    code: r.code,
    name: r.name,
    kind: r.code.length === 3 ? 'lei' : 'kuan',
    depth: d,
    amounts: { amount: cell(r.amount, r.src) },
    texts: { govCode: r.govCode ? `${r.govCode}${r.govName ? ` ${r.govName}` : ''}` : '' },
    share: null,
    subRows: [],
  });
  for (const r of ordered) {
    const cls = r.code.slice(0, 3);
    if (r.code.length === 3) {
      const row = rowOf(r, depth, idPrefix);
      lastClass.set(cls, row);
      out.push(row);
    } else {
      let parent = lastClass.get(cls);
      if (!parent) {
        parent = {
          id: uniqueId(seen, `${idPrefix}${cls}`),
          code: cls,
          name: ECONOMIC_CLASS_NAMES[cls]?.zh ?? '',
          kind: 'lei',
          depth,
          amounts: { amount: null },
          texts: { govCode: '' },
          share: null,
          subRows: [],
        };
        lastClass.set(cls, parent);
        out.push(parent);
      }
      parent.subRows.push(rowOf(r, depth + 1, `${parent.id}/`));
    }
  }
  // Classes made up for orphan 款 carry the exact sum of those 款.
  for (const row of out) if (row.amounts.amount === null) row.amounts.amount = sumColumn(row.subRows, 'amount');
  return out;
}

export function economicRows(budget: Budget): TableModel {
  const seen = new Set<string>();
  const rows: TableRow[] = [];
  for (const s of SPENDING_ORDER) {
    const mine = budget.economic.filter((r) => r.spending === s);
    if (mine.length === 0) continue;
    const id = `e:${s}`;
    const units = [...new Set(mine.map((r) => r.unit ?? ''))];
    let children: TableRow[];
    if (units.length > 1 || (units[0] ?? '') !== '') {
      // Per-unit blocks: one group per unit (单位), never merged across units.
      children = units.map((u) => {
        const uid = `${id}/u${u}`;
        const kids = classRows(
          mine.filter((r) => (r.unit ?? '') === u),
          `${uid}/`,
          2,
          seen,
        );
        return {
          id: uniqueId(seen, uid),
          code: u,
          name: budget.units.find((x) => x.code === u)?.name ?? u,
          kind: 'unit' as const,
          depth: 1,
          amounts: { amount: sumColumn(kids, 'amount') },
          texts: { govCode: '' },
          share: null,
          subRows: kids,
        };
      });
    } else {
      children = classRows(mine, `${id}/`, 1, seen);
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
      { key: 'amount', kind: 'amount', label: 'amount' },
      { key: 'share', kind: 'share', label: 'share' },
      ...(hasGov ? [{ key: 'govCode', kind: 'text' as const, label: 'govCode' }] : []),
    ],
    mainColumn: 'amount',
    rows,
    totals,
  };
}

/** Printed 基本支出/项目支出 beside the economic groups (for the note under the table). */
export function spendingPrinted(budget: Budget, s: Spending): { amount: Amount; src: SourceRef } {
  return { amount: budget.expenditure[s], src: budget.expenditure.src };
}

// ---------------------------------------------------------------------------------------------------------
// 单位: sub-units with their printed totals, and 基本支出 by category (人员支出, 公用经费 …) below each.

export function unitRows(budget: Budget): TableModel {
  const seen = new Set<string>();
  const rows: TableRow[] = [];
  const keyOf = (code: string, name: string) => (code !== '' ? code : name);
  const unitKeys: { key: string; code: string; name: string }[] = [];
  for (const u of budget.units) unitKeys.push({ key: keyOf(u.code, u.name), code: u.code, name: u.name });
  for (const b of budget.basicByUnit) {
    const k = keyOf(b.unit, b.unitName);
    if (!unitKeys.some((x) => x.key === k)) unitKeys.push({ key: k, code: b.unit, name: b.unitName });
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
      { key: 'total', kind: 'amount', label: 'total' },
      { key: 'basic', kind: 'amount', label: 'basic' },
      { key: 'project', kind: 'amount', label: 'project' },
      { key: 'share', kind: 'share', label: 'share' },
      { key: 'kind', kind: 'text', label: 'unitKind' },
    ],
    mainColumn: main,
    rows,
    totals,
  };
}

// ---------------------------------------------------------------------------------------------------------
// 项目: one row per project; funding by source where printed; details on expand.

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
      { key: 'amount', kind: 'amount', label: 'amount' },
      { key: 'share', kind: 'share', label: 'share' },
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

export function buildTable(budget: Budget, id: TableId, opts: { unit?: string } = {}): TableModel {
  switch (id) {
    case 'functional':
      return functionalRows(budget, opts.unit);
    case 'economic':
      return economicRows(budget);
    case 'units':
      return unitRows(budget);
    case 'projects':
      return projectRows(budget);
  }
}

/** Which tables have rows in this budget (a tab is shown only for those). */
export function availableTables(budget: Budget): TableId[] {
  return TABLE_IDS.filter((id) => {
    switch (id) {
      case 'functional':
        return budget.functional.length > 0;
      case 'economic':
        return budget.economic.length > 0;
      case 'units':
        return budget.units.length > 0 || budget.basicByUnit.length > 0;
      case 'projects':
        return budget.projects.length > 0;
      default:
        return false;
    }
  });
}

/** Compare two cells for sorting: exact decimal order, missing figures last (ascending). */
export function compareCells(a: AmountCell | null | undefined, b: AmountCell | null | undefined): number {
  if (!a && !b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return dec(a.amount).comparedTo(dec(b.amount));
}

export function compareShares(a: Dec | null, b: Dec | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.comparedTo(b);
}
