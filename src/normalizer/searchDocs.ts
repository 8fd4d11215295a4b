/**
 * The search documents of one budget: one per thing a reader may look for (see searchIndex.ts for the
 * list), in the order hits tie-break on — department and units, 功能分类, 经济分类, projects, 名词解释.
 * Shared by the unsharded index (searchIndex.ts) and the sharded one (searchShards.ts).
 */
import type { Amount, Budget } from '../model/types';
import { foldText, stripOrdinal } from '../model/searchText';
import type { SearchKind } from '../model/searchTypes';

/** Characters of description kept in a snippet: enough to recognise a project, not to store its text. */
export const SNIPPET_CHARS = 28;

export function snippetOf(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= SNIPPET_CHARS ? flat : `${chars.slice(0, SNIPPET_CHARS).join('')}…`;
}

export interface Doc {
  kind: SearchKind;
  key: string;
  label: string;
  /** English name beside the printed one (data/names-en.json via attachEnglish), "" where none. */
  labelEn: string;
  amount: Amount | '';
  /** Indexed, not stored. */
  description: string;
}

/** The amount of a code where exactly one figure is printed for it, else "". */
function single(amounts: readonly Amount[]): Amount | '' {
  return amounts.length === 1 ? (amounts[0] as Amount) : '';
}

function departmentDocs(b: Budget): Doc[] {
  const out: Doc[] = [{ kind: 'department', key: '', label: b.department, labelEn: b.departmentEn ?? '', amount: b.expenditure.total, description: '' }];
  const seen = new Set([foldText(b.department)]);
  for (const u of b.units) {
    // 001's unit 550001 is the bureau itself (本级): same name, same document.
    const f = foldText(u.name);
    if (seen.has(f)) continue;
    seen.add(f);
    out.push({ kind: 'department', key: u.code !== '' ? u.code : u.name, label: u.name, labelEn: u.nameEn ?? '', amount: u.total ?? '', description: '' });
  }
  return out;
}

/** Append in place: copying the list per row would make a code printed n times cost n² (a 20 MB source). */
function pushTo<V>(m: Map<string, V[]>, key: string, value: V): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}

function functionalDocs(b: Budget): Doc[] {
  // Department-wide and per-unit rows first (their totals are the budget's figures), then codes that
  // only a per-fund table prints (003's 类/款 rows, e.g. 20105 统计信息事务).
  const names = new Map<string, string>();
  const namesEn = new Map<string, string>();
  const amounts = new Map<string, Amount[]>();
  for (const r of b.functional) {
    if (!names.has(r.code)) {
      names.set(r.code, stripOrdinal(r.name));
      namesEn.set(r.code, r.nameEn ?? '');
    }
    pushTo(amounts, r.code, r.total);
  }
  for (const f of b.functionalByFund) {
    for (const r of f.rows)
      if (!names.has(r.code) && r.name !== '') {
        names.set(r.code, stripOrdinal(r.name));
        namesEn.set(r.code, r.nameEn ?? '');
      }
  }
  const codes = [...names.keys()].sort();
  return codes.map((code) => ({
    kind: 'functional' as const,
    key: code,
    label: names.get(code) ?? '',
    labelEn: namesEn.get(code) ?? '',
    amount: single(amounts.get(code) ?? []),
    description: '',
  }));
}

function economicDocs(b: Budget): Doc[] {
  const names = new Map<string, string>();
  const namesEn = new Map<string, string>();
  const amounts = new Map<string, Amount[]>();
  for (const r of b.economic) {
    if (!names.has(r.code)) {
      names.set(r.code, r.name);
      namesEn.set(r.code, r.nameEn ?? '');
    }
    pushTo(amounts, r.code, r.amount);
  }
  return [...names.keys()].sort().map((code) => ({
    kind: 'economic' as const,
    key: code,
    label: names.get(code) ?? '',
    labelEn: namesEn.get(code) ?? '',
    amount: single(amounts.get(code) ?? []),
    description: '',
  }));
}

function projectDocs(b: Budget): Doc[] {
  return b.projects.map((p) => ({
    kind: 'project' as const,
    key: p.id,
    label: p.name,
    labelEn: '',
    amount: p.amount,
    description: [p.content, p.targets, p.indicators].filter((t): t is string => t !== undefined && t !== '').join('\n'),
  }));
}

function glossaryDocs(b: Budget): Doc[] {
  const seen = new Set<string>();
  const out: Doc[] = [];
  for (const g of b.glossary) {
    if (seen.has(g.term)) continue;
    seen.add(g.term);
    out.push({ kind: 'glossary', key: g.term, label: g.term, labelEn: '', amount: '', description: g.definition });
  }
  return out;
}

/** Every search document of a budget, in document order. */
export function searchDocsOf(b: Budget): Doc[] {
  return [...departmentDocs(b), ...functionalDocs(b), ...economicDocs(b), ...projectDocs(b), ...glossaryDocs(b)];
}
