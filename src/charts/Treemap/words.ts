/**
 * The words a treemap shows, given by the page as a prop (nivo's `label`/`valueFormat`): the chart never
 * reads an app dictionary, so it can be embedded, exported and tested with any words.
 */
import type { MoneyUnit } from '../../model/types';
import type { Measure } from '../../model/tree';
import type { TreemapMoreWords } from './moreWords';

export interface TreemapWords {
  breadcrumbLabel: string;
  breadcrumbRoot: string;
  checkDifference: string;
  close: string;
  colCode: string;
  colName: string;
  colShare: string;
  colon: string;
  drillIn: string;
  drillUp: string;
  emptyLevel: string;
  gapHelp: string;
  gapName: string;
  /**
   * Show a node's English name (nameEn, from data/names-en.json) where it has one, with the printed
   * Chinese in the tooltip; a name without English (a misprint) stays as printed.
   */
  englishNames: boolean;
  /** How an amount is shown (the page's unit: as printed, or 百万元, src/model/displayAmount.ts); formatAmount where absent. */
  formatAmount?: ((a: string) => string) | undefined;
  /** A 类's name in the interface language where it differs from the printed one (English), else undefined. */
  leiName: (code: string) => string | undefined;
  levels: Record<'root' | 'lei' | 'kuan' | 'xiang' | 'unit' | 'project', string>;
  listSep: string;
  measures: Record<Measure, string>;
  notPrinted: string;
  shareOfAll: string;
  shareOfParent: string;
  source: string;
  standardName: string;
  noUnit: string;
  unnamed: string;
  textAltCaption: (name: string, measure: string) => string;
  treemapHelp: string;
  /** On a phone, instead of treemapHelp: the tap gestures only (the first screen is for the chart). */
  treemapHelpShort: string;
  treemapTitle: (name: string) => string;
  unit: (u: MoneyUnit) => string;
  /** Legend, small-items list, misprint mark and sum notes (moreWords.ts). */
  treemapMore: TreemapMoreWords;
}
