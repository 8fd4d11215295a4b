/**
 * 数据核对的中文句子：由核对的 code、params 和数字拼成（见 checkSentences.ts）。科目、项目、单位的名称
 * 照原文印出。Chinese check sentences, one builder per CheckCode.
 */
import type { CheckCode, CheckParams, IncomeKey } from '../../model/types';
import { INCOME_NAMES_ZH } from '../../model/incomeNames';
import { tableNumber, type CheckSentenceCatalog, type SentenceFigures, type SentenceLookup } from './checkSentences';

const COLUMN: Record<string, string> = { total: '合计', basic: '基本支出', project: '项目支出' };
const SPENDING: Record<string, string> = { basic: '基本支出', project: '项目支出' };

/** The fund tables and columns are named after the budget (一般公共预算), not the income line (…拨款). */
function fundName(key: string): string {
  const budgets: Record<string, string> = { generalPublic: '一般公共预算', govFund: '政府性基金预算', stateCapital: '国有资本经营预算' };
  return budgets[key] ?? (INCOME_NAMES_ZH as Readonly<Record<string, string>>)[key as IncomeKey] ?? key;
}

/**
 * A table or text section the budget does not describe: the text sections by what they are (the prose
 * 情况说明, 名词解释), never the raw key (“报表 narrative” was shown); an unknown table by its key.
 */
export function unknownTableZh(key: string): string {
  const sections: Record<string, string> = { narrative: '预算情况说明（文字部分）', glossary: '名词解释' };
  return sections[key] ?? `报表 ${key}`;
}

/** 《表3 支出总体情况表》; 《支出决算表》 where no number is printed. */
function table(key: string | undefined, look: SentenceLookup): string {
  if (!key) return '';
  const t = look.table(key);
  if (!t) return unknownTableZh(key);
  const n = tableNumber(t);
  return `《${n ? `表${n} ` : ''}${t.title}》`;
}

const line = (p: CheckParams) => `${p.code} ${p.name}`;
const unitOf = (p: CheckParams) => (p.unit ? `（单位 ${p.unit}）` : '');

/** A space between a code or a Latin word and the Chinese that follows it (“301 + 303 之和”). */
const sp = (s: string) => (/[0-9A-Za-z)]$/u.test(s) ? `${s} ` : s);

/** 部分之和 against a printed whole: “…之和为 A，而…印为 E，相差 D。” */
function sum(subject: string, parts: string, whole: string, f: SentenceFigures): string {
  const head = `${subject ? `${subject}：` : ''}${sp(parts)}之和为 ${f.actual}`;
  return f.status === 'pass' ? `${head}，与${whole}（${f.expected}）一致。` : `${head}，而${whole}印为 ${f.expected}，相差 ${f.gap}。`;
}

/** Two printed figures of one thing: “甲印为 A，而乙印为 E，相差 D。” (A = actual, E = expected). */
function pair(subject: string, first: string, second: string, f: SentenceFigures): string {
  const head = subject ? `${subject}：` : '';
  return f.status === 'pass'
    ? `${head}${sp(first)}与${sp(second)}都印为 ${f.expected}。`
    : `${head}${sp(first)}印为 ${f.actual}，而${sp(second)}印为 ${f.expected}，相差 ${f.gap}。`;
}

/** 政府采购 against the budget it belongs to (a limit): A must not exceed E. */
function limit(part: string, whole: string, f: SentenceFigures): string {
  return f.over ? `${part}印为 ${f.actual}，超过了${whole} ${f.expected}，超出 ${f.gap}。` : `${part}印为 ${f.actual}，不超过${whole} ${f.expected}。`;
}

/** 决算总表 / 报表 keys (expenditure.total, income.generalPublic, functional.201 …) in words. */
function figureName(key: string, look: SentenceLookup): string {
  const named: Record<string, string> = {
    'expenditure.total': '支出总计',
    'expenditure.basic': '基本支出',
    'expenditure.project': '项目支出',
    'expenditure.thisYear': '本年支出合计',
    'income.total': '收入总计',
    'income.thisYear': '本年收入合计',
    'income.fiscal': '财政拨款收入',
    'income.otherFunds': '其他资金',
    'generalPublic.total': '一般公共预算支出合计',
    'generalPublic.basic': '一般公共预算基本支出',
    'generalPublic.project': '一般公共预算项目支出',
    'govFund.total': '政府性基金预算支出合计',
    'stateCapital.total': '国有资本经营预算支出合计',
    'threePublic.total': '“三公”经费合计',
    'threePublic.outbound': '因公出国（境）费',
    'threePublic.vehicle': '公务用车购置及运行费',
    'threePublic.vehiclePurchase': '公务用车购置费',
    'threePublic.vehicleOperation': '公务用车运行维护费',
    'threePublic.reception': '公务接待费',
    'threePublic.meeting': '会议费',
    'threePublic.adminCost': '机关运行经费',
    'procurement.total': '政府采购合计',
    'procurement.goods': '货物类政府采购',
    'procurement.works': '工程类政府采购',
    'procurement.services': '服务类政府采购',
  };
  if (named[key]) return named[key];
  const [head = '', ...rest] = key.split('.');
  const tail = rest.join('.');
  if (head === 'income' && tail) return `${fundName(tail)}收入`;
  if (head === 'functional' && /^\d+$/u.test(tail)) return `${tail} ${look.functionalName(tail) ?? ''}`.trim();
  if (head === 'keyProject' && tail) return `项目“${tail}”`;
  return key;
}

