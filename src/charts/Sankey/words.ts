/**
 * The words a Sankey shows, given by the page as a prop (nivo's `label`/`valueFormat`): the chart never reads
 * an app dictionary, so it can be embedded, exported and tested with any words. The app builds them from its
 * one message catalog (src/app/i18n). Words that name the budget's unit (元 or 万元: the chart shows amounts as
 * the budget prints them) take the unit.
 */
import type { IncomeKey, MoneyUnit, Spending } from '../../model/types';
import type { SankeyReadWords } from './readWords';
import type { IncomeSplitRule, SankeyDerivation, SankeyGraphNode, SankeyIssueCode, SankeyNoteKind } from '../../model/sankeyGraph';

export interface SankeyWords {
  /** The `lang` attribute of the chart ("zh-CN", "en"). */
  htmlLang: string;
  title: string;
  caption: string;
  showKuan: string;
  partIncome: string;
  partSpending: string;
  showTable: string;
  hideTable: string;
  /** The flows table's caption, with the unit. */
  tableCaption: (u: MoneyUnit) => string;
  from: string;
  to: string;
  basis: string;
  issuesTitle: string;
  /** One line of the issues list: what, about what, the two figures and their difference. */
  issueLine: (issue: string, subject: string | undefined, expected: string, actual: string, difference: string) => string;
  error: string;
  empty: string;
  sources: string;
  /** "第 a–b 行" / "lines a–b": the one line-range formatter of the catalog. */
  lines: (a: number, b: number) => string;
  /** Between a table's name and its lines. */
  listSep: string;
  /** Between line ranges (“、” / “, ”). */
  enumSep: string;
  more: (n: number) => string;
  inflow: string;
  outflow: string;
  shareOf: (name: string, pct: string) => string;
  hint: string;
  close: string;
  rule: Record<IncomeSplitRule, string>;
  /** "单位：万元" beside the caption. */
  unitNote: (u: MoneyUnit) => string;
  /** The amount column's head. */
  amount: (u: MoneyUnit) => string;
  /** After an amount ("万元", "×10,000 yuan"). */
  unitAfter: (u: MoneyUnit) => string;
  /**
   * The printed unit's word, where unitAfter names another (百万元 mode): a rounding gap is a fact about the
   * printed digits (0.01 万元), so it is said with the printed figures in the printed unit. Absent: unitAfter.
   */
  printedUnitAfter?: (u: MoneyUnit) => string;
  /** How a flow's or node's amount is shown (the page's unit: as printed, or 百万元); formatAmount where absent. */
  formatAmount?: (a: string) => string;
  imbalance: (name: string, inflow: string, outflow: string, u: MoneyUnit) => string;
  /** 基本支出 / 项目支出 nodes. */
  spending: Record<Spending, string>;
  /** Nodes the document does not itemise (来源未细分) and gaps: their label and what they mean. */
  notes: Record<SankeyNoteKind, { label: string; explain: string }>;
  /** How a figure is known: printed, an exact sum, the budget balance, a remainder. */
  derivation: Record<SankeyDerivation, string>;
  issues: Record<SankeyIssueCode, string>;
  /** An income source's label: its printed name, or the interface language's name of its key. */
  incomeName: (key: IncomeKey, printed: string) => string;
  /** A 经济分类 类's label: its printed name, or the standard name of its code (in the interface language). */
  className: (code: string, printed: string) => string;
  /** Show a line's English name (nameEn, data/names-en.json) where it has one; the printed name stays in the tooltip. */
  englishNames: boolean;
  /**
   * The mark after a printed name the crosswalk knows to be a misprint (印刷错误, the app's model/misprints.ts:
   * " [原文如此]"), '' for any other; absent: nothing is marked. Income sources by key, 经济分类 by code.
   */
  misprintMark?: (scheme: 'income' | 'economic', code: string, printed: string) => string;
  /** Rounding gaps said in text, a dropped pass-through column, a scrolling chart (readWords.ts). */
  read: SankeyReadWords;
}

/** The label of a node: printed Chinese names stay as printed; the chart's own nodes are named by the words. */
export function nodeLabel(node: SankeyGraphNode, t: SankeyWords): string {
  // A printed name shown as printed keeps its misprint mark (the treemap's and the tables' [原文如此]).
  const mark = (scheme: 'income' | 'economic', code: string | undefined) => (code && t.misprintMark ? t.misprintMark(scheme, code, node.name) : '');
  switch (node.kind) {
    case 'income':
      return node.incomeKey ? `${t.incomeName(node.incomeKey, node.name)}${mark('income', node.incomeKey)}` : node.name;
    case 'spending':
      return node.spending ? t.spending[node.spending] : node.name;
    case 'economicClass':
      if (t.englishNames && node.nameEn) return `${node.code ?? ''} ${node.nameEn}`.trim();
      return `${node.code ?? ''} ${node.code ? t.className(node.code, node.name) : node.name}${mark('economic', node.code)}`.trim();
    case 'economicItem':
      if (t.englishNames && node.nameEn) return `${node.code ?? ''} ${node.nameEn}`.trim();
      return `${node.code ?? ''} ${node.name}${mark('economic', node.code)}`.trim();
    case 'unitemised':
      // One per 类 in the 款 column: the code says which 类 it belongs to.
      return `${node.code ?? ''} ${node.note ? t.notes[node.note].label : node.name}`.trim();
    case 'pool':
    case 'gap':
      return node.note ? t.notes[node.note].label : node.name;
  }
}
