/** 数据下载 (the data page): its words in each language. Part of zh.ts / en.ts. */
import type { DocumentKind, MoneyUnit } from '../../model/types';

export interface DataPageWords {
  title: string;
  intro: string;
  amountsNote: string;
  archiveTitle: string;
  archiveLink: (size: string, files: number) => string;
  archiveHelp: string;
  budgetsTitle: string;
  budgetHeading: (department: string, year: number, kind: DocumentKind, unit: MoneyUnit) => string;
  jsonLink: (size: string) => string;
  sourceLink: (size: string) => string;
  csvTitle: string;
  csvRows: (n: number) => string;
  citeTitle: string;
  /** How to cite a budget: document, year, department, access date, the page's address. */
  /** `url` and `accessed` are '' in the page rendered at build time (no address, no reader's day yet): left out. */
  citation: (c: { department: string; region: string; year: number; kind: DocumentKind; source: string; url: string; accessed: string }) => string;
  termsTitle: string;
  termsNone: string;
  termsLine: (line: number) => string;
  dictionaryTitle: string;
  dictionaryIntro: string;
  dictionaryCsv: (size: string) => string;
  schemaLink: (size: string) => string;
  colField: string;
  colType: string;
  colUnit: string;
  colMeaning: string;
  colExample: string;
  unitAmount: string;
  unitLines: string;
  loading: string;
}