export const CHECK_SENTENCES_ZH: CheckSentenceCatalog = {
  FUNCTIONAL_CHILDREN_SUM: (p, f, look) =>
    p.code && p.name && p.column && COLUMN[p.column]
      ? sum(`${table(p.table, look)}${unitOf(p)}${line(p)} 的${COLUMN[p.column]}`, '各下级科目', '该科目', f)
      : null,
  ROW_BASIC_PLUS_PROJECT: (p, f, look) => (p.code && p.name ? sum(`${table(p.table, look)}${unitOf(p)}${line(p)}`, '基本支出与项目支出', '该行合计', f) : null),
  ECONOMIC_CHILDREN_SUM: (p, f, look) =>
    p.code && p.name ? sum(`${table(p.table, look)}${unitOf(p)}${SPENDING[p.spending ?? ''] ?? ''} ${line(p)}`, '下属各款', '该类', f) : null,
  ECONOMIC_SUM_BASIC: (p, f, look) => sum(table(p.table, look), '基本支出各经济分类（类）', '该表合计', f),
  ECONOMIC_SUM_PROJECT: (p, f, look) => sum(table(p.table, look), '项目支出各经济分类（类）', '该表合计', f),
  FUNCTIONAL_TOTAL: (p, f, look) => {
    const col = COLUMN[p.column ?? 'total'];
    if (!col) return null;
    const whole = p.column === 'total' || !p.column ? '支出合计' : `${col}合计`;
    switch (p.scope) {
      case 'expenditure':
        return sum(table(p.table, look), `各类功能科目的${col}`, whole, f);
      case 'summary':
      case 'fiscalSummary':
        return sum(table(p.table, look), '支出方各类', '本年支出合计', f);
      case 'fund':
        return sum(table(p.table, look), `各类的${col}`, `该表${whole}`, f);
      default:
        return null;
    }
  },
  INCOME_EQUALS_EXPENDITURE: (_p, f) => pair('', '收入总计', '支出总计', f),
  INCOME_LINES_SUM: (_p, f) => sum('', '各项收入', '收入总计', f),
  BASIC_PLUS_PROJECT: (_p, f) => sum('', '基本支出与项目支出', '支出合计', f),
  PROJECTS_SUM: (p, f, look) => {
    switch (p.scope) {
      case 'table':
        return sum(table(p.table, look), '各项目金额', '该表合计', f);
      case 'generalPublic':
      case 'expenditure':
        return sum('', '各项目金额', `${table(p.table, look)}的项目支出`, f);
      case 'unit':
        return p.unit ? sum(`单位 ${p.unit}`, '各项目', '该单位项目支出小计', f) : null;
      case 'column':
        return p.fund ? sum(`项目支出表的“${fundName(p.fund)}”列`, '各项目', '合计行', f) : null;
      default:
        return null;
    }
  },
  UNITS_SUM: (p, f, look) => {
    switch (p.scope) {
      case 'unitsBasic':
        return sum(table(p.table, look), '各单位基本支出', '该表合计', f);
      case 'unitsTotal':
        return sum('', '各单位支出合计', '部门支出合计', f);
      case 'unitCategories':
        return p.unit ? sum(`单位 ${p.unit}`, '基本支出各类', '该单位基本支出合计', f) : null;
      case 'unitsTable':
        return pair('', `${table(p.table, look)}的合计`, '部门的基本支出', f);
      case 'allCategories':
        return sum(table(p.table, look), '各单位各类基本支出', '基本支出合计', f);
      default:
        return null;
    }
  },
  THREE_PUBLIC_PARTS: (p, f) =>
    p.part === 'vehicle'
      ? sum('', '公务用车购置费与运行维护费', '公务用车购置及运行费', f)
      : sum('', '因公出国（境）费、公务用车购置及运行费、公务接待费', '“三公”经费合计', f),
  PROCUREMENT_PARTS: (p, f) => sum('政府采购', p.scope === 'items' ? '各采购项目' : '货物、工程、服务三类', '采购合计', f),
  PROCUREMENT_WITHIN_BUDGET: (p, f) => {
    if (p.scope === 'project') return p.name ? limit(`项目“${p.name}”的政府采购`, '该项目预算', f) : null;
    return limit(p.source === 'narrative' ? '情况说明中的政府采购预算' : '报表中的政府采购预算', '支出总计', f);
  },
  FUND_MATCHES_INCOME: (p, f) => {
    if (!p.fund) return null;
    const name = fundName(p.fund);
    if (p.scope === 'classes') return sum(`${name}支出表没有印出合计`, '其各类', `${name}收入`, f);
    return pair(name, '收入', '支出合计', f);
  },
  NARRATIVE_MATCHES_TABLE: (p, f, look) => (p.label ? pair('', `情况说明中的“${p.label}”`, table(p.table, look) || '报表', f) : null),
  TABLES_AGREE: (p, f, look) => (p.key && p.table && p.otherTable ? pair(figureName(p.key, look), table(p.otherTable, look), table(p.table, look), f) : null),
  FUNCTIONAL_MATCHES_ECONOMIC: (p, f, look) =>
    p.code && p.economicCode
      ? pair('同一笔支出', `经济分类 ${p.economicCode} ${p.economicName ?? ''}`.trim(), `${table(p.table, look)}中功能分类 ${line(p)} 的基本支出`, f)
      : null,
  ECONOMIC_MATCHES_BASIC: (p, f, look) => {
    const codes = (p.code ?? '').split('+').join(' + ');
    switch (p.scope) {
      case 'total':
        return pair(
          '',
          `${table(p.table, look)}的合计`,
          `${p.fund === 'generalPublic' ? '一般公共预算' : '部门'}的${SPENDING[p.spending ?? 'basic'] ?? '基本支出'}`,
          f,
        );
      case 'personnel':
      case 'public':
        return sum('', `经济分类 ${codes}`, p.scope === 'personnel' ? '人员经费合计' : '公用经费合计', f);
      case 'category':
        if (!p.category) return null;
        return f.status === 'pass'
          ? `基本支出中的“${p.category}”：经济分类 ${codes} 与各单位该类之和都是 ${f.expected}。`
          : `基本支出中的“${p.category}”：经济分类 ${codes} 为 ${f.actual}，而各单位该类之和为 ${f.expected}，相差 ${f.gap}。`;
      default:
        return null;
    }
  },
  FINAL_TOTALS: (p, f) =>
    p.side === 'expenditure'
      ? sum('支出方', '本年支出合计、结余分配与年末结转和结余', '总计', f)
      : sum('收入方', '本年收入合计、使用非财政拨款结余与年初结转和结余', '总计', f),
};

