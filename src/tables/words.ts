/**
 * The words the tables view (明细表) shows, given by the page as a prop (nivo's `label`): tables never read an
 * app dictionary, so they can be mounted anywhere with any words. The app builds them from its one message
 * catalog (src/app/i18n). Words that name the budget's unit (元 or 万元: tables show amounts as the budget
 * prints them) take the unit.
 */
import type { IncomeKey, MoneyUnit } from '../model/types';
import type { TableId } from '../model/tableRows';

/** The column label keys of src/model/tableRows.ts (ColumnSpec.label). */
export type TableColumnKey =
  | 'code'
  | 'functionalName'
  | 'economicName'
  | 'govCode'
  | 'total'
  | 'basic'
  | 'project'
  | 'share'
  | 'amount'
  | 'unitCode'
  | 'unitName'
  | 'unitKind'
  | 'unit'
  | 'category'
  | 'functionalCode'
  | 'projectName';

export interface TableWords {
  /** The `lang` attribute of the view ("zh-CN", "en"). */
  htmlLang: string;
  columns: Record<TableColumnKey, string>;
  title: string;
  tabs: Record<TableId, string>;
  tablistLabel: string;
  filter: string;
  filterPlaceholder: string;
  csv: string;
  expandAll: string;
  collapseAll: string;
  expand: string;
  collapse: string;
  totals: string;
  printedTotals: string;
  difference: string;
  partial: string;
  computedMark: string;
  noRows: string;
  scope: string;
  department: string;
  spending: { basic: string; project: string };
  sortAsc: string;
  sortDesc: string;
  detail: { content: string; targets: string; indicators: string };
  showDetail: string;
  source: string;
  table: string;
  /** "第 a–b 行" / "lines a–b": the one line-range formatter of the catalog. */
  lines: (a: number, b: number) => string;
  document: string;
  /** Between line ranges (“、” / “, ”) and between tables in the CSV's source column (“；” / “; ”). */
  enumSep: string;
  clauseSep: string;
  computedNote: string;
  computedShort: string;
  unitsNote: string;
  unitsShort: string;
  totalNote: string;
  close: string;
  sourceOf: (what: string) => string;
  rows: (n: number) => string;
  focused: (label: string) => string;
  focusMissing: (key: string) => string;
  /** "单位：万元" beside the title. */
  unitNote: (u: MoneyUnit) => string;
  /** The CSV's unit column: its head and its value. */
  unitColumn: string;
  unitValue: (u: MoneyUnit) => string;
  /** After an amount ("万元", "×10,000 yuan"). */
  unitAfter: (u: MoneyUnit) => string;
  /**
   * How an amount in a cell is shown (the page's unit: as printed, or 百万元, src/model/displayAmount.ts);
   * formatAmount where absent. The source note and the CSV keep the printed figure.
   */
  formatAmount?: ((a: string) => string) | undefined;
  /** An income source's column: its printed name, or the interface language's name of its key. */
  incomeName: (key: IncomeKey, printed: string) => string;
}

/** Column header: a known label key, or (funding columns) the income source's name. */
export function columnLabel(label: string, t: TableWords, incomeKey?: IncomeKey): string {
  if (incomeKey) return t.incomeName(incomeKey, label);
  return (t.columns as Record<string, string>)[label] ?? label;
}
