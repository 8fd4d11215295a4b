/**
 * A department's or region's name in the page's language (data/names-en.json, emitted beside the
 * printed Chinese as departmentEn / regionEn), for text contexts: titles, labels, credits. Where the
 * name is shown as an element, PrintedName also gives the printed Chinese.
 */
import { shownName } from '../model/englishName';
import type { Dict } from './i18n';

export function deptName(b: { department: string; departmentEn?: string }, t: Pick<Dict, 'names'>): string {
  return shownName(b.department, b.departmentEn, t.names.englishNames);
}

export function regionNameOf(b: { region: string; regionEn?: string }, t: Pick<Dict, 'names'>): string {
  return shownName(b.region, b.regionEn, t.names.englishNames);
}
