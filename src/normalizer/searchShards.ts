/**
 * The sharded search index (data/search/…; layout in src/model/searchShards/shardTypes.ts), built at data
 * time from the normalised budgets. Pure and deterministic: the same budgets give the same files.
 *
 * Documents are those of the unsharded index (searchDocs.ts), numbered the same way. Documents with the
 * same kind, key, name, English name and description are one *entry* (the 行政运行 line of every budget),
 * so a term's postings list names once, not once per budget: at 2,000 generated budgets 157,250
 * documents are 23,000-odd entries.
 */
import { createHash } from 'node:crypto';
import type { Amount, Budget } from '../model/types';
import { SEARCH_KINDS, SEARCH_TOKENIZER } from '../model/searchTypes';
import { foldText } from '../model/searchText';
import { descriptionTerms, labelTerms } from '../model/searchShards/indexTerms';
import { fileOfTerm } from '../model/searchShards/termHash';
import {
  descriptionFile,
  entryFile,
  GLOSSARY_FILE,
  labelFile,
  MANIFEST_FILE,
  SHARDS_SCHEMA,
  type EntryFile,
  type GlossaryFile,
  type SearchManifest,
  type TermFile,
} from '../model/searchShards/shardTypes';
import { searchDocsOf, snippetOf, type Doc } from './searchDocs';

export interface ShardOptions {
  /** Entries per entry file. */
  entriesPerFile?: number;
  /** Occurrences kept per entry: the most hits a query may ask for. */
  occurrencesKept?: number;
  /** Postings per term file, on average (the number of term files follows from it). */
  postingsPerFile?: number;
}

export const SHARD_DEFAULTS: Required<ShardOptions> = { entriesPerFile: 200, occurrencesKept: 20, postingsPerFile: 4_000 };

interface Entry {
  doc: Doc;
  docs: number[];
  amounts: (Amount | '')[];
  label: Set<string>;
  description: Set<string>;
}

/** Sorted numbers → first number, then gaps. */
export function deltas(sorted: readonly number[]): number[] {
  return sorted.map((d, i) => (i === 0 ? d : d - (sorted[i - 1] as number)));
}

function termFiles(postings: Map<string, number[]>, files: number): TermFile[] {
  const out: TermFile[] = Array.from({ length: files }, (_, file) => ({ build: '', file, files, terms: {} }));
  for (const term of [...postings.keys()].sort()) {
    (out[fileOfTerm(term, files)] as TermFile).terms[term] = deltas(postings.get(term) ?? []);
  }
  return out;
}

function invert(entries: readonly Entry[], side: 'label' | 'description'): { postings: Map<string, number[]>; count: number } {
  const postings = new Map<string, number[]>();
  let count = 0;
  entries.forEach((e, n) => {
    for (const t of e[side]) {
      const list = postings.get(t);
      if (list) list.push(n);
      else postings.set(t, [n]);
      count++;
    }
  });
  return { postings, count };
}

/** File name (relative to data/search/) → JSON value. */
export function buildSearchShards(budgets: readonly Budget[], options: ShardOptions = {}): Map<string, unknown> {
  const opt = { ...SHARD_DEFAULTS, ...options };
  const entries: Entry[] = [];
  const byIdentity = new Map<string, number>();
  const docStarts: number[] = [];
  const glossary = new Map<string, number[]>();
  let doc = 0;
  budgets.forEach((b, bi) => {
    docStarts.push(doc);
    for (const d of searchDocsOf(b)) {
      const identity = JSON.stringify([d.kind, d.key, d.label, d.labelEn, d.description]);
      let n = byIdentity.get(identity);
      if (n === undefined) {
        n = entries.length;
        byIdentity.set(identity, n);
        const label = labelTerms(d.label, d.labelEn, d.key);
        entries.push({ doc: d, docs: [], amounts: [], label, description: descriptionTerms(d.description, label) });
      }
      const e = entries[n] as Entry;
      e.docs.push(doc);
      e.amounts.push(d.amount);
      if (d.kind === 'glossary') {
        const term = foldText(d.label);
        const list = glossary.get(term) ?? [];
        if (list[list.length - 1] !== bi) list.push(bi);
        glossary.set(term, list);
      }
      doc++;
    }
  });

  const labels = invert(entries, 'label');
  const descriptions = invert(entries, 'description');
  const labelCount = Math.max(1, Math.ceil(labels.count / opt.postingsPerFile));
  const descriptionCount = Math.max(1, Math.ceil(descriptions.count / opt.postingsPerFile));
  const kindIndex = new Map(SEARCH_KINDS.map((k, i) => [k, i]));

  const files = new Map<string, unknown>();
  const manifest: SearchManifest = {
    schemaVersion: SHARDS_SCHEMA,
    build: '',
    tokenizer: SEARCH_TOKENIZER,
    kinds: [...SEARCH_KINDS],
    budgets: budgets.map((b) => ({
      id: b.id,
      department: b.department,
      ...(b.departmentEn === undefined ? {} : { departmentEn: b.departmentEn }),
      year: b.year,
    })),
    docStarts: deltas(docStarts),
    docs: doc,
    entries: entries.length,
    entriesPerFile: opt.entriesPerFile,
    occurrencesKept: opt.occurrencesKept,
    labelFiles: labelCount,
    descriptionFiles: descriptionCount,
  };
  files.set(MANIFEST_FILE, manifest);
  for (const [i, f] of termFiles(labels.postings, labelCount).entries()) files.set(labelFile(i), f);
  for (const [i, f] of termFiles(descriptions.postings, descriptionCount).entries()) files.set(descriptionFile(i), f);
  for (let first = 0, i = 0; first < entries.length; first += opt.entriesPerFile, i++) {
    const slice = entries.slice(first, first + opt.entriesPerFile);
    const file: EntryFile = {
      build: '',
      first,
      kind: slice.map((e) => kindIndex.get(e.doc.kind) ?? 0),
      key: slice.map((e) => e.doc.key),
      label: slice.map((e) => e.doc.label),
      labelEn: slice.map((e) => e.doc.labelEn),
      snippet: slice.map((e) => (e.doc.description === '' ? '' : snippetOf(e.doc.description))),
      count: slice.map((e) => e.docs.length),
      docs: slice.map((e) => deltas(e.docs.slice(0, opt.occurrencesKept))),
      amounts: slice.map((e) => e.amounts.slice(0, opt.occurrencesKept)),
    };
    files.set(entryFile(i), file);
  }
  const g: GlossaryFile = { build: '', terms: {} };
  for (const term of [...glossary.keys()].sort()) g.terms[term] = deltas(glossary.get(term) ?? []);
  files.set(GLOSSARY_FILE, g);
  return stampBuild(files);
}

/** The build id (see shardTypes): a hash of every file's content with the id left empty, then written into each. */
function stampBuild(files: Map<string, unknown>): Map<string, unknown> {
  const hash = createHash('sha256');
  for (const name of [...files.keys()].sort())
    hash
      .update(name)
      .update('\0')
      .update(JSON.stringify(files.get(name)))
      .update('\0');
  const build = hash.digest('hex').slice(0, 16);
  for (const f of files.values()) (f as { build: string }).build = build;
  return files;
}
