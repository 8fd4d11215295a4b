/**
 * The words of the compare page (比较预算) and its embed: part of the message catalog (dict.ts), in zh.ts /
 * en.ts through zhCompare.ts / enCompare.ts.
 */
import type { Measure } from '../../model/tree';
import type { CellBasis } from '../../model/compare';
import type { IncomeKey, MoneyUnit } from '../../model/types';
import type { ShownUnit } from '../../model/displayAmount';
import type { SectionId } from '../compare/compareView';

export interface CompareWords {
  title: string;
  intro: string;
  pickerTitle: string;
  pickerHelp: string;
  pickerApply: string;
  pickAtLeastTwo: string;
  pickMax: (n: number) => string;
  unknownIds: (ids: string) => string;
  pickLabel: (department: string, year: number) => string;
  sections: Record<SectionId, string>;
  measureLabel: string;
  measures: Record<Measure, string>;
  colLine: string;
  colDiff: (from: string, to: string) => string;
  diffShort: (from: string, to: string) => string;
  colCombined: string;
  notPrinted: string;
  cannotDiff: string;
  shareNote: Record<SectionId, string>;
  flags: { renamed: string; missing: string; moved: string };
  printedAs: (year: number, name: string) => string;
  misprint: string;
  /** Before the crosswalk's reason. */
  reasonLabel: string;
  /** The page's language: the crosswalk's reason in it (reasonZh on the Chinese page, reason on the English). */
  reasonIn: 'zh' | 'en';
  /** Before a reason the crosswalk gives only in English, shown folded on the Chinese page. */
  reasonLabelEnglish: string;
  noReason: string;
  missingIn: (labels: string) => string;
  movedTo: (codes: string) => string;
  basis: Record<Exclude<CellBasis, 'printed'>, (n: number) => string>;
  basisShort: Record<Exclude<CellBasis, 'printed'>, string>;
  unitsAdded: (label: string) => string;
  economicCoverage: (label: string, covered: string, total: string, spending: string, unit: ShownUnit) => string;
  economicNone: (label: string, spending: string) => string;
  containmentTitle: string;
  containment: (part: string, whole: string, unitCode: string) => string;
  partOfDiff: string;
  sameDepartment: (a: string, b: string) => string;
  duplicate: (id: string) => string;
  combineBlocked: string;
  combineWhy: Record<'CONTAINMENT' | 'DUPLICATE_BUDGET' | 'SAME_DEPARTMENT', string>;
  combineOffer: string;
  combinedMissing: (labels: string) => string;
  expandAll: string;
  collapseAll: string;
  expand: (name: string) => string;
  collapse: (name: string) => string;
  csv: string;
  legend: string;
  /** Budgets printed in different units: every figure converted exactly to `unit`; `list` says who prints what. */
  converted: (list: string, unit: ShownUnit) => string;
  /** "A 2026: 元" in the list of the conversion note. */
  printsIn: (label: string, unit: MoneyUnit) => string;
  /** The printed figure of a converted cell. */
  printedFigure: (amount: string, unit: MoneyUnit) => string;
  colon: string;
  /** Between clauses of a list (“；” / “; ”). */
  clauseSep: string;
  /** A flag written after a bar's label (“［名称不同］”). */
  flag: (name: string) => string;
  /** An income line: its printed name, or in English its English name (with the printed one where it differs). */
  incomeLine: (key: IncomeKey, printed: string) => string;
  /** Heads of the CSV's columns besides the sections' own. */
  csvHead: { section: string; code: string; amount: (label: string, id: string, unit: ShownUnit) => string; share: (label: string) => string; notes: string };
  notDrawn: (n: number) => string;
  source: string;
  showSource: (what: string) => string;
  unnamed: string;
  /** Show English names (data/names-en.json) of lines and departments where there are some. */
  englishNames: boolean;
  totalsNames: Record<Measure, string>;
  embedTitle: (labels: string) => string;
  embedIntro: string;
  /** The 嵌入 button on each section of the full compare page, and its accessible name. */
  embedSectionButton: string;
  embedSection: (title: string) => string;
  credit: (list: string) => string;
  budgetLabel: (department: string, year: number) => string;
  viewBudget: string;
}
