/**
 * Amounts as printed or in 百万元 (million yuan): the toggle on a budget page and the unit words of shown
 * figures. Part of zh.ts / en.ts. The printed units keep their words in the main catalog (Dict.unit); these
 * take a ShownUnit, which may be 百万元.
 */
import type { MoneyUnit } from '../../model/types';
import type { ShownUnit } from '../../model/displayAmount';

export interface AmountWords {
  /** The toggle's legend. */
  toggleLabel: string;
  /** The toggle's two choices: the printed unit (named) and 百万元. */
  printed: (u: MoneyUnit) => string;
  million: string;
  /** After a shown figure: "百万元" / "million yuan" (or the printed unit's words). */
  unitAfter: (u: ShownUnit) => string;
  /** Beside a chart or table: "单位：百万元" / "Amounts in million yuan (百万元)". */
  unitNote: (u: ShownUnit) => string;
  /** Under an exported chart's title: "单位：百万元" / "In million yuan". */
  unitShort: (u: ShownUnit) => string;
  /** The Sankey's flows table caption, with the unit. */
  flowsCaption: (u: ShownUnit) => string;
  /** A column head with the unit: "金额（百万元）" / "Amount (million yuan)". */
  colAmount: (u: ShownUnit) => string;
  /** The page's unit line in million mode: converted from the printed unit, exactly. */
  convertedLong: (printed: MoneyUnit) => string;
  /** The catalog's caption in 百万元 mode: every total converted from its document's own unit. */
  catalogNote: string;
  /** In million mode, beside the data downloads: files keep the printed figures and their unit. */
  filesPrinted: (printed: MoneyUnit) => string;
  /** In the 数字出处 popover, after the printed figure: how it is shown on the page. */
  shownAs: (amount: string, u: ShownUnit) => string;
}
