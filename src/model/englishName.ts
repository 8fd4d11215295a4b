/**
 * Which name to show: the English name (data/names-en.json, emitted beside the printed Chinese as
 * nameEn, departmentEn, regionEn, unitNameEn) in the English interface, else the name as printed. A
 * name without English — a misprint such as 社会保障和就业出, or a wording the file does not know — is
 * shown as printed in both languages, never replaced by a neighbour's translation. Pure; no React.
 */
import type { Lang } from './lang';

/** The name shown: `en` where `english` and there is one, else the printed name. */
export function shownName(printed: string, en: string | undefined, english: boolean): string {
  return english && en !== undefined && en !== '' ? en : printed;
}

/** The printed Chinese to give beside a shown English name (a tooltip, secondary text), or null where the printed name is shown. */
export function printedBeside(printed: string, en: string | undefined, english: boolean): string | null {
  return shownName(printed, en, english) === printed ? null : printed;
}

/** A budget's or catalog entry's department, in the interface language. */
export function departmentName(b: { department: string; departmentEn?: string }, lang: Lang): string {
  return shownName(b.department, b.departmentEn, lang === 'en');
}

/** A budget's or catalog entry's region (海珠区 → Haizhu District), in the interface language. */
export function regionName(b: { region: string; regionEn?: string }, lang: Lang): string {
  return shownName(b.region, b.regionEn, lang === 'en');
}

/**
 * Printed name → English name over a list of rows, for names a tree or table reaches through another
 * path than its row (a 类 the chosen rows do not print, named from elsewhere in the budget).
 */
export function englishByPrinted(rows: readonly { name: string; nameEn?: string }[]): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const r of rows) if (r.nameEn !== undefined && !out.has(r.name)) out.set(r.name, r.nameEn);
  return out;
}

/** `{ nameEn }` to spread into a node, or nothing. */
export function nameEnField(en: string | undefined): { nameEn?: string } {
  return en === undefined || en === '' ? {} : { nameEn: en };
}
