/**
 * 资金流向 (Sankey) and 明细表 (tables) in English: the words the app gives these views as props (they never
 * read the catalog themselves). Part of en.ts.
 */
import { sankeyReadEn } from './enSankey';
import type { SankeyWords } from '../../charts/Sankey/words';
import type { TableWords } from '../../tables/words';
import { tablesMoreEn } from './enTables';
import type { MoneyUnit } from '../../model/types';
import { ECONOMIC_CLASS_NAMES } from '../../model/economicClassNames';
import { INCOME_NAMES_EN } from '../../model/incomeNames';

/** “lines a–b”: the one line-range formatter (“… of the document” where the sentence names the document). */
export const linesEn = (a: number, b: number): string => (a === b ? `line ${a}` : `lines ${a}–${b}`);

/** The unit in words: “yuan (元)”, “10,000 yuan (万元)”. */
const unitWords = (u: MoneyUnit): string => (u === '元' ? 'yuan (元)' : '10,000 yuan (万元)');
/** After an amount: “3,286,618,082.20 yuan”, “5,921.56 ×10,000 yuan”. */
const unitAfter = (u: MoneyUnit): string => (u === '元' ? 'yuan' : '×10,000 yuan');

export const sankeyEn: SankeyWords = {
  read: sankeyReadEn,
  htmlLang: 'en',
  title: 'Where the money goes',
  caption: 'Income sources → basic / project spending → economic classes',
  showKuan: 'Show economic sub-classes (款)',
  partIncome: '① Income sources → basic / project spending',
  partSpending: '② Basic / project spending → economic classes (same scale as above)',
  showTable: 'Show flows as a table',
  hideTable: 'Hide the flows table',
  tableCaption: (u) => `Money flows (text version), amounts in ${unitWords(u)}`,
  from: 'From',
  to: 'To',
  basis: 'Basis',
  issuesTitle: 'Problems in the source data (shown as printed, not adjusted)',
  issueLine: (issue, subject, expected, actual, difference) => `${issue}${subject ? ` (${subject})` : ''}: ${expected} / ${actual}, difference ${difference}`,
  error: 'The Sankey diagram cannot be drawn: ',
  empty: 'This budget has no flows to draw.',
  sources: 'Source',
  lines: linesEn,
  listSep: ', ',
  enumSep: ', ',
  more: (n) => `and ${n} more`,
  inflow: 'In',
  outflow: 'Out',
  shareOf: (name, pct) => `${pct} of “${name}”`,
  hint: 'Hover or tap a flow or node to see its amount; Tab moves through them.',
  close: 'Close',
  rule: {
    single: 'There is one income source; its split follows from the budget balance.',
    fundTables: 'The split of each income source comes from the per-fund spending tables.',
    projectFunding: 'Project funding by source comes from the project table; the remaining income pays basic spending (budget balance).',
    pool: 'The document gives no split of each income source between basic and project spending that adds up, so the sources meet in “All income (split by source not itemised)”; nothing is estimated.',
    none: '',
  },
  unitNote: (u) => `Amounts in ${unitWords(u)}`,
  amount: (u) => (u === '元' ? 'Amount (yuan)' : 'Amount (10,000 yuan)'),
  unitAfter,
  imbalance: (name, inflow, outflow) => `Node “${name}”: inflow ${inflow} ≠ outflow ${outflow}`,
  spending: { basic: 'Basic spending', project: 'Project spending' },
  notes: {
    incomeSplitUnknown: {
      label: 'All income (split by source not itemised)',
      explain:
        'The document gives no split of each income source between basic and project spending that adds up, so the sources are pooled here; nothing is estimated.',
    },
    economicNotItemised: {
      label: 'Not itemised by economic class in the source',
      explain: 'The document prints this spending total but does not break (all of) it down by economic class.',
    },
    kuanNotItemised: {
      label: 'Not itemised to sub-class (款) in the source',
      explain: 'The document prints the class total but does not break (all of) it down into sub-classes.',
    },
    incomeExceedsSpending: {
      label: 'Gap: income exceeds basic + project spending (the source does not balance)',
      explain: 'The income lines add up to more than basic + project spending. The difference is shown as printed, not adjusted.',
    },
    spendingExceedsIncome: {
      label: 'Gap: spending exceeds listed income (the source does not balance)',
      explain: 'Basic + project spending add up to more than the income lines. The difference is shown as printed, not adjusted.',
    },
    economicExceedsSpending: {
      label: 'Gap: economic classes exceed the spending total (the source does not balance)',
      explain: 'The economic classes add up to more than the spending total printed for them.',
    },
    kuanExceedsClass: {
      label: 'Gap: sub-classes exceed their class (the source does not balance)',
      explain: 'The sub-classes add up to more than their class.',
    },
  },
  derivation: {
    printed: 'As printed in the source',
    sum: 'Exact sum of printed figures',
    balance: 'Fixed by the budget balance (income = basic + project spending)',
    remainder: 'Printed total minus printed parts (exact)',
  },
  issues: {
    INCOME_LINES_NOT_TOTAL: 'Income sources do not add up to the printed total income',
    SPENDING_PARTS_NOT_TOTAL: 'Basic + project spending differ from the printed total spending',
    INCOME_NOT_SPENDING: 'Income sources differ from basic + project spending (see the gap node)',
    ECONOMIC_EXCEEDS_SPENDING: 'Economic classes exceed the spending total (see the gap node)',
    KUAN_EXCEEDS_CLASS: 'Sub-classes exceed their class (see the gap node)',
    NEGATIVE_AMOUNT: 'A negative amount cannot be drawn as a flow and is left out (figures below)',
  },
  incomeName: (key) => INCOME_NAMES_EN[key],
  englishNames: true,
  className: (code, printed) => ECONOMIC_CLASS_NAMES[code]?.en ?? printed,
};

