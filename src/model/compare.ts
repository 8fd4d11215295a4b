/**
 * Compare budgets side by side (对比): lines aligned by code — 功能分类 类/款/项, 经济分类 by
 * 基本支出/项目支出, income by source (收入来源), and the totals — with each budget's figure, its
 * share of that budget's total, and the exact difference between consecutive budgets. Pure; decimal.js
 * for every sum, difference and share; nothing is rounded here (round only for display, format.ts).
 *
 * Domain rules:
 * - A figure is shown as printed where the budget prints one row for the line. Where it prints several
 *   (003's 功能分类 only per unit, 项 by 项; 001's 301 once for 机关 and once for 事业单位; 003's 经济分类
 *   per unit) the cell is their exact sum and says so (CellBasis, rows, src of every row). Where a
 *   budget prints no row for a 类/款 above its 项 (003), the cell is the exact sum of its children.
 * - A line a budget does not print is `null`, never "0.00": "not printed" and "budgeted at zero" differ.
 * - Names are compared after folding (crosswalk.ts nameKey: punctuation width, spaces, list ordinals),
 *   so only real differences are flagged 'renamed'; data/crosswalk.json gives the reason.
 * - Budgets print in 元 or 万元 (Budget.unit; a table may print another). Where the compared budgets
 *   differ, every figure is converted exactly to 万元 (units.ts: 1 万元 = 10,000 元, a decimal shift),
 *   each converted cell keeps the printed figure and unit beside it, and Comparison.unit says the unit.
 * - The same department is the same `departmentId` (index.json / Budget), never the same printed name:
 *   names change (001 → 002) and two cities may print the same one.
 * - 000 (网格化服务管理中心) is unit 550004 of 001 (海珠区政务服务数据管理局): its money is inside 001's.
 *   Comparing them is allowed (how big is the unit within the bureau?), adding them never is: the
 *   comparison carries a CONTAINMENT warning and `combine.offered` is false.
 */
import { INCOME_ORDER } from './incomeNames';
import type { Amount, Budget, DocumentKind, IncomeKey, MoneyUnit, SourceRef, Spending } from './types';
import { commonUnit, convertAmount, srcUnit } from './units';
import { dec, share, sum, toAmount, type Dec } from './decimal';
import type { Measure } from './tree';
import { crosswalkEntry, crosswalkName, EMPTY_CROSSWALK, movesOf, nameKey, type Crosswalk, type CrosswalkScheme } from './crosswalk';
import { stripOrdinal } from './search';
import type { Result } from './result';

// ---------------------------------------------------------------------------------------------------
// Departments (data/departments.json): which budgets are the same department in other years.

export interface DepartmentRecord {
  id: string;
  region: string;
  /** Every name the department has printed (it may be renamed: 001 → 002). */
  names: string[];
  /** Where the department is a unit (单位) of another department's budget. */
  parent?: { department: string; unitCode: string };
}

/** What sameDepartment needs of a budget: a Budget and a BudgetIndexEntry both have it. */
export interface DepartmentLike {
  departmentId: string;
}

export function parseDepartmentRecords(json: unknown): Result<DepartmentRecord[]> {
  const list = (json as { departments?: unknown } | null)?.departments;
  if (!Array.isArray(list)) return { ok: false, reason: 'departments: expected an object with a "departments" array' };
  const out: DepartmentRecord[] = [];
  for (const [i, d] of list.entries()) {
    const r = d as Partial<DepartmentRecord> | null;
    if (!r || typeof r.id !== 'string' || typeof r.region !== 'string' || !Array.isArray(r.names) || !r.names.every((n) => typeof n === 'string')) {
      return { ok: false, reason: `departments[${i}]: needs id, region and names[]` };
    }
    out.push({ id: r.id, region: r.region, names: [...r.names], ...(r.parent ? { parent: r.parent } : {}) });
  }
  return { ok: true, value: out };
}

/** The department record of an id (for its names across years); null for a department not listed there. */
export function departmentOf(b: DepartmentLike, departments: readonly DepartmentRecord[]): DepartmentRecord | null {
  return departments.find((d) => d.id === b.departmentId) ?? null;
}

/**
 * Are two budgets the same department (in different years, perhaps under another name: 001
 * 海珠区政务服务数据管理局 2021 and 002 海珠区政务服务和数据管理局 2025)? By `departmentId`, which the
 * normalizer gives every budget (data/departments.json, or derived from the printed name and region):
 * never by the printed name.
 */
