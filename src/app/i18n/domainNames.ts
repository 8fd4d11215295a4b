/**
 * English names for the interface: income sources (收入来源), check codes (核对规则), 三公经费 parts.
 * Chinese names of income lines are shown as printed (IncomeLine.name); these are the English labels.
 */
import type { CheckCode } from '../../model/types';

export { INCOME_NAMES_EN, INCOME_NAMES_ZH } from '../../model/incomeNames';

export const CHECK_NAMES: Readonly<Record<CheckCode, { zh: string; en: string }>> = {
  INCOME_EQUALS_EXPENDITURE: { zh: '收入总计等于支出总计', en: 'Total income equals total expenditure' },
  BASIC_PLUS_PROJECT: { zh: '基本支出 + 项目支出 = 支出合计', en: 'Basic + project spending = total spending' },
  ROW_BASIC_PLUS_PROJECT: { zh: '每一行：基本 + 项目 = 合计', en: 'Each row: basic + project = total' },
  FUNCTIONAL_CHILDREN_SUM: { zh: '功能分类：上级科目等于下级之和', en: 'Functional classification: each heading equals the sum of its items' },
  FUNCTIONAL_TOTAL: { zh: '功能分类合计等于支出总计', en: 'Functional classification adds up to total spending' },
  ECONOMIC_SUM_BASIC: { zh: '经济分类（基本支出）合计', en: 'Economic classification adds up to basic spending' },
  ECONOMIC_SUM_PROJECT: { zh: '经济分类（项目支出）合计', en: 'Economic classification adds up to project spending' },
  ECONOMIC_CHILDREN_SUM: { zh: '经济分类：类等于款之和', en: 'Economic classification: each heading equals the sum of its items' },
  PROJECTS_SUM: { zh: '各项目之和等于项目支出', en: 'Projects add up to project spending' },
  UNITS_SUM: { zh: '各单位之和等于部门合计', en: 'Sub-units add up to the department total' },
  INCOME_LINES_SUM: { zh: '各收入来源之和等于收入总计', en: 'Income sources add up to total income' },
  THREE_PUBLIC_PARTS: { zh: '“三公”经费各项之和', en: '"Three public" expenses add up' },
  PROCUREMENT_PARTS: { zh: '政府采购各项之和', en: 'Procurement parts add up' },
  PROCUREMENT_WITHIN_BUDGET: { zh: '政府采购不超过预算', en: 'Procurement within the budget' },
  FUND_MATCHES_INCOME: { zh: '每种资金的支出等于其收入', en: 'Each fund spends what it receives' },
  NARRATIVE_MATCHES_TABLE: { zh: '文字说明与报表数字一致', en: 'Figures in the text match the tables' },
  TABLES_AGREE: { zh: '不同报表数字一致', en: 'Tables agree with each other' },
  FUNCTIONAL_MATCHES_ECONOMIC: { zh: '功能分类与经济分类的同一笔支出一致', en: 'Functional and economic lines of the same spending agree' },
  ECONOMIC_MATCHES_BASIC: { zh: '经济分类合计等于基本支出', en: 'Economic classes add up to the basic spending they break down' },
  FINAL_TOTALS: { zh: '决算总计等于本年数与结转结余之和', en: 'Final account: grand total = this year + carry-over' },
};

/** Kinds of damage in the source text (Budget.sourceIssues[].code); the message itself is in Chinese. */
export const SOURCE_ISSUE_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  TABLE_INCOMPLETE: { zh: '表格不完整', en: 'Table incomplete in the extracted text' },
  COLUMNS_UNDECIDED: { zh: '无法确定数字所在的列', en: 'Column of a figure undecidable' },
  ROWS_SHIFTED: { zh: '数字与行错位', en: 'Figures shifted against their rows' },
};
