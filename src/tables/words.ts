/**
 * The words the tables view (明细表) shows, given by the page as a prop (nivo's `label`): tables never read an
 * app dictionary, so they can be mounted anywhere with any words. The app builds them from its one message
 * catalog (src/app/i18n). Words that name the budget's unit (元 or 万元: tables show amounts as the budget
 * prints them) take the unit.
 */
import type { IncomeKey, MoneyUnit, SourceRef } from '../model/types';
import type { TableId, TableRow } from '../model/tableRows';

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
  | 'shareOfBasic'
  | 'amount'
  | 'unitCode'
  | 'unitName'
  | 'unitKind'
  | 'unit'
  | 'category'
  | 'functionalCode'
  | 'projectName';

/**
 * Links from a figure to its lines in the source view (查看原文), filled by the app per budget (tables know
 * no routes): `href` for the source note's link, `url` (absolute) for the CSV's column. Absent: no links.
 */
export interface TableSourceLink {
  text: string;
  column: string;
  href: (src: SourceRef) => string;
  url: (src: SourceRef) => string;
}

/**
 * Words added for issue 12 (the 单位 table from the model, the CSV of the whole table, the scroll cue), kept in
 * their own modules (src/app/i18n/zhTables.ts, enTables.ts) so that the catalog's edits stay small.
 */
export interface TableWordsMore {
  /** The CSV's 层级 column. */
  levelColumn: string;
  /** Totals row under a filter: the sum of the `counted` matching rows. */
  filteredTotals: (counted: number) => string;
  filteredNote: (counted: number, context: number) => string;
  /** A unit's 项目支出 as the sum of its projects; its 合计 as 基本支出 + 项目支出 (short for the CSV, long for the note). */
  projectsShort: string;
  partsShort: string;
  projectsNote: string;
  partsNote: string;
  /** A figure nobody printed and nothing computes (未列示), and what that means. */
  notPrinted: string;
  notPrintedNote: string;
  /** Under a table wider than the screen. */
  scrollHint: string;
}

export interface TableWords extends TableWordsMore {
  sourceLink?: TableSourceLink;
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
  /** Show a row's English name (nameEn, data/names-en.json) where it has one; the printed name stays in its tooltip. */
  englishNames: boolean;
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
  /**
   * Where a row's printed name is a misprint the crosswalk knows (the app's model/misprints.ts): the mark
   * shown after it (" [原文如此]") and why; null otherwise. Optional: without it nothing is marked.
   */
  misprint?: (table: TableId, code: string, name: string) => { mark: string; title: string } | null;
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

/** The name as shown: spending groups of the economic table are named by the view. */
export function displayName(r: TableRow, t: TableWords): string {
  if (r.kind === 'spending' && (r.name === 'basic' || r.name === 'project')) return t.spending[r.name];
  return t.englishNames && r.nameEn ? r.nameEn : r.name;
}
