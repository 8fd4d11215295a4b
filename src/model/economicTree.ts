/**
 * The 经济分类 (economic classification) tree of one budget: 类 (3-digit code, 301) → 款 (5, 30101), built
 * from Budget.economic — the one place where a 款 is given its 类. Tables, the Sankey, compare and search
 * routing (through the table rows) all read it. Pure; decimal sums only.
 *
 * Domain rules:
 * - The rule for 款 → 类: within one printed table (same 基本/项目支出, same unit), a 款 belongs to the nearest
 *   类 of its 3-digit prefix printed at or above its line — the rule the normalizer's ECONOMIC_CHILDREN_SUM
 *   check uses (normalizer/treeChecks.ts). 001 and 004 print 301 and 302 twice (001 under 政府经济分类 501 and 505), each
 *   with its own 款, and a 决算 table prints 301… and 302… side by side on the same lines.
 * - A 款 with no such 类 above it gets a 类 that is not printed: its figure is the exact sum of those 款
 *   (`derived: 'sumOfChildren'`), never an estimate.
 * - One figure per code (`bySpending`, what the Sankey and compare show): a code printed in several blocks of
 *   the department's table is their exact sum (`sumOfRows`); a code printed only per unit (003 表六) is the
 *   exact sum over the units (`sumOfUnitRows`); where a code is printed both for the department and per unit,
 *   the department's figure is taken (the units' rows are inside it, not beside it).
 * - 类 printed outside the economic tables: 003's 表三 (2017 layout) prints 基本支出 in columns headed 工资福利支出,
 *   商品和服务支出, 对个人和家庭的补助支出 (Budget.printedTotals). They are printed figures of those 类 and fill a
 *   code no economic table prints (003: 301 and 303; its 302 is printed per unit in 表六).
 */
import type { Amount, Budget, EconomicRow, SourceRef, Spending } from './types';
import { nameEnField } from './englishName';
import { sum, toAmount } from './decimal';

/** How a node's figure is known. */
export type EconomicDerivation =
  /** One printed row. */
  | 'printed'
  /** The exact sum of rows printed under the same code in several blocks of the department's table. */
  | 'sumOfRows'
  /** The exact sum of per-unit rows (单位) printed for this code. */
  | 'sumOfUnitRows'
  /** No 类 row is printed above these 款: the exact sum of the 款. */
  | 'sumOfChildren';

export interface EconomicNode {
  /** Unique within the tree. */
  key: string;
  code: string;
  level: 'lei' | 'kuan';
  spending: Spending;
  /** As printed (the first printed name for a summed code); "" where none is printed (a derived 类). */
  name: string;
  /** English name beside the printed one (data/names-en.json); absent for a misprint or a derived 类. */
  nameEn?: string;
  /** As printed where `derived` is 'printed'; otherwise an exact sum. */
  amount: Amount;
  derived: EconomicDerivation;
  /** Every printed row behind the figure (for a derived 类: its 款). */
  src: SourceRef[];
  /** The printed row itself, where there is exactly one (the tables show its 政府经济分类 code). */
  row?: EconomicRow;
  /** The sub-unit of a per-unit block; undefined for the department. */
  unit?: string;
  children: EconomicNode[];
}

/** One printed economic table of one spending, for one unit (or the department): its 类 in printed order. */
export interface EconomicBlock {
  spending: Spending;
  unit?: string;
  table: string;
  classes: EconomicNode[];
}

export interface EconomicTree {
  /** The tables as printed, in table order; per-unit blocks stay apart. */
  blocks: EconomicBlock[];
  /** One 类 node per code for each spending, its 款 by code, both in code order. */
  bySpending: Record<Spending, EconomicNode[]>;
}

export const SPENDINGS: readonly Spending[] = ['basic', 'project'];

/** 表三 (2017 layout) columns of 基本支出 and the 类 their header names (the header words as printed). */
const CLASSES_PRINTED_ELSEWHERE: Readonly<Record<string, { code: string; name: string }>> = {
  'expenditure.basic.wages': { code: '301', name: '工资福利支出' },
  'expenditure.basic.goodsServices': { code: '302', name: '商品和服务支出' },
  'expenditure.basic.householdSubsidy': { code: '303', name: '对个人和家庭的补助支出' },
};

const leaf = (r: EconomicRow, key: string): EconomicNode => ({
  key,
  code: r.code,
  level: r.code.length === 3 ? 'lei' : 'kuan',
  spending: r.spending,
  name: r.name,
  ...nameEnField(r.nameEn),
  amount: r.amount,
  derived: 'printed',
  src: [r.src],
  row: r,
  ...(r.unit === undefined ? {} : { unit: r.unit }),
  children: [],
});

