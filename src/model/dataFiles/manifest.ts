/**
 * What the data page offers (数据下载), as one manifest written at build time (scripts/dataDownloads.ts):
 * per budget its JSON, its source text and its CSV files with their sizes; the archive of everything; the
 * data dictionary; and what each document says about the terms of its publication. Pure: the build passes
 * in the files it read, the app only reads the manifest.
 */
import type { Budget, BudgetIndex } from '../types';
import { budgetCsvFiles } from './budgetCsvFiles';
import { type DictionaryRow, dataDictionary, type JsonSchema } from './dataDictionary';
import { termLines, type TermLine } from './terms';
import { toCsv } from '../csv';

export const DOWNLOADS_DIR = 'data/downloads';
export const ARCHIVE_NAME = 'yusuan-toushi-data.zip';

export interface FileLink {
  /** Relative to the site's root (the folder of index.html): works from any sub-folder. */
  path: string;
  bytes: number;
}

export interface CsvLink extends FileLink {
  name: string;
  titleZh: string;
  titleEn: string;
  rows: number;
}

export interface BudgetDownloads {
  id: string;
  json: FileLink;
  source: FileLink;
  csv: CsvLink[];
  /** Lines where the document states terms of use or reproduction; empty where it states none. */
  terms: TermLine[];
}

export interface DownloadsManifest {
  schemaVersion: 1;
  archive: FileLink & { files: number };
  dictionaryCsv: FileLink;
  schema: FileLink;
  budgets: BudgetDownloads[];
  dictionary: DictionaryRow[];
}

export interface DownloadInput {
  index: BudgetIndex;
  budgets: ReadonlyMap<string, { json: string; budget: Budget }>;
  sources: ReadonlyMap<string, string>;
  schemaText: string;
}

const bytesOf = (s: string) => new TextEncoder().encode(s).length;

export function dictionaryCsv(rows: readonly DictionaryRow[]): string {
  return toCsv(
    ['field', 'type', 'unit', 'meaning', 'example'],
    rows.map((r) => [r.path, r.type, r.unit ?? '', r.description, r.example ?? '']),
  );
}

/** Every file of the downloads (path → text) but the archive, and the manifest's entries for them. */
export function downloadFiles(input: DownloadInput): { files: Map<string, string>; budgets: BudgetDownloads[]; dictionary: DictionaryRow[] } {
  const files = new Map<string, string>();
  const budgets: BudgetDownloads[] = [];
  for (const entry of input.index.budgets) {
    const loaded = input.budgets.get(entry.id);
    if (!loaded) throw new Error(`data/index.json lists ${entry.id}, but data/${entry.file} was not read`);
    const sourceText = input.sources.get(entry.source);
    if (sourceText === undefined) throw new Error(`data/sources/${entry.source} (source of ${entry.id}) was not read`);
    const csv: CsvLink[] = budgetCsvFiles(loaded.budget).map((f) => {
      const path = `${DOWNLOADS_DIR}/${entry.id}/${f.name}`;
      files.set(path, f.csv);
      return { path, name: f.name, titleZh: f.titleZh, titleEn: f.titleEn, rows: f.rows, bytes: bytesOf(f.csv) };
    });
    budgets.push({
      id: entry.id,
      json: { path: `data/${entry.file}`, bytes: bytesOf(loaded.json) },
      source: { path: `data/sources/${entry.source}`, bytes: bytesOf(sourceText) },
      csv,
      terms: termLines(sourceText),
    });
  }
  const first = input.index.budgets[0];
  const sample = first ? input.budgets.get(first.id)?.budget : undefined;
  const dictionary = dataDictionary(JSON.parse(input.schemaText) as JsonSchema, sample);
  files.set(`${DOWNLOADS_DIR}/dictionary.csv`, dictionaryCsv(dictionary));
  files.set(`${DOWNLOADS_DIR}/budget.schema.json`, input.schemaText);
  return { files, budgets, dictionary };
}
