/** Amount units (as printed / million yuan) in English. Part of en.ts. */
import type { MoneyUnit } from '../../model/types';
import type { ShownUnit } from '../../model/displayAmount';
import type { AmountWords } from './amountWords';

const AFTER: Record<ShownUnit, string> = { 元: 'yuan', 万元: '×10,000 yuan', 百万元: 'million yuan' };
/** The unit in words, with the Chinese unit where it is not plain yuan. */
const WORDS: Record<ShownUnit, string> = { 元: 'yuan (元)', 万元: '10,000 yuan (万元)', 百万元: 'million yuan (百万元)' };
const PRINTED: Record<MoneyUnit, string> = { 元: 'yuan', 万元: '×10,000 yuan' };

export const amountsEn: AmountWords = {
  toggleLabel: 'Amounts',
  printed: (u) => `As printed (${PRINTED[u]})`,
  million: 'Million yuan',
  unitAfter: (u) => AFTER[u],
  unitNote: (u) => `Amounts in ${WORDS[u]}`,
  unitShort: (u) => `In ${WORDS[u]}`,
  flowsCaption: (u) => `Money flows (text version), amounts in ${WORDS[u]}`,
  colAmount: (u) => `Amount (${AFTER[u]})`,
  convertedLong: (printed) => `Amounts in million yuan, converted exactly from the printed ${WORDS[printed]}; click a figure to see it as printed`,
  catalogNote:
    'Totals in million yuan, converted exactly from the unit each document prints (yuan 元 or 10,000 yuan 万元); each budget’s page shows its figures as printed too.',
  filesPrinted: (printed) => `CSV and JSON files keep the figures as printed, in ${WORDS[printed]}, with a unit column.`,
  shownAs: (amount, u) => `shown here as ${amount} ${AFTER[u]}`,
};
