/**
 * 单位 table: each sub-unit (单位) with its 基本支出, 项目支出 and 合计, and below it what they are made of — 基本支出
 * by category (人员支出, 公用经费 …) and its projects (项目).
 *
 * A figure is the unit's printed one where a table prints it (003 表3 prints all three). Where none does, it is
 * computed and says how: 项目支出 as the exact sum of the unit's projects — the same grouping the 按单位与项目
 * treemap draws (projectTree.ts) — and 合计 as 基本支出 + 项目支出. A column nobody printed and nothing computes
 * stays 未列示 (`unlisted`), never 0.00. The totals row is compared with the department's printed 支出总计 /
 * 基本支出 / 项目支出 (表3), and shares say what they are a share of.
 */
import type { Amount, Budget, Project, SourceRef, Unit } from '../types';
import { nameEnField } from '../englishName';
import { sum, toAmount } from '../decimal';
import { buildProjectTree } from '../projectTree';
import type { TreeNode } from '../tree';
import { AMOUNT_KEYS, cell, fillShares, sumColumn, totalsOf, uniqueId, withPrinted } from './cells';
import type { AmountCell, ColumnSpec, TableModel, TableRow } from './types';

/** A unit's name for matching: 本级 (the department's own level) is the department itself, spaces and brackets folded. */
export function unitNameKey(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/[（(]本级[)）]$/, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

/** Does this group of projects (a unit node of the project tree) belong to this unit? Code where both print one, else name. */
function groupIsUnit(g: TreeNode, u: Pick<Unit, 'code' | 'name'>): boolean {
  if (g.unitCode !== undefined && g.unitCode !== '' && u.code !== '') return g.unitCode === u.code;
  return unitNameKey(g.name) === unitNameKey(u.name);
}

function projectCell(g: TreeNode, projects: readonly Project[]): AmountCell | null {
  const amount = g.childrenSum.project;
  if (amount === null) return null;
  const mine = new Set(g.children.map((c) => c.key));
  const refs: SourceRef[] = projects.filter((p) => mine.has(p.id)).map((p) => p.src);
  return { amount, computed: true, over: 'projects', refs };
}

function projectRow(p: Project, prefix: string, seen: Set<string>): TableRow {
  return {
    id: uniqueId(seen, `${prefix}/p:${p.id}`, p.src),
    code: p.id,
    name: p.name,
    kind: 'project',
    depth: 1,
    amounts: { total: null, basic: null, project: cell(p.amount, p.src) },
    texts: { kind: '' },
    share: null,
    subRows: [],
  };
}

interface UnitEntry {
  key: string;
  code: string;
  name: string;
  /** English name beside the printed one (data/names-en.json), where known. */
  nameEn?: string;
  unit?: Unit;
  group?: TreeNode;
}

/** Units in printed order (units, then 基本支出 by unit), then any unit that only the project table names. */
function unitEntries(budget: Budget, groups: readonly TreeNode[]): UnitEntry[] {
  const keyOf = (code: string, name: string) => (code !== '' ? code : name);
  const out: UnitEntry[] = [];
  for (const u of budget.units) out.push({ key: keyOf(u.code, u.name), code: u.code, name: u.name, ...nameEnField(u.nameEn), unit: u });
  for (const b of budget.basicByUnit) {
    const k = keyOf(b.unit, b.unitName);
    if (!out.some((x) => x.key === k)) out.push({ key: k, code: b.unit, name: b.unitName, ...nameEnField(b.unitNameEn) });
  }
  const used = new Set<TreeNode>();
  for (const e of out) {
    const g = groups.find((x) => !used.has(x) && groupIsUnit(x, e));
    if (g) {
      e.group = g;
      used.add(g);
    }
  }
  for (const g of groups) {
    if (!used.has(g)) out.push({ key: g.unitCode || g.name, code: g.unitCode ?? '', name: g.name, group: g });
  }
  return out;
}

export function unitRows(budget: Budget): TableModel {
  const seen = new Set<string>();
  const tree = buildProjectTree(budget);
  // Projects that name no unit cannot be given to one: their units' 项目支出 stays 未列示.
  const groups = tree.byUnit ? tree.root.children.filter((g) => g.level === 'unit') : [];
  const rows: TableRow[] = [];
  for (const e of unitEntries(budget, groups)) {
    const u = e.unit;
    const id = uniqueId(seen, `u:${e.key}`, u?.src);
    const cats: TableRow[] = budget.basicByUnit
      .filter((b) => (b.unit !== '' ? b.unit === e.code : b.unitName === e.name))
      .map((c) => ({
        id: uniqueId(seen, `${id}/${c.category}`, c.src),
        code: '',
        name: c.category,
        kind: 'category' as const,
        depth: 1,
        amounts: { total: null, basic: cell(c.amount, c.src), project: null },
        texts: { kind: '' },
        share: null,
        subRows: [],
      }));
    const mine = new Set(e.group?.children.map((c) => c.key) ?? []);
    const projects = budget.projects.filter((p) => mine.has(p.id)).map((p) => projectRow(p, id, seen));
    const printed = (v: Amount | undefined) => (v !== undefined && u ? cell(v, u.src) : null);
    // 基本支出 not printed for the unit: the exact sum of its categories, marked as computed.
    const basic = printed(u?.basic) ?? sumColumn(cats, 'basic');
    const project = printed(u?.project) ?? (e.group ? projectCell(e.group, budget.projects) : null);
    const total: AmountCell | null =
      printed(u?.total) ?? (basic && project ? { amount: toAmount(sum([basic.amount, project.amount])), computed: true, over: 'parts' } : null);
    const amounts = { total, basic, project };
    const unlisted = AMOUNT_KEYS.filter((k) => amounts[k] === null);
    rows.push({
      id,
      code: e.code,
      name: e.name,
      ...nameEnField(e.nameEn),
      kind: 'unit',
      depth: 0,
      amounts,
      texts: { kind: u?.kind ?? '' },
      share: null,
      ...(unlisted.length > 0 ? { unlisted } : {}),
      subRows: [...cats, ...projects],
    });
  }
  const totals = totalsOf(rows, AMOUNT_KEYS);
  // The department's printed 支出总计 / 基本支出 / 项目支出 (表3) beside the sums over units; neither is adjusted.
  const exp = budget.expenditure;
  if (rows.length > 0) {
    for (const k of AMOUNT_KEYS) {
      const t = totals[k];
      // A partial column (some unit 未列示) is not the department's figure: nothing to compare it with.
      if (t && !t.partial && rows.some((r) => r.amounts[k])) totals[k] = withPrinted(t, exp[k], exp.src) ?? t;
    }
  }
  // Shares of 合计 where every unit has one (printed or computed); otherwise of 基本支出 — and the column says which.
  const main = totals.total && !totals.total.partial && rows.length > 0 ? 'total' : 'basic';
  fillShares(rows, main, totals[main]?.sum ?? ('0' as Amount));
  const shareColumn: ColumnSpec = { key: 'share', kind: 'share', label: main === 'total' ? 'share' : 'shareOfBasic' };
  return {
    id: 'units',
    columns: [
      { key: 'code', kind: 'code', label: 'unitCode' },
      { key: 'name', kind: 'name', label: 'unitName' },
      { key: 'total', kind: 'amount', label: 'total' },
      { key: 'basic', kind: 'amount', label: 'basic' },
      { key: 'project', kind: 'amount', label: 'project' },
      shareColumn,
      { key: 'kind', kind: 'text', label: 'unitKind' },
    ],
    mainColumn: main,
    rows,
    totals,
  };
}
