/** The data page in English. Part of en.ts. */
import type { DataPageWords } from './dataPageWords';

const KIND = { budget: 'department budget (部门预算)', unitBudget: 'unit budget (单位预算)', final: 'final account (部门决算)' } as const;
const KIND_TITLE = { budget: 'Department budget (部门预算)', unitBudget: 'Unit budget (单位预算)', final: 'Final account (部门决算)' } as const;
const UNIT = { 元: 'yuan', 万元: '10,000 yuan' } as const;

export const dataPageEn: DataPageWords = {
  title: 'Data downloads',
  intro:
    "Everything on this site can be downloaded: each budget's full JSON, CSV per table, the source text, and one archive of everything. Every figure carries its source table and line numbers.",
  amountsNote:
    'Amounts are the figures as printed (spaces and thousands separators removed), in the unit given by the amount_unit column or the unit field; nothing is converted, estimated or rounded. An empty cell means the document does not print that figure: it is not zero. CSV files are UTF-8 with a byte-order mark (Excel opens them directly).',
  archiveTitle: 'Everything',
  archiveLink: (size, files) => `Download the archive (ZIP, ${size}, ${files} files)`,
  archiveHelp: 'The catalog, every budget as JSON and CSV, the source texts, the data dictionary, the JSON Schema and a README.txt.',
  budgetsTitle: 'Budgets',
  budgetHeading: (department, year, kind, unit) => `${department} ${year}, ${KIND[kind]} (unit: ${UNIT[unit]})`,
  jsonLink: (size) => `Full data, JSON (${size})`,
  sourceLink: (size) => `Source text (${size})`,
  csvTitle: 'CSV per table',
  csvRows: (n) => `${n} rows`,
  citeTitle: 'How to cite',
  citation: ({ department, region, year, kind, source, url, accessed }) =>
    `${department} (${year}). ${KIND_TITLE[kind] ?? ''}, ${region}, source file ${source}. Compiled by Budget Lens (预算透视)${url ? `, ${url}` : ''}${accessed ? `, accessed ${accessed}` : ''}.`,
  termsTitle: 'Terms of use',
  termsNone: 'The document states no terms of use or reproduction.',
  termsLine: (line) => `source line ${line}`,
  dictionaryTitle: 'Data dictionary',
  dictionaryIntro:
    "The fields of each budget's JSON, generated from the JSON Schema; meanings come from the data model's comments, examples from the first budget.",
  dictionaryCsv: (size) => `Data dictionary, CSV (${size})`,
  schemaLink: (size) => `JSON Schema (${size})`,
  colField: 'Field',
  colType: 'Type',
  colUnit: 'Unit',
  colMeaning: 'Meaning',
  colExample: 'Example',
  unitAmount: 'yuan or 10,000 yuan (see unit)',
  unitLines: 'source line numbers',
  loading: 'Loading the list of downloads…',
};
