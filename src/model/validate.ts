/**
 * Shape checks for the JSON the app reads (public/data/index.json, budgets/<id>.json). The files are
 * written by our normalizer, but a static host can serve a truncated file, an HTML 404 page or an old
 * version: check enough that the UI never crashes on what it reads, and say exactly what is wrong.
 * Pure; returns a Result (model/result.ts) instead of throwing.
 */
import type { Amount, Budget, BudgetIndex, BudgetIndexEntry, SourceRef } from './types';
import type { CatalogHead } from './catalogHead';
import type { DepartmentFile } from './departmentFile';
import { DEPARTMENT_FILE_SCHEMA } from './departmentFileName';
import { FACET_KEYS } from './catalogFacets';
import { isAmount } from './decimal';
import { MONEY_UNITS } from './units';
import type { DocumentKind } from './documentTypes';
import type { Result } from './result';

class ShapeError extends Error {}

type Obj = Record<string, unknown>;

function fail(path: string, what: string): never {
  throw new ShapeError(`${path}: ${what}`);
}

function obj(v: unknown, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'expected an object');
  return v as Obj;
}

function arr(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) fail(path, 'expected an array');
  return v;
}

function str(o: Obj, k: string, path: string): string {
  const v = o[k];
  if (typeof v !== 'string') fail(`${path}.${k}`, 'expected a string');
  return v;
}

function optStr(o: Obj, k: string, path: string): void {
  if (o[k] !== undefined) str(o, k, path);
}

function num(o: Obj, k: string, path: string): number {
  const v = o[k];
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(`${path}.${k}`, 'expected a number');
  return v;
}

function amount(o: Obj, k: string, path: string): Amount {
  const v = o[k];
  if (typeof v !== 'string' || !isAmount(v)) fail(`${path}.${k}`, `expected a decimal string, got ${JSON.stringify(v)}`);
  return v;
}

function optAmount(o: Obj, k: string, path: string): void {
  if (o[k] !== undefined) amount(o, k, path);
}

function srcRef(v: unknown, path: string): SourceRef {
  const o = obj(v, path);
  str(o, 'table', path);
  const lines = arr(o.lines, `${path}.lines`);
  if (lines.length !== 2 || !lines.every((n) => typeof n === 'number')) fail(`${path}.lines`, 'expected [first, last]');
  return o as unknown as SourceRef;
}

function each(v: unknown, path: string, check: (o: Obj, p: string) => void): void {
  arr(v, path).forEach((item, i) => {
    check(obj(item, `${path}[${i}]`), `${path}[${i}]`);
  });
}

function partOf(v: unknown, path: string): void {
  if (v === undefined) return;
  const o = obj(v, path);
  str(o, 'budget', path);
  str(o, 'unitCode', path);
}

/** The document kinds in the order a department lists them in one year (预算, 单位预算, 决算). */
const KIND_ORDER: readonly DocumentKind[] = ['budget', 'unitBudget', 'final'];

