/**
 * Names of the income sources (收入来源) by IncomeKey, in Chinese and English, for every view. Chinese
 * names of income lines in a budget are shown as printed (IncomeLine.name); these label a key where no
 * printed name is at hand, and give the English interface its words.
 */
import type { IncomeKey } from './types';

export const INCOME_NAMES_EN: Readonly<Record<IncomeKey, string>> = {
  generalPublic: 'General public budget appropriation',
  govFund: 'Government fund budget',
  stateCapital: 'State capital operations budget',
  fiscalSpecial: 'Funds in special fiscal accounts',
  business: 'Service revenue (事业收入)',
  operating: 'Operating revenue',
  otherIncome: 'Other revenue',
  superiorSubsidy: 'Subsidies from higher-level units',
  subordinateRemit: 'Remittances from subordinate units',
  businessFund: 'Drawn from the institution fund',
  carryover: 'Carried over from last year',
};

export const INCOME_NAMES_ZH: Readonly<Record<IncomeKey, string>> = {
  generalPublic: '一般公共预算拨款',
  govFund: '政府性基金预算',
  stateCapital: '国有资本经营预算',
  fiscalSpecial: '财政专户管理资金',
  business: '事业收入',
  operating: '经营收入',
  otherIncome: '其他收入',
  superiorSubsidy: '上级补助收入',
  subordinateRemit: '附属单位上缴收入',
  businessFund: '用事业基金弥补收支差额',
  carryover: '上年结转',
};

/** The income sources (收入来源) in the order the 收支总体情况表 prints them: one list for every reader and view. */
export const INCOME_ORDER: readonly IncomeKey[] = [
  'generalPublic',
  'govFund',
  'stateCapital',
  'fiscalSpecial',
  'business',
  'operating',
  'otherIncome',
  'superiorSubsidy',
  'subordinateRemit',
  'businessFund',
  'carryover',
];
