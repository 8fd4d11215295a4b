/**
 * Misprints (印刷错误) the crosswalk (data/crosswalk.json) knows: a printed name that is not the name of its
 * code but a printing error in one document (2021 Haizhu: 类 208 printed 社会保障和就业出 for
 * 社会保障和就业支出). The name stays as printed everywhere — we never correct a source — and every view
 * that shows it (treemap, tables, search, compare) marks it [原文如此] / [sic] from this one test. Pure.
 */
import { crosswalkEntry, crosswalkName } from './crosswalk';
import type { Crosswalk, CrosswalkScheme } from './crosswalkTypes';

/** True where the crosswalk records `printed` as a misprint of `code`'s name. */
export function isMisprint(crosswalk: Crosswalk | undefined, scheme: CrosswalkScheme, code: string, printed: string): boolean {
  if (!crosswalk || code === '' || printed === '') return false;
  const entry = crosswalkEntry(crosswalk, scheme, code);
  return entry ? crosswalkName(entry, printed)?.misprint === true : false;
}

/** The name the classification gives the code where `printed` is a misprint of it (for a title or tooltip). */
export function intendedName(crosswalk: Crosswalk | undefined, scheme: CrosswalkScheme, code: string, printed: string): string | null {
  if (!crosswalk || !isMisprint(crosswalk, scheme, code, printed)) return null;
  return crosswalkEntry(crosswalk, scheme, code)?.names.find((n) => n.misprint !== true)?.name ?? null;
}

/** A printed name with the mark after it where it is a misprint ("社会保障和就业出 [原文如此]"). */
export function markMisprint(name: string, misprint: boolean, mark: string): string {
  return misprint ? `${name}${mark}` : name;
}
