/**
 * Terms of the interface that the documents explain in their 名词解释 (glossary): the Chinese term, and
 * the forms the documents print it in (matched after folding punctuation and quote styles, so “三公”经费
 * and "三公"经费 are one term; 002 and 004 print 机关运行经费 as 行政经费（机关运行经费）). Small on
 * purpose: it is in the first bundle, the definitions load only when a term is opened.
 */
import type { IncomeKey } from '../../model/types';

export type TermKey =
  | 'departmentBudget'
  | 'basic'
  | 'project'
  | 'threePublic'
  | 'adminCost'
  | 'meeting'
  | 'carryover'
  | 'procurement'
  | 'specialFunds'
  | 'fiscalAppropriation'
  | 'businessIncome'
  | 'operatingIncome'
  | 'otherIncome'
  | 'businessFund'
  | 'operatingSpending';

export interface TermInfo {
  /** The term as the interface names it in Chinese. */
  zh: string;
  /** Printed forms of the term in the documents' 名词解释 (compared folded). */
  aliases: readonly string[];
}

export const TERMS: Readonly<Record<TermKey, TermInfo>> = {
  departmentBudget: { zh: '部门预算', aliases: ['部门预算'] },
  basic: { zh: '基本支出', aliases: ['基本支出'] },
  project: { zh: '项目支出', aliases: ['项目支出'] },
  threePublic: { zh: '“三公”经费', aliases: ['“三公”经费', '三公经费'] },
  adminCost: { zh: '机关运行经费', aliases: ['机关运行经费', '行政经费（机关运行经费）', '行政经费'] },
  meeting: { zh: '会议费', aliases: ['会议费'] },
  // 上年结转 is printed 上年预结转 in the 2021 Haizhu documents (data/crosswalk.json).
  carryover: { zh: '上年结转', aliases: ['上年结转', '上年预结转'] },
  procurement: { zh: '政府采购', aliases: ['政府采购'] },
  specialFunds: { zh: '市级财政专项资金', aliases: ['市级财政专项资金'] },
  fiscalAppropriation: { zh: '财政拨款收入', aliases: ['财政拨款收入'] },
  businessIncome: { zh: '事业收入', aliases: ['事业收入'] },
  operatingIncome: { zh: '经营收入', aliases: ['经营收入'] },
  otherIncome: { zh: '其他收入', aliases: ['其他收入'] },
  businessFund: { zh: '用事业基金弥补收支差额', aliases: ['用事业基金弥补收支差额'] },
  operatingSpending: { zh: '经营支出', aliases: ['经营支出'] },
};

export const TERM_KEYS = Object.keys(TERMS) as TermKey[];

/** The glossary term behind an income source's label, where the documents explain one. */
export const INCOME_TERMS: Partial<Record<IncomeKey, TermKey>> = {
  business: 'businessIncome',
  operating: 'operatingIncome',
  otherIncome: 'otherIncome',
  businessFund: 'businessFund',
  carryover: 'carryover',
};
