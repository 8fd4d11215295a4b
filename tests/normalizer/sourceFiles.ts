/** The five source documents by their number, for tests that read real tables. */
import { readFileSync } from 'node:fs';

export const FILES = {
  '000': '000_30403416ceb52c30.txt',
  '001': '001_bd808bb9d23333dc.txt',
  '002': '002_d1082b6c9ab0e37a.txt',
  '003': '003_0d6200e57f68ae87.txt',
  '004': '004_90a4164a1188f86b.txt',
} as const;

export type DocNumber = keyof typeof FILES;

export function sourceText(doc: DocNumber): string {
  return readFileSync(`data/sources/${FILES[doc]}`, 'utf8');
}
