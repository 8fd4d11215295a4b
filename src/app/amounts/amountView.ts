/**
 * What a page needs to show amounts in the chosen mode (as printed, or 百万元): the shown figure, its unit
 * words, and the words given to the charts and tables (their formatters are props: the page changes the
 * formatter it passes, never the chart). Pure apart from the hook at the end.
 */
import type { Amount, MoneyUnit } from '../../model/types';
import { defaultAmountMode, effectiveAmountMode, formatShown, shownFormatter, type AmountMode } from '../../model/displayAmount';
import type { SankeyWords } from '../../charts/Sankey/words';
import type { TableWords } from '../../tables/words';
import { useAppStore } from '../../state/store';
import { selectRoute } from '../../state/selectors';
import type { Dict } from '../i18n';

export interface AmountView {
  mode: AmountMode;
  /** The figure as shown, grouped ("44.1750" / "4,417.50"). */
  text: (a: Amount | string, u: MoneyUnit) => string;
  /** The words after a shown figure ("百万元", "million yuan"; in printed mode the catalog's Dict.unit). */
  unit: (u: MoneyUnit) => string;
  /** "单位：百万元" / "In million yuan (百万元)" (printed mode: Dict.unitShort). */
  unitShort: (u: MoneyUnit) => string;
  /** The page's unit line (printed mode: Dict.unitLong). */
  unitLong: (u: MoneyUnit) => string;
  /** A column head with the unit (printed mode: Dict.colAmount). */
  colAmount: (u: MoneyUnit) => string;
}

export function amountView(t: Dict, mode: AmountMode): AmountView {
  const a = t.amounts;
  if (mode === 'printed')
    return { mode, text: (x, u) => formatShown(x, u, mode), unit: t.unit, unitShort: t.unitShort, unitLong: t.unitLong, colAmount: t.colAmount };
  return {
    mode,
    text: (x, u) => formatShown(x, u, mode),
    unit: () => a.unitAfter('百万元'),
    unitShort: () => a.unitShort('百万元'),
    unitLong: (u) => a.convertedLong(u),
    colAmount: () => a.colAmount('百万元'),
  };
}

/** The Sankey's words for a budget printed in `unit`: in 百万元 mode its figures and unit words converted. */
export function sankeyWordsFor(t: Dict, mode: AmountMode, unit: MoneyUnit): SankeyWords {
  if (mode === 'printed') return t.sankey;
  const a = t.amounts;
  return {
    ...t.sankey,
    formatAmount: shownFormatter(unit, mode),
    printedUnitAfter: t.sankey.unitAfter,
    unitAfter: () => a.unitAfter('百万元'),
    unitNote: () => a.unitNote('百万元'),
    amount: () => a.colAmount('百万元'),
    tableCaption: () => a.flowsCaption('百万元'),
  };
}

/**
 * The tables' words: cells and the unit beside the title in the mode; the source note (Dict.tables.unitAfter)
 * and the CSV (unitValue) keep the printed unit, as they keep the printed figure.
 */
export function tableWordsFor(t: Dict, mode: AmountMode, unit: MoneyUnit): TableWords {
  if (mode === 'printed') return t.tables;
  return { ...t.tables, formatAmount: shownFormatter(unit, mode), unitNote: () => t.amounts.unitNote('百万元') };
}

/** The mode on screen: the budget route's `amounts`, else the language's default; other pages print as printed. */
export function useAmountMode(): AmountMode {
  const route = useAppStore(selectRoute);
  return route.page === 'budget' || route.page === 'compare' ? effectiveAmountMode(route.lang, route.amounts) : 'printed';
}

/**
 * The mode for figures outside a budget's own views (department trend, search hits): the budget route's
 * choice where there is one, else the language's default (English: 百万元), as the catalog and region pages.
 */
export function usePageAmountMode(): AmountMode {
  const route = useAppStore(selectRoute);
  return route.page === 'budget' || route.page === 'compare' ? effectiveAmountMode(route.lang, route.amounts) : defaultAmountMode(route.lang);
}
