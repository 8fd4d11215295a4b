/** The words of the glossary popover (名词解释): part of the message catalog (dict.ts). */
import type { TermKey } from '../glossary/terms';

export interface GlossaryWords {
  title: (term: string) => string;
  /** The term as the interface names it: the Chinese term, or in English the site's English term with it. */
  termName: (term: TermKey, zh: string) => string;
  /** This site's rendering of the document's definition in the interface language, or null (Chinese: none needed). */
  translation: (term: TermKey) => string | null;
  /** The site's own note for a term no document explains (上年结转, 政府采购), or null. */
  siteNoteText: (term: TermKey) => string | null;
  /** Above the document's own (Chinese) definition where the interface is not Chinese; empty in Chinese. */
  original: string;
  englishNote: string;
  citation: (department: string, year: number) => string;
  /** “原文第 a–b 行” / “lines a–b”. */
  lines: (a: number, b: number) => string;
  /** Around the citation's lines and document: “（…，…）” / “ (…, …)”. */
  citeOpen: string;
  citeSep: string;
  citeClose: string;
  document: string;
  borrowed: (department: string, year: number) => string;
  borrowedNoBudget: (department: string, year: number) => string;
  missingIn: (list: string) => string;
  noneDefines: string;
  siteNote: string;
  loading: string;
  loadFailed: string;
  close: string;
}
