/**
 * 收入项目: the income vocabulary of the summary tables (收支总表 and its national twins), one list for every
 * layout we know. Both the Guangzhou line readers and the national grid readers match labels here, so a
 * new wording is one line of data.
 */
import type { IncomeKey } from '../../model/types';
import { squash } from '../cells';

/** What an income label stands for: a source (IncomeKey), a subtotal, or a total line. */
export type IncomeKind = IncomeKey | 'fiscal' | 'otherFunds' | 'thisYear' | 'total';

// 收入项目 as printed in every layout we know, matched against the label with its ordinal removed,
// squashed and with full-width parentheses folded. Order matters: longer wordings first.
const INCOME_LABELS: readonly { kind: IncomeKind; re: RegExp }[] = [
  { kind: 'fiscal', re: /^(?:财政拨款收入\(财政补助收入\)|财政拨款收入|财政拨款|预算拨款|财政补助收入)/u },
  { kind: 'generalPublic', re: /^一般公共预算(?:拨款|收入)?/u },
  { kind: 'govFund', re: /^政府性基金(?:预算)?(?:拨款|收入)?/u },
  { kind: 'stateCapital', re: /^国有资本经营预算(?:拨款|收入)?/u },
  { kind: 'fiscalSpecial', re: /^财政专户(?:管理资金|拨款)(?:收入)?/u },
  { kind: 'business', re: /^事业收入(?:\(不含[^)]*\))?/u },
  { kind: 'operating', re: /^(?:事业单位)?经营收入/u },
  { kind: 'otherFunds', re: /^其他资金(?:收入)?/u },
  { kind: 'otherIncome', re: /^其他收入/u },
  { kind: 'superiorSubsidy', re: /^上级补助收入/u },
  { kind: 'subordinateRemit', re: /^附属单位上缴收入/u },
  { kind: 'businessFund', re: /^用事业基金弥补收支(?:差额|总额)/u },
  { kind: 'carryover', re: /^上年(?:预)?结转(?:结余)?/u },
  { kind: 'thisYear', re: /^本年收入合计/u },
  { kind: 'total', re: /^收入总计/u },
];

// 一、 (top level) or （一） (a part of the line above). Matched on the folded label.
export const ORDINAL = /^(?:([一二三四五六七八九十]+)、|\(([一二三四五六七八九十]+)\))/u;

/** Squash and fold full-width parentheses, for matching only (labels are kept as printed). */
export function fold(s: string): string {
  return squash(s).replace(/（/gu, '(').replace(/）/gu, ')');
}

export interface IncomeMatch {
  kind: IncomeKind;
  /** Length of the label in the squashed text (folding keeps lengths). */
  length: number;
  /** 1 for 一、, 2 for （一）, 0 for lines printed without an ordinal (合计, 上年预结转 in some layouts). */
  level: number;
  /** Length of the ordinal prefix. */
  ordinal: number;
}

export function matchIncome(squashed: string): IncomeMatch | null {
  const folded = fold(squashed);
  const ord = ORDINAL.exec(folded);
  const ordinal = ord ? ord[0].length : 0;
  const rest = folded.slice(ordinal);
  for (const { kind, re } of INCOME_LABELS) {
    const m = re.exec(rest);
    // "二十一、国有资本经营预算支出" is an expenditure line, not 国有资本经营预算 income.
    if (m && !rest.slice(m[0].length).startsWith('支出')) {
      return { kind, length: ordinal + m[0].length, level: ord ? (ord[1] ? 1 : 2) : 0, ordinal };
    }
  }
  return null;
}