function blockOf(rows: readonly EconomicRow[], prefix: string): EconomicNode[] {
  const ordered = [...rows].sort((a, b) => a.src.lines[0] - b.src.lines[0]);
  const classes: EconomicNode[] = [];
  const nearest = new Map<string, EconomicNode>();
  for (const r of ordered) {
    const cls = r.code.slice(0, 3);
    if (r.code.length === 3) {
      const node = leaf(r, `${prefix}${cls}@${r.src.lines[0]}`);
      nearest.set(cls, node);
      classes.push(node);
      continue;
    }
    let parent = nearest.get(cls);
    if (!parent) {
      parent = {
        key: `${prefix}${cls}@${r.src.lines[0]}*`,
        code: cls,
        level: 'lei',
        spending: r.spending,
        name: '',
        amount: '0' as Amount,
        derived: 'sumOfChildren',
        src: [],
        ...(r.unit === undefined ? {} : { unit: r.unit }),
        children: [],
      };
      nearest.set(cls, parent);
      classes.push(parent);
    }
    parent.children.push(leaf(r, `${parent.key}/${r.code}@${r.src.lines[0]}`));
  }
  for (const c of classes) {
    if (c.derived !== 'sumOfChildren') continue;
    c.amount = toAmount(sum(c.children.map((k) => k.amount)));
    c.src = c.children.flatMap((k) => k.src);
  }
  return classes;
}

/** The printed blocks: grouped by spending, unit and table, as the normalizer checks them. */
function blocksOf(rows: readonly EconomicRow[]): EconomicBlock[] {
  const groups = new Map<string, EconomicRow[]>();
  for (const r of rows) {
    const k = `${r.spending}|${r.unit ?? ''}|${r.src.table}`;
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const out: EconomicBlock[] = [];
  for (const [k, g] of groups) {
    const [first] = g;
    if (!first) continue;
    out.push({
      spending: first.spending,
      ...(first.unit === undefined ? {} : { unit: first.unit }),
      table: first.src.table,
      classes: blockOf(g, `${k}|`),
    });
  }
  return out.sort((a, b) => SPENDINGS.indexOf(a.spending) - SPENDINGS.indexOf(b.spending) || a.table.localeCompare(b.table));
}

/** Several nodes of one code, as one figure (see EconomicDerivation). */
function merge(nodes: readonly EconomicNode[], key: string, children: EconomicNode[]): EconomicNode {
  const [first] = nodes;
  if (!first) throw new Error('merge of no nodes');
  if (nodes.length === 1) return { ...first, key, children };
  const derived: EconomicDerivation = nodes.every((n) => n.derived === 'sumOfChildren')
    ? 'sumOfChildren'
    : nodes.some((n) => n.unit !== undefined)
      ? 'sumOfUnitRows'
      : 'sumOfRows';
  const { row: _row, nameEn: _en, ...rest } = first;
  const named = nodes.find((n) => n.name !== '');
  return {
    ...rest,
    key,
    name: named?.name ?? '',
    ...nameEnField(named?.nameEn),
    amount: toAmount(sum(nodes.map((n) => n.amount))),
    derived,
    src: nodes.flatMap((n) => n.src),
    children,
  };
}

/** The department's nodes where it prints the code; otherwise the units' (never both: that would count twice). */
function departmentFirst(nodes: readonly EconomicNode[]): EconomicNode[] {
  const dept = nodes.filter((n) => n.unit === undefined);
  return dept.length > 0 ? dept : [...nodes];
}

function groupByCode(nodes: readonly EconomicNode[]): Map<string, EconomicNode[]> {
  const out = new Map<string, EconomicNode[]>();
  for (const n of nodes) {
    const g = out.get(n.code);
    if (g) g.push(n);
    else out.set(n.code, [n]);
  }
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

function summed(blocks: readonly EconomicBlock[], elsewhere: readonly EconomicNode[], spending: Spending): EconomicNode[] {
  const classes = blocks.filter((b) => b.spending === spending).flatMap((b) => b.classes);
  const printedCodes = new Set(classes.map((c) => c.code));
  const all = [...classes, ...elsewhere.filter((e) => e.spending === spending && !printedCodes.has(e.code))];
  return [...groupByCode(all)].map(([code, nodes]) => {
    const chosen = departmentFirst(nodes);
    const key = `${spending}/${code}`;
    const kuan = [...groupByCode(chosen.flatMap((c) => c.children))].map(([k, ks]) => merge(ks, `${key}/${k}`, []));
    return merge(chosen, key, kuan);
  });
}

function printedElsewhere(budget: Pick<Budget, 'printedTotals'>): EconomicNode[] {
  return (budget.printedTotals ?? []).flatMap((p) => {
    const c = CLASSES_PRINTED_ELSEWHERE[p.key];
    if (!c) return [];
    const node: EconomicNode = {
      key: `elsewhere/${c.code}`,
      code: c.code,
      level: 'lei',
      spending: 'basic',
      name: c.name,
      amount: p.amount,
      derived: 'printed',
      src: [p.src],
      children: [],
    };
    return [node];
  });
}

export function buildEconomicTree(budget: Pick<Budget, 'economic' | 'printedTotals'>): EconomicTree {
  const blocks = blocksOf(budget.economic);
  const elsewhere = printedElsewhere(budget);
  return { blocks, bySpending: { basic: summed(blocks, elsewhere, 'basic'), project: summed(blocks, elsewhere, 'project') } };
}
