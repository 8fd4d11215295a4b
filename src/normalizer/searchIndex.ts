/**
 * The search index over every budget (public/data/search.json), built at data time from the
 * normalised budgets so that the browser downloads one small file instead of every budget.
 *
 * One document per thing a reader may look for, each pointing to where it lives:
 * - department: the budget's department (key "") and each of its units (单位; key = 单位编码, or the
 *   unit's name where the document prints no code);
 * - functional: each 功能分类 code (类/款/项) printed in the budget, department-wide or per unit, or
 *   only in a per-fund table (一般公共预算支出表 …);
 * - economic: each 部门预算经济分类 code;
 * - project: each project (项目), indexed on its name and on its 项目内容/绩效目标/绩效指标 text;
 * - glossary: each 名词解释 term, indexed on term and definition.
 * A code printed several times in one budget (per unit, per block) is one document; its amount is
 * kept only where the budget prints exactly one figure for it (never a sum: sums are the compare
 * model's business, with their provenance).
 *
 * Terms are the character bigrams of the folded text (see src/model/search.ts for why bigrams).
 * Descriptions are indexed but only a snippet is stored (see src/model/searchTypes.ts).
 */
import type { Amount, Budget } from '../model/types';
import { foldEnglish, foldText, stripOrdinal, textGrams } from '../model/search';
import { SEARCH_KINDS, SEARCH_TOKENIZER, type SearchDocs, type SearchIndex, type SearchKind } from '../model/searchTypes';

/** Characters of description kept in a snippet: enough to recognise a project, not to store its text. */
export const SNIPPET_CHARS = 28;

function snippetOf(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= SNIPPET_CHARS ? flat : `${chars.slice(0, SNIPPET_CHARS).join('')}…`;
}

interface Doc {
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

/**
 * Build the index over the budgets, in the order given (hits tie-break on that order). Pure and
 * deterministic: the same budgets give the same JSON.
 */
export function buildSearchIndex(budgets: readonly Budget[]): SearchIndex {
  const docs: SearchDocs = { budget: [], kind: [], key: [], label: [], labelEn: [], amount: [], snippet: [] };
  const postings = new Map<string, number[]>();
  const kindIndex = new Map(SEARCH_KINDS.map((k, i) => [k, i]));

  budgets.forEach((b, bi) => {
    const all = [...departmentDocs(b), ...functionalDocs(b), ...economicDocs(b), ...projectDocs(b), ...glossaryDocs(b)];
    for (const d of all) {
      const n = docs.label.length;
      docs.budget.push(bi);
      docs.kind.push(kindIndex.get(d.kind) ?? 0);
      docs.key.push(d.key);
      docs.label.push(d.label);
      docs.labelEn.push(d.labelEn);
      docs.amount.push(d.amount);
      docs.snippet.push(d.description === '' ? '' : snippetOf(d.description));
      const terms = new Set([...textGrams(foldText(d.label)), ...textGrams(foldText(d.description)), ...textGrams(foldEnglish(d.labelEn))]);
      for (const t of terms) {
        const list = postings.get(t);
        if (list) list.push(n);
        else postings.set(t, [n]);
      }
    }
  });

  // Documents were numbered in increasing order, so every list is sorted: store the gaps.
  const grams: Record<string, number[]> = {};
  for (const t of [...postings.keys()].sort()) {
    const list = postings.get(t) ?? [];
    grams[t] = list.map((d, i) => (i === 0 ? d : d - (list[i - 1] as number)));
  }

  return {
    schemaVersion: 1,
    tokenizer: SEARCH_TOKENIZER,
    budgets: budgets.map((b) => ({
      id: b.id,
      department: b.department,
      ...(b.departmentEn === undefined ? {} : { departmentEn: b.departmentEn }),
      year: b.year,
    })),
    kinds: [...SEARCH_KINDS],
    docs,
    grams,
  };
}