export const tablesEn: TableWords = {
  htmlLang: 'en',
  columns: {
    code: 'Code',
    functionalName: 'Function',
    economicName: 'Economic class',
    govCode: 'Government economic class',
    total: 'Total',
    basic: 'Basic',
    project: 'Project',
    share: 'Share',
    shareOfBasic: 'Share of basic',
    amount: 'Amount',
    unitCode: 'Unit code',
    unitName: 'Unit',
    unitKind: 'Unit type',
    unit: 'Unit',
    category: 'Category',
    functionalCode: 'Function code',
    projectName: 'Project',
  },
  title: 'Tables',
  tabs: { functional: 'By function', economic: 'By economic class', units: 'Sub-units', projects: 'Projects' },
  tablistLabel: 'Choose a table',
  filter: 'Filter',
  filterPlaceholder: 'Filter by code or name',
  csv: 'Download CSV (as shown)',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  expand: 'Expand',
  collapse: 'Collapse',
  totals: 'Total (sum of rows)',
  printedTotals: 'Total as printed',
  difference: 'difference',
  partial: 'partial: some rows print no figure',
  computedMark: ' (computed)',
  noRows: 'No rows match the filter.',
  scope: 'Scope',
  department: 'Whole department',
  spending: { basic: 'Basic spending', project: 'Project spending' },
  englishNames: true,
  sortAsc: 'ascending',
  sortDesc: 'descending',
  detail: { content: 'Content', targets: 'Performance targets', indicators: 'Indicators' },
  showDetail: 'Project details',
  source: 'Source',
  table: 'Table',
  lines: linesEn,
  document: 'Document',
  enumSep: ', ',
  clauseSep: '; ',
  computedNote: 'The document prints no such figure: this is the exact sum of the rows below.',
  computedShort: 'computed: sum of the rows below (not printed)',
  unitsNote: 'The document prints this code once per sub-unit; this is the exact sum over the sub-units.',
  unitsShort: 'computed: same code added over sub-units (printed per unit)',
  totalNote: 'The exact sum of the table’s top-level rows.',
  close: 'Close',
  sourceOf: (what) => `Source of “${what}”`,
  rows: (n) => `${n} rows`,
  focused: (label) => `Found: ${label} (marked in the table)`,
  focusMissing: (key) => `The row ${key} named in the link is not in this table.`,
  unitNote: (u) => `Amounts in ${unitWords(u)}`,
  unitColumn: 'Unit of amounts',
  unitValue: unitWords,
  unitAfter,
  incomeName: (key) => INCOME_NAMES_EN[key],
  ...tablesMoreEn,
};
