/**
 * Which department a document belongs to, from data/departments.json: the budget id
 * (<department id>-<year>), and whether the department is a unit (单位) of another department's budget
 * (000, the grid centre, is unit 550004 of 001, the data bureau): such budgets are related, never added.
 */
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import { placeOf } from './profile';
import type { DocumentKind } from '../model/types';
import { fail, ok, type Result } from '../model/result';
import { parsePublications, type DepartmentPublication } from './publications';

export interface DepartmentIdentity {
  id: string;
  region: string;
  names: string[];
  parent?: { department: string; unitCode: string };
  /** 原文出处: where the department publishes each document (src/normalizer/publications.ts). */
  publications?: DepartmentPublication[];
}

/**
 * Every entry well formed, and the file consistent with itself: ids unique, a printed name under one
 * department only (else which budget it is depends on the order of the file), and every parent a
 * department of the file — a typo there would silently drop the "never add these budgets together" guard.
 */
export function parseDepartments(json: unknown, text?: string): Result<DepartmentIdentity[]> {
  const list = (json as { departments?: unknown } | null)?.departments;
  if (!Array.isArray(list)) return fail('expected an object with a "departments" array');
  const out: DepartmentIdentity[] = [];
  for (const [i, d] of list.entries()) {
    const r = d as Partial<DepartmentIdentity>;
    if (
      typeof r.id !== 'string' ||
      !/^[a-z0-9-]+$/.test(r.id) ||
      !Array.isArray(r.names) ||
      r.names.some((n) => typeof n !== 'string') ||
      typeof r.region !== 'string'
    ) {
      return fail(`department #${i + 1}: needs id (a-z, 0-9, -), region and names[]`);
    }
    const p = r.parent as Partial<NonNullable<DepartmentIdentity['parent']>> | undefined;
    if (p !== undefined && (typeof p !== 'object' || p === null || typeof p.department !== 'string' || typeof p.unitCode !== 'string' || p.unitCode === '')) {
      return fail(`department "${r.id}" (#${i + 1}): parent needs department (an id of this file) and unitCode`);
    }
    // `text` (the file as written) lets a bad address be named with its line.
    const pubs = parsePublications((d as { publications?: unknown }).publications, `department "${r.id}" (#${i + 1})`, text);
    if (!pubs.ok) return pubs;
    const { publications: _raw, ...rest } = r as DepartmentIdentity;
    out.push({ ...rest, ...(pubs.value ? { publications: pubs.value } : {}) });
  }
  return consistent(out);
}

function consistent(list: DepartmentIdentity[]): Result<DepartmentIdentity[]> {
  const ids = new Map<string, number>();
  const names = new Map<string, string>();
  for (const [i, d] of list.entries()) {
    const first = ids.get(d.id);
    if (first !== undefined) return fail(`department "${d.id}" (#${i + 1}): the id is also that of department #${first + 1}`);
    ids.set(d.id, i);
    for (const name of d.names) {
      const other = names.get(name);
      if (other !== undefined && other !== d.id) return fail(`department "${d.id}" (#${i + 1}): the name "${name}" is also listed under department "${other}"`);
      names.set(name, d.id);
    }
  }
  for (const [i, d] of list.entries()) {
    if (!d.parent) continue;
    if (!ids.has(d.parent.department))
      return fail(`department "${d.id}" (#${i + 1}): parent.department "${d.parent.department}" names no department in this file`);
    if (d.parent.department === d.id) return fail(`department "${d.id}" (#${i + 1}): parent.department is the department itself`);
  }
  return ok(list);
}

/**
 * The department whose names include this printed name. A department not in departments.json gets an id
 * from its printed name alone (no config needed): its place and name in pinyin, without tones —
 * "上海市普陀区建设和管理委员会" → "putuo-jiansheheguanliweiyuanhui" — plus a short hash of the exact
 * name so that two names that read alike in pinyin (同音) never share an id.
 */
export function identify(departments: readonly DepartmentIdentity[], name: string): { departmentId: string; known: DepartmentIdentity | undefined } {
  const known = departments.find((d) => d.names.includes(name));
  if (known) return { departmentId: known.id, known };
  return { departmentId: derivedDepartmentId(name), known: undefined };
}

function syllables(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '');
}

export function derivedDepartmentId(name: string): string {
  const { city, district } = placeOf(name);
  const place = district !== '' ? district.replace(/[区县旗市]$/u, '') : city.replace(/[省市]$/u, '');
  const rest = name.replace(/^中共/u, '').slice(city.length + district.length) || name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 6);
  return [syllables(place), syllables(rest).slice(0, 40), hash].filter((p) => p !== '').join('-');
}

/**
 * A document's id: department and year, and the kind where it is not the 部门预算 — every department
 * publishes a 部门预算 and, a year later, a 部门决算 of the same year (and may publish 单位预算), so the
 * kind must be in the id or the two would clash. A 部门预算 keeps the plain id.
 */
export function budgetId(departmentId: string, year: number, kind: DocumentKind): string {
  return `${departmentId}-${year}${KIND_SUFFIX[kind]}`;
}

const KIND_SUFFIX: Record<DocumentKind, string> = { budget: '', final: '-final', unitBudget: '-unit' };
