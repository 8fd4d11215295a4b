/**
 * The one-file search index over every budget, for the reference search (src/model/search.ts) that the
 * published, sharded index (searchShards.ts) is tested against, and for benchmarks.
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
import type { Budget } from '../model/types';
import { foldEnglish, foldText, textGrams } from '../model/search';
import { searchDocsOf, snippetOf } from './searchDocs';
import { SEARCH_KINDS, SEARCH_TOKENIZER, type SearchDocs, type SearchIndex } from '../model/searchTypes';

/**
 * Build the index over the budgets, in the order given (hits tie-break on that order). Pure and
 * deterministic: the same budgets give the same JSON.
 */
export function buildSearchIndex(budgets: readonly Budget[]): SearchIndex {
  const docs: SearchDocs = { budget: [], kind: [], key: [], label: [], labelEn: [], amount: [], snippet: [] };
  const postings = new Map<string, number[]>();
  const kindIndex = new Map(SEARCH_KINDS.map((k, i) => [k, i]));

  budgets.forEach((b, bi) => {
    const all = searchDocsOf(b);
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
