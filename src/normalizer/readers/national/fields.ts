/**
 * The synonym table of the national template's column headers: one entry per field, every wording we
 * have seen (预算 and 决算, each year), matched on the table's squashed header text. A new wording is a line
 * here, not code. `order` is the printed order of the template (a wrapped header — "对附属单位补" / "助支出"
 * — does not keep its words in reading order, so the order comes from the template, the presence from
 * the header).
 */
import type { TableKind } from '../../../model/types';

export type Field =
  | 'total'
  | 'basic'
  | 'project'
  | 'remitToSuperior'
  | 'operating'
  | 'subsidiaryGrants'
  | 'fiscal'
  | 'superiorSubsidy'
  | 'business'
  | 'operatingIncome'
  | 'subordinateRemit'
  | 'otherIncome'
  | 'carriedIn'
  | 'incomeThisYear'
  | 'carriedOut';

/** Header words of each field (squashed; a wrapped word may be cut, so the pattern is its first part). */
export const FIELD_WORDS: Record<Field, RegExp> = {
  total: /合计|小计/u,
  basic: /基本支出/u,
  project: /项目支出/u,
  remitToSuperior: /上缴上级支出/u,
  operating: /(?<!事业单位)经营支出/u,
  subsidiaryGrants: /对附属单位补/u,
  fiscal: /财政拨款收入|财政拨款(?!支出)/u,
  superiorSubsidy: /上级补助收入/u,
  business: /事业收入/u,
  operatingIncome: /事业单位(?:经营收入)?|(?<!事业单位)经营收入/u,
  subordinateRemit: /附属单位(?:上缴收入)?(?!补)/u,
  otherIncome: /其他收入/u,
  carriedIn: /年初结转和(?:结余)?/u,
  incomeThisYear: /本年收入/u,
  carriedOut: /年末结转和(?:结余)?/u,
};

/** The columns each kind of table may print, in the template's order (预算 and 决算 alike). */
export const FIELD_ORDER: Partial<Record<TableKind, Field[]>> = {
  expenditure: ['total', 'basic', 'project', 'remitToSuperior', 'operating', 'subsidiaryGrants'],
  generalByFunction: ['total', 'basic', 'project'],
  fundByFunction: ['carriedIn', 'incomeThisYear', 'total', 'basic', 'project', 'carriedOut'],
  stateCapitalByFunction: ['carriedIn', 'incomeThisYear', 'total', 'basic', 'project', 'carriedOut'],
  income: ['total', 'fiscal', 'superiorSubsidy', 'business', 'operatingIncome', 'subordinateRemit', 'otherIncome'],
};

/** The fields a table prints: those of its kind whose words appear in its header, in template order. */
export function fieldsOf(kind: TableKind, header: string): Field[] {
  const order = FIELD_ORDER[kind] ?? [];
  return order.filter((f) => FIELD_WORDS[f].test(header));
}
