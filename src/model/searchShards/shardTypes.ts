/**
 * The sharded search index (data/search/…), built at data time by src/normalizer/searchShards.ts and read
 * in the browser by ./shardedSearch.ts, so that the first query over thousands of budgets loads a few
 * small files instead of one index of every budget (issue 14: ≤ 150 KB gzip for the first query at 2,000
 * budgets; one search.json was 469 KB gzip and 35.8 MB to parse there).
 *
 * Three kinds of file beside a small manifest:
 * - **entries** (`e-<n>.json`): what a hit shows. A search *entry* is one thing a reader may look for —
 *   a department or unit, a 功能分类 or 经济分类 line, a project, a 名词解释 term — with its kind, key, name
 *   as printed, English name and snippet; the same line printed in many budgets (2010101 行政运行 in nearly
 *   every one) is one entry with many *occurrences* (document numbers, each with the amount printed
 *   there). Entries are numbered in the order of their first occurrence, so a lower entry number never
 *   starts later in the budget order: the search can stop reading entries once the first hits are sure.
 * - **label terms** (`l-<n>.json`): the terms of names and codes (see ./indexTerms.ts) → entry numbers.
 * - **description terms** (`d-<n>.json`): the terms of 项目内容/绩效目标/名词解释 text not in the name →
 *   entry numbers; read only when the names give fewer hits than asked for (description hits rank last).
 * Term files are chosen by a hash of the term (./termHash.ts); entry files by entry number.
 *
 * Document numbers are those of the unsharded index (budget order, then kind, then printed order), so
 * hits tie-break exactly as before; the manifest's `docStarts` says which budget a document is in.
 */
import type { Amount } from '../types';
import type { SearchBudgetRef, SearchKind } from '../searchTypes';

export const SHARDS_SCHEMA = 2;

/** The folder of the index under data/. */
export const SHARDS_DIR = 'search';

/**
 * Every file carries the build id of the index it belongs to (a hash of all its files' content), and the
 * search refuses a file whose id is not the manifest's: a host or cache that serves some files of a new
 * build beside others of an old one would otherwise give wrong hits without a word (entry numbers and
 * term files mean different things from one build to the next).
 */
export interface SearchManifest {
  schemaVersion: typeof SHARDS_SCHEMA;
  build: string;
  tokenizer: string;
  kinds: SearchKind[];
  budgets: SearchBudgetRef[];
  /** First document number of each budget (delta-encoded, like postings). */
  docStarts: number[];
  /** Number of documents in all (one past the last document number). */
  docs: number;
  /** Number of entries; entry files hold `entriesPerFile` each, in entry order. */
  entries: number;
  entriesPerFile: number;
  /** How many occurrences an entry file keeps per entry (the first ones); the most hits one query may ask for. */
  occurrencesKept: number;
  labelFiles: number;
  descriptionFiles: number;
}

/** Term → delta-encoded sorted entry numbers. */
export interface TermFile {
  build: string;
  /** Which file of its side this is, and how many that side has: a manifest that counts the files
   * differently would hash terms to the wrong file and find nothing. */
  file: number;
  files: number;
  terms: Record<string, number[]>;
}

/** Entries `first` … `first + kind.length - 1`, column by column. */
export interface EntryFile {
  build: string;
  first: number;
  /** Index into SearchManifest.kinds. */
  kind: number[];
  key: string[];
  label: string[];
  /** "" where there is no English name. */
  labelEn: string[];
  /** "" where there is no description. */
  snippet: string[];
  /** How many documents the entry occurs in (may exceed the occurrences kept). */
  count: number[];
  /** The first occurrences' document numbers, delta-encoded per entry. */
  docs: number[][];
  /** The amount printed at each kept occurrence ("" where none), parallel to `docs`. */
  amounts: (Amount | '')[][];
}

/** 名词解释 term (folded) → the budgets (delta-encoded numbers) whose glossary prints it. */
export interface GlossaryFile {
  build: string;
  terms: Record<string, number[]>;
}

export const MANIFEST_FILE = 'manifest.json';
export const GLOSSARY_FILE = 'glossary.json';
export const labelFile = (n: number): string => `l-${n}.json`;
export const descriptionFile = (n: number): string => `d-${n}.json`;
export const entryFile = (n: number): string => `e-${n}.json`;
