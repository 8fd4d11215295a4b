// Stub (owner: readers/meta.ts task): department, year and region of a document.
import type { Document } from '../segment';
import { squash } from '../cells';
import { fail, ok, type Result } from '../result';

export function readMeta(doc: Document): Result<{ department: string; year: number; region: string }> {
  let department = '';
  let year = 0;
  for (const line of doc.lines) {
    const s = squash(line.text);
    const d = /(?:部门名称|单位名称)[:：]([^单]+?)(?:单位[:：].*)?$/u.exec(s);
    if (!department && d?.[1]) department = d[1];
    const y = /(20\d{2})年部门预算/u.exec(s);
    if (!year && y?.[1]) year = Number(y[1]);
  }
  if (!department) return fail('department name (部门名称/单位名称) not found');
  if (!year) return fail('budget year (YYYY年部门预算) not found');
  const district = /广州市(.{2,3}区)/u.exec(department);
  return ok({ department, year, region: district?.[1] ?? '广州市' });
}
