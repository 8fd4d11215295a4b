/**
 * The crosswalk of classification names across years (data/crosswalk.json): codes whose printed name
 * differs between the budgets' years — renamed in the national 政府收支分类科目, or misprinted in one
 * document — and names that moved to another code. Kept as data, each entry with a human reason, so
 * the compare view can say *why* a line's name changed. Pure; no DOM.
 */
// From searchText, not search: the search engine is a chunk of its own, loaded when the box is first used.
import { foldText, stripOrdinal } from './searchText';
import type { Result } from './result';

import type { Crosswalk, CrosswalkEntry, CrosswalkMove, CrosswalkName, CrosswalkScheme } from './types';

export type { Crosswalk, CrosswalkEntry, CrosswalkMove, CrosswalkName, CrosswalkScheme };

const SCHEMES: readonly string[] = ['functional', 'economic', 'income'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isYears = (v: unknown): v is number[] =>
  Array.isArray(v) && v.length > 0 && v.every((y) => Number.isInteger(y) && (y as number) >= 1949 && (y as number) <= 2100);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Validate crosswalk JSON; says which entry is wrong instead of throwing. */
export function parseCrosswalk(json: unknown): Result<Crosswalk> {
  const bad = (reason: string): Result<Crosswalk> => ({ ok: false, reason: `crosswalk: ${reason}` });
  if (!isObj(json) || !Array.isArray(json.entries)) return bad('expected an object with an "entries" array');
  const moves = json.moves ?? [];
  if (!Array.isArray(moves)) return bad('"moves" must be an array');
  const entries: CrosswalkEntry[] = [];
  const seen = new Set<string>();
  for (const [i, e] of json.entries.entries()) {
    const at = `entries[${i}]`;
    if (!isObj(e)) return bad(`${at}: expected an object`);
    if (typeof e.scheme !== 'string' || !SCHEMES.includes(e.scheme)) return bad(`${at}.scheme: expected functional, economic or income`);
    if (!isText(e.code)) return bad(`${at}.code: expected a code`);
    if (e.scheme !== 'income' && !/^\d+$/.test(e.code)) return bad(`${at}.code: a classification code is digits, got ${JSON.stringify(e.code)}`);
    if (!isText(e.reason)) return bad(`${at}.reason: every entry needs a reason`);
    if (e.reasonZh !== undefined && !isText(e.reasonZh)) return bad(`${at}.reasonZh: expected the reason in Chinese`);
    if (!Array.isArray(e.names) || e.names.length < 2) return bad(`${at}.names: list at least two names`);
    const names: CrosswalkName[] = [];
    for (const [j, n] of e.names.entries()) {
      if (!isObj(n) || !isText(n.name) || !isYears(n.years)) return bad(`${at}.names[${j}]: needs name and years`);
      if (n.misprint !== undefined && typeof n.misprint !== 'boolean') return bad(`${at}.names[${j}].misprint: expected true or false`);
      names.push({ name: n.name, years: [...n.years], ...(n.misprint === true ? { misprint: true } : {}) });
    }
    const key = `${e.scheme}:${e.code}`;
    if (seen.has(key)) return bad(`${at}: ${key} listed twice`);
    seen.add(key);
    entries.push({ scheme: e.scheme as CrosswalkScheme, code: e.code, names, reason: e.reason, ...(isText(e.reasonZh) ? { reasonZh: e.reasonZh } : {}) });
  }
  const outMoves: CrosswalkMove[] = [];
  for (const [i, m] of moves.entries()) {
    const at = `moves[${i}]`;
    if (!isObj(m) || typeof m.scheme !== 'string' || !SCHEMES.includes(m.scheme)) return bad(`${at}.scheme: expected functional, economic or income`);
    if (!isText(m.name) || !isText(m.reason)) return bad(`${at}: needs name and reason`);
    if (m.reasonZh !== undefined && !isText(m.reasonZh)) return bad(`${at}.reasonZh: expected the reason in Chinese`);
    const ends: { code: string; years: number[] }[] = [];
    for (const side of ['from', 'to'] as const) {
      const s = m[side];
      if (!isObj(s) || !isText(s.code) || !isYears(s.years)) return bad(`${at}.${side}: needs code and years`);
      ends.push({ code: s.code, years: [...s.years] });
    }
    const [from, to] = ends as [{ code: string; years: number[] }, { code: string; years: number[] }];
    if (from.code === to.code) return bad(`${at}: from and to are the same code`);
    outMoves.push({ scheme: m.scheme as CrosswalkScheme, name: m.name, from, to, reason: m.reason, ...(isText(m.reasonZh) ? { reasonZh: m.reasonZh } : {}) });
  }
  return { ok: true, value: { entries, moves: outMoves } };
}

/** No crosswalk: names are compared as printed (before index.json, which carries the crosswalk, has loaded). */
export const EMPTY_CROSSWALK: Crosswalk = { entries: [], moves: [] };

/** The comparable form of a printed name: list ordinal dropped, NFKC, punctuation and spaces removed. */
export function nameKey(name: string): string {
  return foldText(stripOrdinal(name));
}

/** Do two printed names say the same thing (ignoring punctuation width, spaces and list ordinals)? */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

export function crosswalkEntry(crosswalk: Crosswalk, scheme: CrosswalkScheme, code: string): CrosswalkEntry | null {
  return crosswalk.entries.find((e) => e.scheme === scheme && e.code === code) ?? null;
}

/** Which crosswalk name a printed name is (to tell a misprint from a renaming), if any. */
export function crosswalkName(entry: CrosswalkEntry, printed: string): CrosswalkName | null {
  const k = nameKey(printed);
  return entry.names.find((n) => nameKey(n.name) === k) ?? null;
}

/** Moves involving this code (as old or new code). */
export function movesOf(crosswalk: Crosswalk, scheme: CrosswalkScheme, code: string): CrosswalkMove[] {
  return crosswalk.moves.filter((m) => m.scheme === scheme && (m.from.code === code || m.to.code === code));
}

export interface NameChange {
  scheme: CrosswalkScheme;
  code: string;
  from: { year: number; name: string };
  to: { year: number; name: string };
  reason: string;
}

/** The classification's name of the entry in a year (misprints are not names); null where not recorded. */
function officialName(entry: CrosswalkEntry, year: number): string | null {
  return entry.names.find((n) => n.misprint !== true && n.years.includes(year))?.name ?? null;
}

/**
 * How the classification's name of a code changed between two budget years, with the reason; null
 * where the crosswalk records no change: no entry, the same name in both years, or a year for which
 * no document prints the code (we do not guess names for years we have not seen). Misprints are not
 * name changes (look them up with crosswalkEntry/crosswalkName).
 */
export function nameChange(code: string, scheme: CrosswalkScheme, yearA: number, yearB: number, crosswalk: Crosswalk): NameChange | null {
  const entry = crosswalkEntry(crosswalk, scheme, code);
  if (!entry) return null;
  const a = officialName(entry, yearA);
  const b = officialName(entry, yearB);
  if (a === null || b === null || sameName(a, b)) return null;
  return { scheme, code, from: { year: yearA, name: a }, to: { year: yearB, name: b }, reason: entry.reason };
}
