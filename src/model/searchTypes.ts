/**
 * The shape of the one-file search index (built by src/normalizer/searchIndex.ts, searched by the
 * reference src/model/search.ts; the site publishes it sharded, see ./searchShards/shardTypes.ts) and of
 * the hits a search returns. Plain JSON: no Maps, no
 * classes, no undefined inside arrays.
 *
 * Compactness (the five budgets must load in well under 100 KB gzip):
 * - documents are stored column by column (`docs.label[i]`, `docs.key[i]` …) instead of one object
 *   each, so no field name is repeated per document;
 * - postings are sorted document numbers, delta-encoded (`[3, 1, 4]` means documents 3, 4 and 8):
 *   small numbers, and runs of small numbers gzip well;
 * - project descriptions (项目内容/绩效目标/绩效指标) and glossary definitions (名词解释) are indexed but not
 *   stored: only a short snippet is kept, the full text stays in budgets/<id>.json.
 */
import type { Amount } from './types';

/** What a search document stands for, and so where a hit leads in the app. */
export type SearchKind = 'department' | 'functional' | 'economic' | 'project' | 'glossary';

/** The order of kinds in SearchIndex.kinds; `docs.kind[i]` is an index into it. */
export const SEARCH_KINDS: readonly SearchKind[] = ['department', 'functional', 'economic', 'project', 'glossary'];

/** How the text was cut into index terms; bump when it changes so an index built the old way is refused. */
export const SEARCH_TOKENIZER = 'bigram-nfkc-en-v2';

export interface SearchBudgetRef {
  id: string;
  department: string;
  /** The department's English name (data/names-en.json), where there is one. */
  departmentEn?: string;
  year: number;
}

/** One column per field; all arrays have the same length (the number of documents). */
export interface SearchDocs {
  /** Index into SearchIndex.budgets. */
  budget: number[];
  /** Index into SearchIndex.kinds. */
  kind: number[];
  /**
   * Where the document lives inside its budget: 功能分类/经济分类 code ("2060101", "30101"), project id
   * ("p03"), glossary term, unit code (单位编码) for a unit, "" for the budget's department itself.
   */
  key: string[];
  /** The name as printed (a list ordinal such as "一、" dropped). */
  label: string[];
  /**
   * The English name (data/names-en.json) beside the printed one, "" where there is none (a project,
   * a glossary term, a misprint). Indexed with foldEnglish, so "salary" finds "Basic salaries".
   */
  labelEn: string[];
  /** The amount as printed, where the document has exactly one such figure; "" otherwise. */
  amount: (Amount | '')[];
  /** The start of the description or definition (truncated, "…" appended); "" where there is none. */
  snippet: string[];
}

export interface SearchIndex {
  schemaVersion: 1;
  tokenizer: typeof SEARCH_TOKENIZER;
  budgets: SearchBudgetRef[];
  kinds: SearchKind[];
  docs: SearchDocs;
  /**
   * Term → delta-encoded sorted document numbers. Terms are character bigrams of the folded text
   * (see foldText in src/model/search.ts) of label and description, and of the English label folded
   * with foldEnglish; a folded text of one character is indexed as that single character.
   */
  grams: Record<string, number[]>;
}

/**
 * How a hit matched, best first. Hits are ranked by this tier, then by document number (the order
 * of budgets, then kinds, then printed order), so equal queries always give the same list.
 */
export type SearchMatch =
  /** The folded label (or the code) equals the query. */
  | 'exact'
  /** The folded label (or the code) starts with the query. */
  | 'prefix'
  /** The folded label contains the query. */
  | 'substring'
  /** Every bigram of the query occurs in the label, not necessarily together. */
  | 'allGrams'
  /** Every bigram of the query occurs in the indexed text, but not all in the label: a description match. */
  | 'description';

export const SEARCH_MATCH_ORDER: readonly SearchMatch[] = ['exact', 'prefix', 'substring', 'allGrams', 'description'];

export interface SearchHit {
  /** Document number (budget order, then kind, then printed order; stable for one build of the index). */
  doc: number;
  /** Budget id. */
  budget: string;
  kind: SearchKind;
  key: string;
  label: string;
  /** The English name, where the index has one. */
  labelEn?: string;
  amount?: Amount;
  snippet?: string;
  match: SearchMatch;
}