export function sameDepartment(a: DepartmentLike, b: DepartmentLike): boolean {
  return a.departmentId !== '' && a.departmentId === b.departmentId;
}

/** The other years of the same department among the candidates ("compare with another year"), by year. */
export function otherYears<T extends DepartmentLike & { id: string; year: number }>(budget: T, candidates: readonly T[]): T[] {
  return candidates
    .filter((c) => c.id !== budget.id && c.year !== budget.year && sameDepartment(budget, c))
    .sort((x, y) => x.year - y.year || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------------
// Comparison types.

export type CompareSection = 'total' | 'functional' | 'economic' | 'income';

/**
 * Where a cell's figure comes from:
 * - printed: one row of the budget, as printed;
 * - sumOfUnitRows: the exact sum of `rows` per-unit rows (单位) printed for this code (rows = 1: one
 *   unit's row, the only one printed for the code);
 * - sumOfRows: the exact sum of `rows` rows printed under the same code (e.g. 301 printed once under
 *   政府经济分类 501 机关工资福利支出 and once under 505 对事业单位经常性补助);
 * - sumOfChildren: no row is printed for this 类/款; the exact sum of its children's cells.
 */
export type CellBasis = 'printed' | 'sumOfUnitRows' | 'sumOfRows' | 'sumOfChildren';

export interface CompareCell {
  amount: Amount;
  /** The name this budget prints for the line; "" where it prints none (a derived 类/款). */
  name: string;
  basis: CellBasis;
  /** Printed rows behind the figure. */
  rows: number;
  /**
   * Percentage of the budget's total: 支出总计 (expenditure.total; for 功能分类 lines with measure
   * basic/project, 基本支出/项目支出) or, for income lines, 收入总计. Exact; null where the total is 0.
   */
  share: Dec | null;
  /** Every printed row behind the figure. */
  src: SourceRef[];
  /**
   * Where the figure was converted to the comparison's unit (budgets of different units): the figure
   * as the document prints it (or as the exact sum of its printed rows) and that unit.
   */
  printed?: { amount: Amount; unit: MoneyUnit };
}

/** How two budgets relate, for reading their difference. */
export type BudgetRelation =
  /** The same department in two years (a change over time). */
  | 'sameDepartment'
  /** One is a unit inside the other: the difference is "the rest of the whole", not a change. */
  | 'partOf'
  | 'otherDepartment'
  | 'sameBudget';

export interface CompareStep {
  from: string;
  to: string;
  /** both: both print the line; added: only `to`; removed: only `from`; neither: both lack it. */
  status: 'both' | 'added' | 'removed' | 'neither';
  /** to − from, exact; null unless both print the line. */
  difference: Amount | null;
  /** difference ÷ from × 100, exact; null where from is 0 or either is missing. */
  change: Dec | null;
  relation: BudgetRelation;
}

export type LineFlag = 'renamed' | 'missing' | 'moved';

export interface LineRename {
  /** The printed name in each budget that prints one. */
  names: { budget: string; year: number; name: string; misprint: boolean }[];
  /** From data/crosswalk.json; null where the crosswalk has no entry (then the UI says so). */
  reason: string | null;
}

export interface LineMove {
  /** The line the same name is printed under in other budgets. */
  key: string;
  code: string;
  /** From data/crosswalk.json where recorded. */
  reason: string | null;
}

export interface CompareLine {
  /** Stable key: "total:basic", "functional:2060101", "economic:basic:30101", "income:carryover". */
  key: string;
  section: CompareSection;
  /** 功能分类/经济分类 code, income key, or total/basic/project. */
  code: string;
  level?: 'lei' | 'kuan' | 'xiang';
  spending?: Spending;
  /** Key of the parent line (款 → 类, 项 → 款). */
  parent?: string;
  /** Display name: the latest budget's printed name (a misprint never chosen where another exists). */
  name: string;
  /** One per budget, in the order the budgets were given; null where the budget prints no such line. */
  cells: (CompareCell | null)[];
  /** Between budgets i and i+1. */
  steps: CompareStep[];
  flags: LineFlag[];
  rename?: LineRename;
  moves?: LineMove[];
}

export type CompareWarning =
  | { code: 'CONTAINMENT'; part: string; whole: string; unitCode: string; message: string }
  | { code: 'DUPLICATE_BUDGET'; budget: string; message: string };

export interface CombineBlock {
  code: 'CONTAINMENT' | 'DUPLICATE_BUDGET' | 'SAME_DEPARTMENT';
  budgets: string[];
  message: string;
}

export interface ComparedBudget {
  id: string;
  departmentId: string;
  kind: DocumentKind;
  /** The unit the budget prints (its figures here are in Comparison.unit). */
  unit: MoneyUnit;
  department: string;
  region: string;
  year: number;
  partOf?: { budget: string; unitCode: string };
  /** In Comparison.unit. */
  total: Amount;
  incomeTotal: Amount;
  /** department: department-wide 功能分类 rows; unitsAdded: only per-unit rows, added by code. */
  functionalBasis: 'department' | 'unitsAdded' | 'none';
  /**
   * Sum of the printed 经济分类 类 rows by spending, null where none are printed. Documents print
   * economic tables for part of the money only (一般公共预算; 003 only 商品和服务支出), so a line
   * absent here is "not printed", and this says how much of 基本/项目支出 the lines cover.
   */
  economicCovered: { basic: Amount | null; project: Amount | null };
}

export interface Comparison {
  budgets: ComparedBudget[];
  /** The unit of every figure of the comparison: the budgets' own where all agree, else 万元. */
  unit: MoneyUnit;
  /** True where some budget prints another unit and its figures were converted exactly (1 万元 = 10,000 元). */
  converted: boolean;
  /** Which figure of the 功能分类 rows is compared. */
  measure: Measure;
  totals: CompareLine[];
  functional: CompareLine[];
  economic: CompareLine[];
  income: CompareLine[];
  warnings: CompareWarning[];
  /** Whether adding the budgets up (combineBudgets) makes sense, and if not, why. */
  combine: { offered: boolean; blockedBy: CombineBlock[] };
}

export interface CompareOptions {
  /** 功能分类 figure to compare (default 'total'). */
  measure?: Measure;
  /** index.json's crosswalk (data/crosswalk.json as published); without it names are compared as printed. */
  crosswalk?: Crosswalk;
}

// ---------------------------------------------------------------------------------------------------
// One budget's cells, by line key.

interface Meta {
  section: CompareSection;
  code: string;
  level?: 'lei' | 'kuan' | 'xiang';
  spending?: Spending;
  parent?: string;
}

interface RawCell extends Meta {
  amount: Amount;
  name: string;
  basis: CellBasis;
  rows: number;
  src: SourceRef[];
}

const LEVEL: Record<number, 'lei' | 'kuan' | 'xiang'> = { 3: 'lei', 5: 'kuan', 7: 'xiang' };

function parentCode(code: string): string | null {
  if (code.length === 7) return code.slice(0, 5);
  if (code.length === 5) return code.slice(0, 3);
  return null;
}

const fkey = (code: string): string => `functional:${code}`;

/** A name for a code the chosen rows do not print, from the budget's per-fund tables. */
function nameElsewhere(b: Budget, code: string): string {
  for (const f of b.functionalByFund) {
    const r = f.rows.find((x) => x.code === code && x.name !== '');
    if (r) return stripOrdinal(r.name);
  }
  return '';
}

function functionalCells(b: Budget, measure: Measure): { cells: Map<string, RawCell>; basis: ComparedBudget['functionalBasis'] } {
  const cells = new Map<string, RawCell>();
  const meta = (code: string): Meta => {
    const p = parentCode(code);
    return { section: 'functional', code, level: LEVEL[code.length] ?? 'xiang', ...(p !== null ? { parent: fkey(p) } : {}) };
  };
  let rows = b.functional.filter((r) => r.unit === undefined);
  let basis: ComparedBudget['functionalBasis'] = 'department';
  if (rows.length === 0) {
    rows = b.functional.filter((r) => r.unit !== undefined);
    basis = rows.length > 0 ? 'unitsAdded' : 'none';
  }
  const byCode = new Map<string, typeof rows>();
  for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  for (const [code, rs] of byCode) {
    const first = rs[0];
    if (!first) continue;
    if (basis === 'department') {
      // A code printed twice department-wide is a conflict reported by functionalTree; keep the first.
      cells.set(fkey(code), { ...meta(code), amount: first[measure], name: stripOrdinal(first.name), basis: 'printed', rows: 1, src: [first.src] });
    } else {
      // 各单位同一科目相加: the department figure is the exact sum of the units' rows.
      cells.set(fkey(code), {
        ...meta(code),
        amount: toAmount(sum(rs.map((r) => r[measure]))),
        name: stripOrdinal(first.name),
        basis: 'sumOfUnitRows',
        rows: rs.length,
        src: rs.map((r) => r.src),
      });
    }
  }
  // 类/款 not printed above printed 项: exact sums of their children, deepest first.
  const derived = new Set<string>();
  for (const c of [...cells.values()]) {
    let p = parentCode(c.code);
    while (p !== null && !cells.has(fkey(p)) && !derived.has(p)) {
      derived.add(p);
      p = parentCode(p);
    }
  }
  for (const p of [...derived].sort((x, y) => y.length - x.length)) {
    const children = [...cells.values()].filter((c) => parentCode(c.code) === p);
    cells.set(fkey(p), {
      ...meta(p),
      amount: toAmount(sum(children.map((c) => c.amount))),
      name: nameElsewhere(b, p),
      basis: 'sumOfChildren',
      rows: children.reduce((n, c) => n + c.rows, 0),
      src: children.flatMap((c) => c.src),
    });
  }
  return { cells, basis };
}

function economicCells(b: Budget): Map<string, RawCell> {
  const groups = new Map<string, Budget['economic']>();
  for (const r of b.economic) {
    const k = `economic:${r.spending}:${r.code}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const cells = new Map<string, RawCell>();
  for (const [k, rs] of groups) {
    const first = rs[0];
    if (!first) continue;
    const perUnit = rs.some((r) => r.unit !== undefined);
    cells.set(k, {
      section: 'economic',
      code: first.code,
      spending: first.spending,
      ...(first.code.length === 3 ? { level: 'lei' as const } : { level: 'kuan' as const, parent: `economic:${first.spending}:${first.code.slice(0, 3)}` }),
      amount: rs.length === 1 ? first.amount : toAmount(sum(rs.map((r) => r.amount))),
      name: first.name,
      basis: perUnit ? 'sumOfUnitRows' : rs.length === 1 ? 'printed' : 'sumOfRows',
      rows: rs.length,
      src: rs.map((r) => r.src),
    });
  }
  return cells;
}

function incomeCells(b: Budget): Map<string, RawCell> {
  const cells = new Map<string, RawCell>();
  for (const l of b.income) {
    const k = `income:${l.key}`;
    const prev = cells.get(k);
    if (prev) {
      cells.set(k, { ...prev, amount: toAmount(dec(prev.amount).plus(dec(l.amount))), basis: 'sumOfRows', rows: prev.rows + 1, src: [...prev.src, l.src] });
    } else {
      cells.set(k, { section: 'income', code: l.key, amount: l.amount, name: l.name, basis: 'printed', rows: 1, src: [l.src] });
    }
  }
  return cells;
}

const TOTAL_NAMES: Record<Measure, string> = { total: '支出总计', basic: '基本支出', project: '项目支出' };

function totalCells(b: Budget): Map<string, RawCell> {
  const cells = new Map<string, RawCell>();
  for (const m of ['total', 'basic', 'project'] as const) {
    cells.set(`total:${m}`, { section: 'total', code: m, amount: b.expenditure[m], name: TOTAL_NAMES[m], basis: 'printed', rows: 1, src: [b.expenditure.src] });
  }
  return cells;
}

// ---------------------------------------------------------------------------------------------------
// Aligning.

function lineOrder(section: CompareSection, a: Meta, b: Meta): number {
  if (section === 'income') {
    const ia = INCOME_ORDER.indexOf(a.code as IncomeKey);
    const ib = INCOME_ORDER.indexOf(b.code as IncomeKey);
    const ra = ia < 0 ? INCOME_ORDER.length : ia;
    const rb = ib < 0 ? INCOME_ORDER.length : ib;
    if (ra !== rb) return ra - rb;
  }
  if (section === 'total') return ['total', 'basic', 'project'].indexOf(a.code) - ['total', 'basic', 'project'].indexOf(b.code);
  if (section === 'economic' && a.spending !== b.spending) return a.spending === 'basic' ? -1 : 1;
  // Codes as strings sort in printed tree order (201 < 20101 < 2010101 < 20102 …).
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function relationOf(a: Budget, b: Budget): BudgetRelation {
  if (a.id === b.id) return 'sameBudget';
  if (a.partOf?.budget === b.id || b.partOf?.budget === a.id) return 'partOf';
  return sameDepartment(a, b) ? 'sameDepartment' : 'otherDepartment';
}

function step(a: Budget, b: Budget, ca: CompareCell | null, cb: CompareCell | null): CompareStep {
  const relation = relationOf(a, b);
  if (ca && cb) {
    const d = dec(cb.amount).minus(dec(ca.amount));
    const from = dec(ca.amount);
    return { from: a.id, to: b.id, status: 'both', difference: toAmount(d), change: from.isZero() ? null : d.div(from).times(100), relation };
  }
  const status = ca ? 'removed' : cb ? 'added' : 'neither';
  return { from: a.id, to: b.id, status, difference: null, change: null, relation };
}

const SCHEME: Record<CompareSection, CrosswalkScheme | null> = { total: null, functional: 'functional', economic: 'economic', income: 'income' };

function isMisprint(crosswalk: Crosswalk, section: CompareSection, code: string, name: string): boolean {
  const scheme = SCHEME[section];
  const entry = scheme ? crosswalkEntry(crosswalk, scheme, code) : null;
  return entry ? crosswalkName(entry, name)?.misprint === true : false;
}

function buildLines(
  section: CompareSection,
  budgets: readonly Budget[],
  perBudget: readonly Map<string, RawCell>[],
  denominators: readonly Amount[],
  crosswalk: Crosswalk,
  unit: MoneyUnit,
): CompareLine[] {
  const metas = new Map<string, Meta>();
  for (const cells of perBudget) for (const [k, c] of cells) if (!metas.has(k)) metas.set(k, c);
  const keys = [...metas.keys()].sort((x, y) => lineOrder(section, metas.get(x) as Meta, metas.get(y) as Meta) || (x < y ? -1 : x > y ? 1 : 0));
  const scheme = SCHEME[section];

  return keys.map((key) => {
    const m = metas.get(key) as Meta;
    const cells: (CompareCell | null)[] = perBudget.map((pb, i) => {
      const c = pb.get(key);
      const b = budgets[i];
      if (!c || !b) return null;
      // The figure's unit is its table's (src); converted exactly where the comparison is in another unit.
      const from = c.src[0] ? srcUnit(b, c.src[0]) : b.unit;
      const amount = convertAmount(c.amount, from, unit);
      return {
        amount,
        name: c.name,
        basis: c.basis,
        rows: c.rows,
        share: share(amount, denominators[i] ?? '0'),
        src: c.src,
        ...(from !== unit ? { printed: { amount: c.amount, unit: from } } : {}),
      };
    });
    const steps = budgets.slice(1).map((b, i) => step(budgets[i] as Budget, b, cells[i] ?? null, cells[i + 1] ?? null));

    const named = cells
      .map((c, i) => ({ c, b: budgets[i] as Budget }))
      .filter((x): x is { c: CompareCell; b: Budget } => x.c !== null && x.c.name !== '')
      .map((x) => ({ budget: x.b.id, year: x.b.year, name: x.c.name, misprint: isMisprint(crosswalk, section, m.code, x.c.name) }));
    // Latest year first; a misprint only where nothing else is printed.
    const display = [...named].sort((x, y) => Number(x.misprint) - Number(y.misprint) || y.year - x.year)[0]?.name ?? '';

    const flags: LineFlag[] = [];
    let rename: LineRename | undefined;
    if (new Set(named.map((n) => nameKey(n.name))).size > 1) {
      flags.push('renamed');
      const entry = scheme ? crosswalkEntry(crosswalk, scheme, m.code) : null;
      rename = { names: named, reason: entry?.reason ?? null };
    }
    if (cells.some((c) => c === null)) flags.push('missing');

    return {
      key,
      section,
      code: m.code,
      ...(m.level ? { level: m.level } : {}),
      ...(m.spending ? { spending: m.spending } : {}),
      ...(m.parent ? { parent: m.parent } : {}),
      name: display,
      cells,
      steps,
      flags,
      ...(rename ? { rename } : {}),
    };
  });
}

/**
 * 项 names every 款 has (行政运行 under 2010101, 2060101 …): the same name under another code is a
 * different line, not a move.
 */
const GENERIC_NAMES = new Set(['行政运行', '一般行政管理事务', '机关服务', '事业运行'].map(nameKey));

/**
 * Flag 'moved': the same name printed under a different code of the same level (and spending), where
 * no budget prints both codes — or a move data/crosswalk.json records. Names that one budget prints
 * under several codes (generic 项 names) are not taken as moves.
 */
function markMoves(section: CompareSection, lines: CompareLine[], crosswalk: Crosswalk): void {
  const scheme = SCHEME[section];
  const disjoint = (a: CompareLine, b: CompareLine): boolean => a.cells.every((c, i) => c === null || b.cells[i] === null);
  const repeated = new Set<string>();
  const n = lines[0]?.cells.length ?? 0;
  for (let i = 0; i < n; i++) {
    const seen = new Map<string, string>();
    for (const l of lines) {
      const c = l.cells[i];
      if (!c || c.name === '') continue;
      const k = `${l.level ?? ''}|${l.spending ?? ''}|${nameKey(c.name)}`;
      const prev = seen.get(k);
      if (prev !== undefined && prev !== l.code) repeated.add(k);
      seen.set(k, l.code);
    }
  }
  const names = (l: CompareLine): Set<string> =>
    new Set(l.cells.filter((c): c is CompareCell => c !== null && c.name !== '').map((c) => `${l.level ?? ''}|${l.spending ?? ''}|${nameKey(c.name)}`));
  const add = (a: CompareLine, b: CompareLine, reason: string | null): void => {
    const list = a.moves ?? [];
    if (list.some((x) => x.key === b.key)) return;
    a.moves = [...list, { key: b.key, code: b.code, reason }];
    if (!a.flags.includes('moved')) a.flags.push('moved');
  };
  const missing = lines.filter((l) => l.flags.includes('missing'));
  for (const [i, a] of missing.entries()) {
    for (const b of missing.slice(i + 1)) {
      if (a.code === b.code || a.level !== b.level || a.spending !== b.spending || !disjoint(a, b)) continue;
      const recorded = scheme ? movesOf(crosswalk, scheme, a.code).find((mv) => mv.from.code === b.code || mv.to.code === b.code) : undefined;
      const nb = names(b);
      const shared = [...names(a)].some((k) => nb.has(k) && !repeated.has(k) && !GENERIC_NAMES.has(k.split('|')[2] ?? ''));
      if (!recorded && !shared) continue;
      add(a, b, recorded?.reason ?? null);
      add(b, a, recorded?.reason ?? null);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Public API.

function warningsOf(budgets: readonly Budget[]): CompareWarning[] {
  const out: CompareWarning[] = [];
  const ids = budgets.map((b) => b.id);
  for (const [i, id] of ids.entries()) {
    if (ids.indexOf(id) !== i && !out.some((w) => w.code === 'DUPLICATE_BUDGET' && w.budget === id)) {
      out.push({ code: 'DUPLICATE_BUDGET', budget: id, message: `预算 ${id} 被选了两次：同一份预算只能出现一次。` });
    }
  }
  for (const part of budgets) {
    const whole = part.partOf ? budgets.find((b) => b.id === part.partOf?.budget) : undefined;
    if (!part.partOf || !whole || out.some((w) => w.code === 'CONTAINMENT' && w.part === part.id)) continue;
    out.push({
      code: 'CONTAINMENT',
      part: part.id,
      whole: whole.id,
      unitCode: part.partOf.unitCode,
      message: `${part.department}（${part.year}年）是${whole.department}的下属单位（单位编码 ${part.partOf.unitCode}），其预算已包含在后者的部门预算中：两者可以对照，不能相加。`,
    });
  }
  return out;
}

function combineBlocks(budgets: readonly Budget[], warnings: readonly CompareWarning[]): CombineBlock[] {
  const blocks: CombineBlock[] = warnings.map((w) =>
    w.code === 'CONTAINMENT' ? { code: w.code, budgets: [w.part, w.whole], message: w.message } : { code: w.code, budgets: [w.budget], message: w.message },
  );
  for (const [i, a] of budgets.entries()) {
    for (const b of budgets.slice(i + 1)) {
      if (a.id === b.id || !sameDepartment(a, b)) continue;
      blocks.push({ code: 'SAME_DEPARTMENT', budgets: [a.id, b.id], message: `${a.id} 与 ${b.id} 是同一部门不同年份的预算：可以对照，相加没有意义。` });
    }
  }
  return blocks;
}

/**
 * Align the budgets' lines by code. Budgets are compared in the order given (steps go from each to
 * the next): sort them by year first for a change over time.
 */
export function compareBudgets(budgets: readonly Budget[], options: CompareOptions = {}): Comparison {
  const measure = options.measure ?? 'total';
  const crosswalk = options.crosswalk ?? EMPTY_CROSSWALK;
  const unit = commonUnit(budgets.map((b) => b.unit));
  // Totals and denominators in the comparison's unit, from the unit of the table they were read from.
  const expenditureIn = (b: Budget, m: Measure): Amount => convertAmount(b.expenditure[m], srcUnit(b, b.expenditure.src), unit);
  const incomeTotalIn = (b: Budget): Amount => convertAmount(b.incomeTotal, b.unit, unit);

  const functional = budgets.map((b) => functionalCells(b, measure));
  const economic = budgets.map(economicCells);
  const economicCovered = (b: Budget, cells: Map<string, RawCell>, s: Spending): Amount | null => {
    const lei = [...cells.values()].filter((c) => c.spending === s && c.code.length === 3);
    return lei.length > 0 ? toAmount(sum(lei.map((c) => convertAmount(c.amount, c.src[0] ? srcUnit(b, c.src[0]) : b.unit, unit)))) : null;
  };

  const lines = {
    totals: buildLines(
      'total',
      budgets,
      budgets.map(totalCells),
      budgets.map((b) => expenditureIn(b, 'total')),
      crosswalk,
      unit,
    ),
    functional: buildLines(
      'functional',
      budgets,
      functional.map((f) => f.cells),
      budgets.map((b) => expenditureIn(b, measure)),
      crosswalk,
      unit,
    ),
    economic: buildLines(
      'economic',
      budgets,
      economic,
      budgets.map((b) => expenditureIn(b, 'total')),
      crosswalk,
      unit,
    ),
    income: buildLines('income', budgets, budgets.map(incomeCells), budgets.map(incomeTotalIn), crosswalk, unit),
  };
  markMoves('functional', lines.functional, crosswalk);
  markMoves('economic', lines.economic, crosswalk);

  const warnings = warningsOf(budgets);
  const blockedBy = combineBlocks(budgets, warnings);
  return {
    unit,
    converted: budgets.some((b) => b.unit !== unit),
    budgets: budgets.map((b, i) => ({
      id: b.id,
      departmentId: b.departmentId,
      kind: b.kind,
      unit: b.unit,
      department: b.department,
      region: b.region,
      year: b.year,
      ...(b.partOf ? { partOf: b.partOf } : {}),
      total: expenditureIn(b, 'total'),
      incomeTotal: incomeTotalIn(b),
      functionalBasis: functional[i]?.basis ?? 'none',
      economicCovered: { basic: economicCovered(b, economic[i] ?? new Map(), 'basic'), project: economicCovered(b, economic[i] ?? new Map(), 'project') },
    })),
    measure,
    ...lines,
    warnings,
    combine: { offered: blockedBy.length === 0 && budgets.length > 1, blockedBy },
  };
}

export interface CombinedCell {
  /** Exact sum over the budgets that print the line. */
  amount: Amount;
  /** Budgets whose figure is in the sum. */
  budgets: string[];
  /** Budgets that print no such line (not counted as zero: they may simply not print it). */
  missingIn: string[];
}

/**
 * Add the compared budgets up, line by line (e.g. several districts' bureaus in one year). Refused —
 * with the reasons — where a budget is part of another (000 in 001), a budget is listed twice, or two
 * budgets are the same department in different years. Keyed by line key.
 */
export function combineBudgets(comparison: Comparison): Result<Record<string, CombinedCell>> {
  if (!comparison.combine.offered) {
    const why = comparison.combine.blockedBy.map((b) => b.message).join(' ');
    return { ok: false, reason: why === '' ? '至少需要两份预算才能相加。' : why };
  }
  const out: Record<string, CombinedCell> = {};
  const ids = comparison.budgets.map((b) => b.id);
  for (const l of [...comparison.totals, ...comparison.functional, ...comparison.economic, ...comparison.income]) {
    const present = l.cells.flatMap((c, i) => (c ? [{ c, id: ids[i] ?? '' }] : []));
    const total: Dec = sum(present.map((p) => p.c.amount));
    out[l.key] = {
      amount: toAmount(total),
      budgets: present.map((p) => p.id),
      missingIn: ids.filter((_, i) => l.cells[i] === null),
    };
  }
  return { ok: true, value: out };
}
