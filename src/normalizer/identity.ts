/**
 * Which department a document belongs to, from data/departments.json: the budget id
 * (<department id>-<year>), and whether the department is a unit (单位) of another department's budget
 * (000, the grid centre, is unit 550004 of 001, the data bureau): such budgets are related, never added.
 */
import { fail, ok, type Result } from './result';

export interface DepartmentIdentity {
  id: string;
  region: string;
  names: string[];
  nameEn?: string;
  parent?: { department: string; unitCode: string };
}

export function parseDepartments(json: unknown): Result<DepartmentIdentity[]> {
  const list = (json as { departments?: unknown } | null)?.departments;
  if (!Array.isArray(list)) return fail('expected an object with a "departments" array');
  const out: DepartmentIdentity[] = [];
  for (const [i, d] of list.entries()) {
    const r = d as Partial<DepartmentIdentity>;
    if (typeof r.id !== 'string' || !/^[a-z0-9-]+$/.test(r.id) || !Array.isArray(r.names) || r.names.some((n) => typeof n !== 'string') || typeof r.region !== 'string') {
      return fail(`department #${i + 1}: needs id (a-z, 0-9, -), region and names[]`);
    }
    out.push(r as DepartmentIdentity);
  }
  return ok(out);
}

/** The department whose names include this printed name; unknown departments get an id from the source. */
export function identify(departments: readonly DepartmentIdentity[], name: string, source: string): { departmentId: string; known: DepartmentIdentity | undefined } {
  const known = departments.find((d) => d.names.includes(name));
  if (known) return { departmentId: known.id, known };
  // A new document not yet in departments.json still gets a stable, readable id from its file name.
  const prefix = source.replace(/\.[^.]+$/u, '').replace(/[^A-Za-z0-9]+/gu, '-').toLowerCase();
  return { departmentId: `doc-${prefix}`, known: undefined };
}

export function budgetId(departmentId: string, year: number): string {
  return `${departmentId}-${year}`;
}