/** A value from a closed list: a unit or kind the app does not know would be shown wrongly, not crash. */
function oneOf(o: Obj, k: string, allowed: readonly string[], path: string): string {
  const v = o[k];
  if (typeof v !== 'string' || !allowed.includes(v)) fail(`${path}.${k}`, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
  return v;
}

function year(o: Obj, path: string): number {
  const y = num(o, 'year', path);
  if (!Number.isInteger(y)) fail(`${path}.year`, `expected a whole year, got ${y}`);
  return y;
}

function indexEntry(o: Obj, p: string): void {
  str(o, 'id', p);
  str(o, 'source', p);
  str(o, 'department', p);
  str(o, 'region', p);
  year(o, p);
  oneOf(o, 'kind', KIND_ORDER, p);
  oneOf(o, 'unit', MONEY_UNITS, p);
  amount(o, 'total', p);
  // The budget page loads budgets/<id>.json without the index (loadBudget.ts budgetFile): an entry naming
  // another file would show one budget in the catalog and another on its page.
  if (str(o, 'file', p) !== `budgets/${o.id as string}.json`) fail(`${p}.file`, `expected ${JSON.stringify(`budgets/${o.id as string}.json`)}`);
  partOf(o.partOf, `${p}.partOf`);
  if (o.contains !== undefined && !arr(o.contains, `${p}.contains`).every((x) => typeof x === 'string')) {
    fail(`${p}.contains`, 'expected budget ids');
  }
  const c = obj(o.checks, `${p}.checks`);
  num(c, 'passed', `${p}.checks`);
  num(c, 'failed', `${p}.checks`);
  num(c, 'rounding', `${p}.checks`);
  num(o, 'sourceIssues', p);
}

function guard<T>(run: () => T): Result<T> {
  try {
    return { ok: true, value: run() };
  } catch (e) {
    if (e instanceof ShapeError) return { ok: false, reason: e.message };
    throw e;
  }
}

export function validateIndex(json: unknown): Result<BudgetIndex> {
  return guard(() => {
    const o = obj(json, 'index');
    if (o.schemaVersion !== 1) fail('index.schemaVersion', `expected 1, got ${JSON.stringify(o.schemaVersion)}`);
    each(o.budgets, 'index.budgets', indexEntry);
    const cw = obj(o.crosswalk, 'index.crosswalk');
    arr(cw.entries, 'index.crosswalk.entries');
    arr(cw.moves, 'index.crosswalk.moves');
    const ids = (o.budgets as BudgetIndexEntry[]).map((b) => b.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup !== undefined) fail('index.budgets', `budget id ${JSON.stringify(dup)} listed twice`);
    return o as unknown as BudgetIndex;
  });
}

/** data/catalog-head.json (model/catalogHead.ts): the catalog's first page, its related entries and facet counts. */
export function validateCatalogHead(json: unknown): Result<CatalogHead> {
  return guard(() => {
    const o = obj(json, 'head');
    if (o.schemaVersion !== 1) fail('head.schemaVersion', `expected 1, got ${JSON.stringify(o.schemaVersion)}`);
    num(o, 'count', 'head');
    each(o.first, 'head.first', indexEntry);
    each(o.related, 'head.related', indexEntry);
    if ((o.first as unknown[]).length > (o.count as number)) fail('head.count', 'fewer budgets than the first page lists');
    const facets = obj(o.facets, 'head.facets');
    for (const key of FACET_KEYS) {
      each(facets[key], `head.facets.${key}`, (v, p) => {
        str(v, 'value', p);
        num(v, 'count', p);
      });
    }
    return o as unknown as CatalogHead;
  });
}

/** data/departments/<id>.json (model/departmentFile.ts): a department's entries and the figures of its trend. */
export function validateDepartmentFile(json: unknown, departmentId: string): Result<DepartmentFile> {
  return guard(() => {
    const o = obj(json, 'department');
    if (o.schemaVersion !== DEPARTMENT_FILE_SCHEMA)
      fail('department.schemaVersion', `expected ${DEPARTMENT_FILE_SCHEMA}, got ${JSON.stringify(o.schemaVersion)}`);
    if (str(o, 'departmentId', 'department') !== departmentId) fail('department.departmentId', `expected ${JSON.stringify(departmentId)}`);
    const seen = new Set<string>();
    let last: BudgetIndexEntry | undefined;
    each(o.entries, 'department.entries', (e, p) => {
      indexEntry(e, p);
      if (e.departmentId !== departmentId) fail(`${p}.departmentId`, `expected ${JSON.stringify(departmentId)}`);
      const entry = e as unknown as BudgetIndexEntry;
      if (seen.has(entry.id)) fail(`${p}.id`, `${JSON.stringify(entry.id)} is listed twice`);
      seen.add(entry.id);
      // The trend's columns follow this order (model/departmentTrend.ts departmentEntries): a file out of
      // order would put a year's figure under another year's heading.
      if (last && (entry.year < last.year || (entry.year === last.year && KIND_ORDER.indexOf(entry.kind) < KIND_ORDER.indexOf(last.kind))))
        fail(p, `expected entries by year, then 预算 before 单位预算 before 决算; ${JSON.stringify(entry.id)} comes after ${JSON.stringify(last.id)}`);
      last = entry;
    });
    const units = new Map((o.entries as BudgetIndexEntry[]).map((e) => [e.id, e.unit]));
    each(o.trend, 'department.trend', (t, p) => {
      const id = str(t, 'id', p);
      const unit = oneOf(t, 'unit', MONEY_UNITS, p);
      if (units.has(id) && units.get(id) !== unit) fail(`${p}.unit`, `expected ${units.get(id)} (the unit of ${id}), got ${unit}`);
      const x = obj(t.expenditure, `${p}.expenditure`);
      for (const k of ['total', 'basic', 'project']) amount(x, k, `${p}.expenditure`);
      each(t.lei, `${p}.lei`, (l, q) => {
        str(l, 'code', q);
        str(l, 'name', q);
        optStr(l, 'nameEn', q);
        if (l.total !== null) amount(l, 'total', q);
        if (typeof l.printed !== 'boolean') fail(`${q}.printed`, 'expected true or false');
      });
    });
    each(o.related, 'department.related', (e, p) => {
      indexEntry(e, p);
      if (seen.has(e.id as string)) fail(`${p}.id`, `${JSON.stringify(e.id)} is an entry of this department, not a related one`);
    });
    const entries = o.entries as BudgetIndexEntry[];
    const trend = o.trend as { id: string }[];
    if (trend.length !== entries.length || trend.some((t, i) => t.id !== entries[i]?.id))
      fail('department.trend', 'expected one item per entry, in the same order');
    return o as unknown as DepartmentFile;
  });
}

const LEVELS = new Set(['lei', 'kuan', 'xiang']);
const STATUSES = new Set(['pass', 'rounding', 'fail']);

function functionalRow(o: Obj, p: string): void {
  str(o, 'code', p);
  str(o, 'name', p);
  if (!LEVELS.has(String(o.level))) fail(`${p}.level`, 'expected lei, kuan or xiang');
  amount(o, 'total', p);
  amount(o, 'basic', p);
  amount(o, 'project', p);
  optStr(o, 'unit', p);
  srcRef(o.src, `${p}.src`);
}

function threePublic(v: unknown, p: string): void {
  if (v === undefined) return;
  const o = obj(v, p);
  amount(o, 'total', p);
  for (const k of ['outbound', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception', 'meeting'] as const) {
    optAmount(o, k, p);
  }
  optAmount(o, 'adminCost', p);
  srcRef(o.src, `${p}.src`);
}

export function validateBudget(json: unknown, expectedId?: string): Result<Budget> {
  return guard(() => {
    const o = obj(json, 'budget');
    if (o.schemaVersion !== 1) fail('budget.schemaVersion', `expected 1, got ${JSON.stringify(o.schemaVersion)}`);
    const id = str(o, 'id', 'budget');
    if (expectedId !== undefined && id !== expectedId) fail('budget.id', `expected ${JSON.stringify(expectedId)}, got ${JSON.stringify(id)}`);
    for (const k of ['source', 'department', 'region'] as const) str(o, k, 'budget');
    oneOf(o, 'unit', MONEY_UNITS, 'budget');
    oneOf(o, 'kind', KIND_ORDER, 'budget');
    year(o, 'budget');
    partOf(o.partOf, 'budget.partOf');
    amount(o, 'incomeTotal', 'budget');
    const exp = obj(o.expenditure, 'budget.expenditure');
    amount(exp, 'total', 'budget.expenditure');
    amount(exp, 'basic', 'budget.expenditure');
    amount(exp, 'project', 'budget.expenditure');
    srcRef(exp.src, 'budget.expenditure.src');
    each(o.income, 'budget.income', (l: Obj, p) => {
      str(l, 'key', p);
      str(l, 'name', p);
      amount(l, 'amount', p);
      srcRef(l.src, `${p}.src`);
    });
    each(o.functional, 'budget.functional', functionalRow);
    if (o.functionalByFund !== undefined) {
      each(o.functionalByFund, 'budget.functionalByFund', (f: Obj, p) => {
        str(f, 'fund', p);
        each(f.rows, `${p}.rows`, functionalRow);
      });
    }
    each(o.economic, 'budget.economic', (r: Obj, p) => {
      str(r, 'code', p);
      str(r, 'name', p);
      amount(r, 'amount', p);
      if (r.spending !== 'basic' && r.spending !== 'project') fail(`${p}.spending`, 'expected basic or project');
      srcRef(r.src, `${p}.src`);
    });
    each(o.basicByUnit, 'budget.basicByUnit', (r: Obj, p) => {
      str(r, 'unit', p);
      str(r, 'unitName', p);
      str(r, 'category', p);
      amount(r, 'amount', p);
    });
    each(o.units, 'budget.units', (u: Obj, p) => {
      str(u, 'code', p);
      str(u, 'name', p);
      optAmount(u, 'total', p);
      optAmount(u, 'basic', p);
      optAmount(u, 'project', p);
      srcRef(u.src, `${p}.src`);
    });
    each(o.projects, 'budget.projects', (r: Obj, p) => {
      str(r, 'id', p);
      str(r, 'name', p);
      optStr(r, 'unit', p);
      optStr(r, 'unitName', p);
      amount(r, 'amount', p);
      srcRef(r.src, `${p}.src`);
    });
    threePublic(o.threePublic, 'budget.threePublic');
    each(o.checks, 'budget.checks', (c: Obj, p) => {
      str(c, 'code', p);
      if (!STATUSES.has(String(c.status))) fail(`${p}.status`, 'expected pass, rounding or fail');
      str(c, 'message', p);
      amount(c, 'expected', p);
      amount(c, 'actual', p);
      amount(c, 'difference', p);
      each(c.refs, `${p}.refs`, (r, rp) => srcRef(r, rp));
    });
    each(o.tables, 'budget.tables', (t: Obj, p) => {
      str(t, 'key', p);
      str(t, 'number', p);
      str(t, 'title', p);
    });
    for (const k of ['narrative', 'glossary', 'sections', 'corrections'] as const) arr(o[k], `budget.${k}`);
    each(o.sourceIssues, 'budget.sourceIssues', (s: Obj, p) => {
      str(s, 'code', p);
      str(s, 'message', p);
      if (s.src !== undefined) srcRef(s.src, `${p}.src`);
    });
    return o as unknown as Budget;
  });
}