/** Each check's rule, named (数据核对 list). */
export const CHECK_NAMES_ZH: Readonly<Record<CheckCode, string>> = {
  INCOME_EQUALS_EXPENDITURE: '收入总计等于支出总计',
  BASIC_PLUS_PROJECT: '基本支出 + 项目支出 = 支出合计',
  ROW_BASIC_PLUS_PROJECT: '每一行：基本 + 项目 = 合计',
  FUNCTIONAL_CHILDREN_SUM: '功能分类：上级科目等于下级之和',
  FUNCTIONAL_TOTAL: '功能分类合计等于支出总计',
  ECONOMIC_SUM_BASIC: '经济分类（基本支出）合计',
  ECONOMIC_SUM_PROJECT: '经济分类（项目支出）合计',
  ECONOMIC_CHILDREN_SUM: '经济分类：类等于款之和',
  PROJECTS_SUM: '各项目之和等于项目支出',
  UNITS_SUM: '各单位之和等于部门合计',
  INCOME_LINES_SUM: '各收入来源之和等于收入总计',
  THREE_PUBLIC_PARTS: '“三公”经费各项之和',
  PROCUREMENT_PARTS: '政府采购各项之和',
  PROCUREMENT_WITHIN_BUDGET: '政府采购不超过预算',
  FUND_MATCHES_INCOME: '每种资金的支出等于其收入',
  NARRATIVE_MATCHES_TABLE: '文字说明与报表数字一致',
  TABLES_AGREE: '不同报表数字一致',
  FUNCTIONAL_MATCHES_ECONOMIC: '功能分类与经济分类的同一笔支出一致',
  ECONOMIC_MATCHES_BASIC: '经济分类合计等于基本支出',
  FINAL_TOTALS: '决算总计等于本年数与结转结余之和',
};

/** Kinds of damage in the source text (Budget.sourceIssues[].code). */
export const SOURCE_ISSUE_NAMES_ZH: Readonly<Record<string, string>> = {
  TABLE_INCOMPLETE: '表格不完整',
  COLUMNS_UNDECIDED: '无法确定数字所在的列',
  ROWS_SHIFTED: '数字与行错位',
};
