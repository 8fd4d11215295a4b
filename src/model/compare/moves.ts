/**
 * 科目变动 (moved): the same name printed under another code of the same level in other budgets.
 */
import { movesOf, nameKey, type Crosswalk } from '../crosswalk';
import { SCHEME } from './lines';
import type { CompareCell, CompareLine, CompareSection } from './types';

/**
 * 项 names every 款 has (行政运行 under 2010101, 2060101 …): the same name under another code is a
 * different line, not a move.
 */
const GENERIC_NAMES = new Set(['行政运行', '一般行政管理事务', '机关服务', '事业运行'].map(nameKey));

/**
 * Flag 'moved': the same name printed under a different code of the same level (and spending), where
 * no budget prints both codes — or a move data/crosswalk.json records. Names that one budget prints
 * under several codes (generic 项 names) are not taken as moves.
 */
export function markMoves(section: CompareSection, lines: CompareLine[], crosswalk: Crosswalk): void {
  const scheme = SCHEME[section];
  const disjoint = (a: CompareLine, b: CompareLine): boolean => a.cells.every((c, i) => c === null || b.cells[i] === null);
  const repeated = new Set<string>();
  const n = lines[0]?.cells.length ?? 0;
  for (let i = 0; i < n; i++) {
    const seen = new Map<string, string>();
    for (const l of lines) {
      const c = l.cells[i];
      if (!c || c.name === '') continue;
      const k = `${l.level ?? ''}|${l.spending ?? ''}|${nameKey(c.name)}`;
      const prev = seen.get(k);
      if (prev !== undefined && prev !== l.code) repeated.add(k);
      seen.set(k, l.code);
    }
  }
  const names = (l: CompareLine): Set<string> =>
    new Set(l.cells.filter((c): c is CompareCell => c !== null && c.name !== '').map((c) => `${l.level ?? ''}|${l.spending ?? ''}|${nameKey(c.name)}`));
  const add = (a: CompareLine, b: CompareLine, recorded: { reason: string; reasonZh?: string } | undefined): void => {
    const list = a.moves ?? [];
    if (list.some((x) => x.key === b.key)) return;
    a.moves = [...list, { key: b.key, code: b.code, reason: recorded?.reason ?? null, ...(recorded?.reasonZh ? { reasonZh: recorded.reasonZh } : {}) }];
    if (!a.flags.includes('moved')) a.flags.push('moved');
  };
  const missing = lines.filter((l) => l.flags.includes('missing'));
  for (const [i, a] of missing.entries()) {
    for (const b of missing.slice(i + 1)) {
      if (a.code === b.code || a.level !== b.level || a.spending !== b.spending || !disjoint(a, b)) continue;
      const recorded = scheme ? movesOf(crosswalk, scheme, a.code).find((mv) => mv.from.code === b.code || mv.to.code === b.code) : undefined;
      const nb = names(b);
      const shared = [...names(a)].some((k) => nb.has(k) && !repeated.has(k) && !GENERIC_NAMES.has(k.split('|')[2] ?? ''));
      if (!recorded && !shared) continue;
      add(a, b, recorded);
      add(b, a, recorded);
    }
  }
}
