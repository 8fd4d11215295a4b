/**
 * Message builders for checks[] (the reader-facing, plain-Chinese statement of each invariant).
 * One place for the wording, so tests assert codes and the app shows the same sentence everywhere.
 */
import type { CheckCode } from '../model/types';

export interface CheckSubject {
  /** What is being added up, e.g. "功能分类 206 科学技术支出 的下级科目". */
  parts: string;
  /** What it should equal, e.g. "206 科学技术支出 的合计". */
  whole: string;
}

const RULE: Record<CheckCode, string> = {
  INCOME_EQUALS_EXPENDITURE: '收入总计应等于支出总计',
  BASIC_PLUS_PROJECT: '基本支出与项目支出之和应等于支出合计',
  ROW_BASIC_PLUS_PROJECT: '每一行的基本支出与项目支出之和应等于该行合计',
  FUNCTIONAL_CHILDREN_SUM: '下级功能科目之和应等于上级科目',
  FUNCTIONAL_TOTAL: '各类功能科目之和应等于支出合计',
  ECONOMIC_SUM_BASIC: '基本支出各经济分类之和应等于基本支出合计',
  ECONOMIC_SUM_PROJECT: '项目支出各经济分类之和应等于项目支出合计',
  ECONOMIC_CHILDREN_SUM: '经济分类各款之和应等于所属类',
  PROJECTS_SUM: '各项目之和应等于项目支出合计',
  UNITS_SUM: '各单位之和应等于部门合计',
  INCOME_LINES_SUM: '各项收入之和应等于收入总计',
  THREE_PUBLIC_PARTS: '“三公”经费各组成部分之和应等于合计',
  PROCUREMENT_PARTS: '政府采购各类之和应等于采购合计',
  PROCUREMENT_WITHIN_BUDGET: '政府采购预算不应超过它所属的预算',
  FUND_MATCHES_INCOME: '每种资金的支出应等于该资金的收入',
  NARRATIVE_MATCHES_TABLE: '情况说明中的数字应与报表一致',
  TABLES_AGREE: '不同报表中的同一数字应一致',
  FUNCTIONAL_MATCHES_ECONOMIC: '功能分类与经济分类中的同一笔支出应一致',
  ECONOMIC_MATCHES_BASIC: '基本支出的经济分类合计应等于它所分解的基本支出',
  FINAL_TOTALS: '决算总计应等于本年收支与结转结余之和',
};

export function ruleOf(code: CheckCode): string {
  return RULE[code];
}

export function checkMessage(code: CheckCode, pass: boolean, subject: CheckSubject, expected: string, actual: string, difference: string): string {
  const head = `${RULE[code]}：${subject.parts}`;
  if (pass) return `${head} = ${actual} 万元，与${subject.whole} ${expected} 万元一致。`;
  return `${head} = ${actual} 万元，但${subject.whole}印为 ${expected} 万元，相差 ${difference} 万元。`;
}

/** For the one inequality rule (政府采购 ≤ 支出总计). */
export function withinMessage(pass: boolean, partLabel: string, part: string, wholeLabel: string, whole: string): string {
  if (pass) return `${ruleOf('PROCUREMENT_WITHIN_BUDGET')}：${partLabel} ${part} 万元，不超过${wholeLabel} ${whole} 万元。`;
  return `${ruleOf('PROCUREMENT_WITHIN_BUDGET')}：${partLabel}印为 ${part} 万元，超过了${wholeLabel} ${whole} 万元。`;
}
