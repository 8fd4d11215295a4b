/**
 * Departments across years (data/departments.json as published in index.json): which budgets are the same
 * department, under whatever name it printed that year.
 */
import type { Result } from '../result';

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
