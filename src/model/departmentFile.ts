/**
 * 部门文件 (data/departments/<departmentId>.json): what the department page needs of every document of one
 * department, written at data time, so that the page reads one small file instead of every budget whole
 * (at 2,000 budgets a department with 15 documents downloaded 227 KB to draw a trend of a few figures a
 * year; bench:many). Per document: its catalog entry, its three headline figures as printed, and each
 * 功能分类 类 of its tree (as printed, or the exact sum of its units' rows where only those are printed,
 * said so) — the same figures ./departmentTrend.ts took from the budgets, taken the same way.
 */
import { buildFunctionalTree } from './functionalTree';
import { nameEnField } from './englishName';
import { departmentEntries } from './departmentTrend';
import type { Amount, Budget, BudgetIndex, BudgetIndexEntry, MoneyUnit } from './types';
import { DEPARTMENT_FILE_SCHEMA, departmentFile } from './departmentFileName';

export { DEPARTMENT_FILE_SCHEMA, departmentFile };

export interface LeiFigure {
  code: string;
  /** The name as printed. */
  name: string;
  nameEn?: string;
  /** The figure (合计), or null where neither the row nor its units print one. */
  total: Amount | null;
  /** False where the document prints no 类 row and the figure is the exact sum of the rows below or of its units. */
  printed: boolean;
}

export interface TrendInput {
  id: string;
  unit: MoneyUnit;
  expenditure: { total: Amount; basic: Amount; project: Amount };
  lei: LeiFigure[];
}

export interface DepartmentFile {
  schemaVersion: typeof DEPARTMENT_FILE_SCHEMA;
  departmentId: string;
  /** The department's documents, oldest first, a budget before the final account of its year. */
  entries: BudgetIndexEntry[];
  /** One per entry, same order. */
  trend: TrendInput[];
  /**
   * The catalog entries of other departments' documents the entries name (a 000 inside 001: partOf and
   * contains), by id: what a budget page needs to name and link them without the whole index.json.
   */
  related: BudgetIndexEntry[];
}

export function trendInputOf(budget: Budget): TrendInput {
  const lei: LeiFigure[] = [];
  for (const node of buildFunctionalTree(budget).root.children) {
    if (node.level !== 'lei') continue;
    lei.push({
      code: node.code,
      name: node.name,
      ...nameEnField(node.nameEn),
      total: node.values.total ?? node.childrenSum.total ?? null,
      printed: node.printed,
    });
  }
  const { total, basic, project } = budget.expenditure;
  return { id: budget.id, unit: budget.unit, expenditure: { total, basic, project }, lei };
}

/** One file per department of the index, from the budgets it lists. */
export function buildDepartmentFiles(index: BudgetIndex, budgets: readonly Budget[]): Map<string, DepartmentFile> {
  const byId = new Map(budgets.map((b) => [b.id, b]));
  const out = new Map<string, DepartmentFile>();
  for (const departmentId of [...new Set(index.budgets.map((e) => e.departmentId))].sort()) {
    const entries = departmentEntries(index, departmentId);
    const trend = entries.map((e) => {
      const b = byId.get(e.id);
      if (!b) throw new Error(`index.json lists ${e.id}, but no budget has that id`);
      return trendInputOf(b);
    });
    out.set(departmentId, { schemaVersion: DEPARTMENT_FILE_SCHEMA, departmentId, entries, trend, related: relatedEntries(index, entries) });
  }
  return out;
}

/** Entries of other departments that `entries` name as container or unit, by id; a name the index lacks is left out (the page says so). */
export function relatedEntries(index: BudgetIndex, entries: readonly BudgetIndexEntry[]): BudgetIndexEntry[] {
  const own = new Set(entries.map((e) => e.id));
  const named = new Set(entries.flatMap((e) => [...(e.partOf ? [e.partOf.budget] : []), ...(e.contains ?? [])]));
  return index.budgets.filter((e) => named.has(e.id) && !own.has(e.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The catalog entries a department's file knows: its own documents and the related ones (for relation notes). */
export const knownEntries = (f: DepartmentFile): BudgetIndexEntry[] => [...f.entries, ...f.related];
