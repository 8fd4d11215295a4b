/**
 * One way for tests to read the source documents (data/sources/*.txt, the citation of every figure) and to
 * run one table of a text through the normalizer's front end (toDocument → segment → assembleRows), the
 * way every reader receives it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TableKind } from '../../src/model/types';
import type { Facts, TableContext, TableReader } from '../../src/normalizer/facts';
import type { Warning } from '../../src/normalizer/messages';
import { assembleRows } from '../../src/normalizer/rows';
import { segment, toDocument } from '../../src/normalizer/segment';

export const SOURCES_DIR = join(process.cwd(), 'data', 'sources');

/** The source documents by their number. */
export const FILES = {
  '000': '000_30403416ceb52c30.txt',
  '001': '001_bd808bb9d23333dc.txt',
  '002': '002_d1082b6c9ab0e37a.txt',
  '003': '003_0d6200e57f68ae87.txt',
  '004': '004_90a4164a1188f86b.txt',
  '005': '005_sh-putuo-jianguanwei-budget-2026.txt',
  '006': '006_sh-putuo-wenlvju-final-2025.txt',
  '007': '007_sh-putuo-shiquan-final-2025.txt',
} as const;

export type DocNumber = keyof typeof FILES;

/** Every *.txt in data/sources. */
export const sourceFiles = (): string[] =>
  readdirSync(SOURCES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();

const cache = new Map<string, string>();

/** A source's text, by its number ("001") or its file name. */
export function sourceText(doc: DocNumber | string): string {
  const file = (FILES as Record<string, string>)[doc] ?? doc;
  let text = cache.get(file);
  if (text === undefined) {
    text = readFileSync(join(SOURCES_DIR, file), 'utf8');
    cache.set(file, text);
  }
  return text;
}

/** Line n (1-based, as every `src.lines` counts) of a source. */
export function sourceLine(doc: DocNumber | string, n: number): string {
  return sourceText(doc).split('\n')[n - 1] ?? '';
}

/** The amount as a token on the line, once separators and the spaces inside a figure are gone ("3 , 750. 53" → "3750.53"). */
export function printedOn(line: string, amount: string): boolean {
  const squeezed = line
    .normalize('NFKC')
    .replace(/(\d)\s*,\s*(?=\d)/gu, '$1')
    .replace(/(\d)\s*\.\s*(?=\d)/gu, '$1.');
  const escaped = amount.replace('.', '\\.');
  return new RegExp(`(?<![\\d.])${escaped}(?![\\d])`, 'u').test(squeezed);
}

/** Whether `amount` is printed on one of lines first..last of a source. */
export function printedOnLines(doc: DocNumber | string, [first, last]: readonly [number, number], amount: string): boolean {
  for (let n = first; n <= last; n++) if (printedOn(sourceLine(doc, n), amount)) return true;
  return false;
}

/** The first table of `kind` in a text, as a reader gets it; `warnings` collects what the reader warns. */
export function tableContext(source: string, text: string, kind: TableKind): { ctx: TableContext; warnings: Warning[] } {
  const doc = toDocument(source, text);
  const table = segment(doc).find((t) => t.kind === kind);
  if (!table) throw new Error(`no ${kind} table in ${source}`);
  const warnings: Warning[] = [];
  return { ctx: { doc, table, rows: assembleRows(table.body).rows, warn: (w) => warnings.push(w) }, warnings };
}

/** Run a reader on the first table of `kind` in a text; a refusal fails the test with its reason. */
export function readTable(source: string, text: string, kind: TableKind, reader: TableReader): { facts: Facts; warnings: Warning[]; ctx: TableContext } {
  const { ctx, warnings } = tableContext(source, text, kind);
  const result = reader(ctx);
  if (!result.ok) throw new Error(result.reason);
  return { facts: result.value, warnings, ctx };
}
