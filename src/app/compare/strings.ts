/** Words of the compare page (对比), in Chinese and English; loaded with the page. */
import type { Measure } from '../../model/tree';
import type { CellBasis } from '../../model/compare';
import type { MoneyUnit } from '../../model/types';
import type { SectionId } from './compareView';

export interface CompareStrings {
  title: string;
  intro: string;
  pickerTitle: string;
  pickerHelp: string;
  pickerApply: string;
  pickAtLeastTwo: string;
  pickMax: (n: number) => string;
  unknownIds: (ids: string) => string;
  pickLabel: (department: string, year: number) => string;
  sections: Record<SectionId, string>;
  measureLabel: string;
  measures: Record<Measure, string>;
  colLine: string;
  colDiff: (from: string, to: string) => string;
  diffShort: (from: string, to: string) => string;
  colCombined: string;
  notPrinted: string;
  cannotDiff: string;
  shareNote: Record<SectionId, string>;
  flags: { renamed: string; missing: string; moved: string };
  printedAs: (year: number, name: string) => string;
  misprint: string;
  reasonLabel: string;
  noReason: string;
  missingIn: (labels: string) => string;
  movedTo: (codes: string) => string;
  basis: Record<Exclude<CellBasis, 'printed'>, (n: number) => string>;
  basisShort: Record<Exclude<CellBasis, 'printed'>, string>;
  unitsAdded: (label: string) => string;
  economicCoverage: (label: string, covered: string, total: string, spending: string, unit: MoneyUnit) => string;
  economicNone: (label: string, spending: string) => string;
  containmentTitle: string;
  containment: (part: string, whole: string, unitCode: string) => string;
  partOfDiff: string;
  sameDepartment: (a: string, b: string) => string;
  duplicate: (id: string) => string;
  combineBlocked: string;
  combineWhy: Record<'CONTAINMENT' | 'DUPLICATE_BUDGET' | 'SAME_DEPARTMENT', string>;
  combineOffer: string;
  combinedMissing: (labels: string) => string;
  expandAll: string;
  collapseAll: string;
  expand: (name: string) => string;
  collapse: (name: string) => string;
  csv: string;
  legend: string;
  chartNote: (unit: MoneyUnit) => string;
  /** Budgets printed in different units: every figure converted exactly to `unit`; `list` says who prints what. */
  converted: (list: string, unit: MoneyUnit) => string;
  /** "A 2026: 元" in the list of the conversion note. */
  printsIn: (label: string, unit: MoneyUnit) => string;
  /** The printed figure of a converted cell. */
  printedFigure: (amount: string, unit: MoneyUnit) => string;
  colon: string;
  notDrawn: (n: number) => string;
  source: string;
  showSource: (what: string) => string;
  unnamed: string;
  totalsNames: Record<Measure, string>;
  embedTitle: (labels: string) => string;
  embedIntro: string;
  credit: (list: string) => string;
  budgetLabel: (department: string, year: number) => string;
  viewBudget: string;
}

const zh: CompareStrings = {
  title: '比较预算',
  intro:
    '按科目编码把两份或更多部门预算对齐，并列显示每一行的金额、占比和差额。金额按原文印出；差额由本站精确计算（后一份减前一份）；占比四舍五入到一位小数，只用于显示。',
  pickerTitle: '选择要比较的预算',
  pickerHelp: '勾选两份或更多，按“比较”。按年度从早到晚排列，差额为后一份减前一份。',
  pickerApply: '比较',
  pickAtLeastTwo: '请至少选择两份预算。',
  pickMax: (n) => `最多可同时比较 ${n} 份。`,
  unknownIds: (ids) => `链接中的这些预算不存在，已忽略：${ids}`,
  pickLabel: (department, year) => `${department} ${year}`,
  sections: {
    totals: '支出总计、基本支出与项目支出',
    income: '收入来源',
    functional: '按功能分类（类 → 款 → 项）',
    economicBasic: '基本支出按经济分类',
    economicProject: '项目支出按经济分类',
  },
  measureLabel: '功能分类比较',
  measures: { total: '合计', basic: '基本支出', project: '项目支出' },
  colLine: '科目',
  colDiff: (from, to) => `差额（${to} − ${from}）`,
  diffShort: (from, to) => `${to} − ${from}`,
  colCombined: '合计（各预算相加）',
  notPrinted: '未列出',
  cannotDiff: '无法计算：有一份未列出此行',
  shareNote: {
    totals: '占比：占该预算支出总计。',
    income: '占比：占该预算收入总计。',
    functional: '占比：占该预算的支出总计（比较基本支出或项目支出时，占该项总计）。',
    economicBasic: '占比：占该预算支出总计。',
    economicProject: '占比：占该预算支出总计。',
  },
  flags: { renamed: '名称不同', missing: '缺项', moved: '科目变动' },
  printedAs: (year, name) => `${year} 年印作「${name}」`,
  misprint: '（印刷错误）',
  reasonLabel: '原因（摘自对照表 data/crosswalk.json，英文）：',
  noReason: '对照表没有记录原因。',
  missingIn: (labels) => `${labels} 未列出此行`,
  movedTo: (codes) => `同名科目在其他预算中列于 ${codes}`,
  basis: {
    sumOfUnitRows: (n) => `Σ ${n} 个单位行之和`,
    sumOfRows: (n) => `Σ 原文 ${n} 行之和`,
    sumOfChildren: (n) => `Σ 下级 ${n} 行之和（原文未列）`,
  },
  basisShort: { sumOfUnitRows: 'Σ 单位行相加', sumOfRows: 'Σ 多行相加', sumOfChildren: 'Σ 下级相加' },
  unitsAdded: (label) => `${label} 的功能分类只按单位列出：此处各行是各单位同一科目的精确合计，标有“单位行相加”。`,
  economicCoverage: (label, covered, total, spending, u) =>
    `${label}：经济分类各类之和为 ${covered} ${u}，${spending}为 ${total} ${u}（文件只为部分资金列出经济分类）。`,
  economicNone: (label, spending) => `${label} 没有列出${spending}的经济分类。`,
  containmentTitle: '包含关系：两者不能相加',
  containment: (part, whole, unitCode) =>
    `${part} 是 ${whole} 的下属单位（单位编码 ${unitCode}），它的预算已经包含在后者的部门预算之中。两者可以对照，但不能相加：相加会把同一笔钱算两次。本页不提供合计。`,
  partOfDiff: '这里的差额是整个部门中除该单位以外的部分，不是增减变化。',
  sameDepartment: (a, b) => `${a} 与 ${b} 是同一部门不同年度的预算：差额即年度间的变化；两者相加没有意义。`,
  duplicate: (id) => `预算 ${id} 被选了两次。`,
  combineBlocked: '不提供合计：',
  combineWhy: {
    CONTAINMENT: '一份预算包含在另一份之中，相加会重复计算',
    DUPLICATE_BUDGET: '同一份预算选了两次',
    SAME_DEPARTMENT: '同一部门不同年度的预算相加没有意义',
  },
  combineOffer: '显示合计列（各预算相加）',
  combinedMissing: (labels) => `不含 ${labels}（未列出此行）`,
  expandAll: '全部展开',
  collapseAll: '全部收起',
  expand: (name) => `展开 ${name}`,
  collapse: (name) => `收起 ${name}`,
  csv: '下载 CSV（全部科目）',
  legend: '图例',
  chartNote: (u) => `条形长度按同一比例；每条后为金额（${u}）与占比。`,
  converted: (list, u) =>
    `这几份文件的金额单位不同（${list}）：为便于比较，全部金额已按 1 万元 = 10,000 元精确换算为${u}（不作四舍五入）。点击金额可看原文印出的数字和出处。`,
  printsIn: (label, u) => `${label} 原文单位为${u}`,
  printedFigure: (amount, u) => `原文印作 ${amount} ${u}（已按 1 万元 = 10,000 元换算）`,
  colon: '：',
  notDrawn: (n) => `另有 ${n} 行在各预算中均为 0 或未列出，图中未画出（见下表）。`,
  source: '出处',
  showSource: (what) => `“${what}”的出处`,
  unnamed: '（原文未印名称）',
  totalsNames: { total: '支出总计', basic: '基本支出', project: '项目支出' },
  embedTitle: (labels) => `比较：${labels}`,
  embedIntro: '按科目编码对齐；差额为后一份减前一份。',
  credit: (list) => `来源：${list}（部门预算、决算原文）`,
  budgetLabel: (department, year) => `${department} ${year}`,
  viewBudget: '查看这份预算',
};

const EN_UNIT: Record<MoneyUnit, string> = { 元: 'yuan, 元', 万元: '10,000 yuan, 万元' };

const en: CompareStrings = {
  title: 'Compare budgets',
  intro:
    'Two or more department budgets aligned line by line by classification code, with each line’s amount, share and difference. Amounts are as printed; differences are computed exactly by this site (each budget minus the one before); shares are rounded to one decimal for display only.',
  pickerTitle: 'Choose budgets to compare',
  pickerHelp: 'Tick two or more and press “Compare”. They are ordered by year, oldest first; differences are each minus the one before.',
  pickerApply: 'Compare',
  pickAtLeastTwo: 'Choose at least two budgets.',
  pickMax: (n) => `At most ${n} budgets can be compared at once.`,
  unknownIds: (ids) => `These budgets in the link do not exist and were left out: ${ids}`,
  pickLabel: (department, year) => `${department} ${year}`,
  sections: {
    totals: 'Total, basic and project spending',
    income: 'Income by source',
    functional: 'By function (类 → 款 → 项)',
    economicBasic: 'Basic spending by economic class',
    economicProject: 'Project spending by economic class',
  },
  measureLabel: 'Compare by function',
  measures: { total: 'Total', basic: 'Basic spending', project: 'Project spending' },
  colLine: 'Line',
  colDiff: (from, to) => `Difference (${to} − ${from})`,
  diffShort: (from, to) => `${to} − ${from}`,
  colCombined: 'Combined (budgets added)',
  notPrinted: 'not printed',
  cannotDiff: 'cannot be computed: one budget does not print this line',
  shareNote: {
    totals: 'Share: of the budget’s total spending.',
    income: 'Share: of the budget’s total income.',
    functional: 'Share: of the budget’s total spending (of its basic or project spending when comparing those).',
    economicBasic: 'Share: of the budget’s total spending.',
    economicProject: 'Share: of the budget’s total spending.',
  },
  flags: { renamed: 'Name differs', missing: 'Missing', moved: 'Moved' },
  printedAs: (year, name) => `${year} prints “${name}”`,
  misprint: ' (misprint)',
  reasonLabel: 'Why (from the crosswalk, data/crosswalk.json):',
  noReason: 'The crosswalk records no reason.',
  missingIn: (labels) => `Not printed in ${labels}`,
  movedTo: (codes) => `The same name is printed under ${codes} in other budgets`,
  basis: {
    sumOfUnitRows: (n) => `Σ ${n} unit rows added`,
    sumOfRows: (n) => `Σ ${n} printed rows added`,
    sumOfChildren: (n) => `Σ ${n} rows below added (no row printed)`,
  },
  basisShort: { sumOfUnitRows: 'Σ sum of unit rows', sumOfRows: 'Σ rows added', sumOfChildren: 'Σ sum of items' },
  unitsAdded: (label) =>
    `${label} prints its functional lines only per sub-unit: each line here is the exact sum of the sub-units’ rows for that code, marked “sum of unit rows”.`,
  economicCoverage: (label, covered, total, spending, u) =>
    `${label}: the economic classes add up to ${covered} (${EN_UNIT[u]}), against ${spending} of ${total} — the document gives an economic breakdown for part of the money only.`,
  economicNone: (label, spending) => `${label} prints no economic breakdown of ${spending}.`,
  containmentTitle: 'One budget contains the other: never add them',
  containment: (part, whole, unitCode) =>
    `${part} is a sub-unit of ${whole} (unit code ${unitCode}): its budget is already included in that department’s budget. They can be compared, but never added — that would count the same money twice. No combined total is offered.`,
  partOfDiff: 'The difference here is the rest of the department beyond that unit, not a change.',
  sameDepartment: (a, b) =>
    `${a} and ${b} are the same department in different years: the difference is the change between the years; adding them makes no sense.`,
  duplicate: (id) => `Budget ${id} was chosen twice.`,
  combineBlocked: 'No combined total:',
  combineWhy: {
    CONTAINMENT: 'one budget is contained in another, so adding would count money twice',
    DUPLICATE_BUDGET: 'the same budget is chosen twice',
    SAME_DEPARTMENT: 'adding the same department’s budgets of different years makes no sense',
  },
  combineOffer: 'Show a combined column (budgets added)',
  combinedMissing: (labels) => `without ${labels} (not printed)`,
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  expand: (name) => `Expand ${name}`,
  collapse: (name) => `Collapse ${name}`,
  csv: 'Download CSV (all lines)',
  legend: 'Legend',
  chartNote: (u) => `Bars share one scale; after each bar, the amount (${EN_UNIT[u]}) and share.`,
  converted: (list, u) =>
    `These documents print different units (${list}): to compare them, every amount is converted exactly to ${EN_UNIT[u]} at 1 万元 = 10,000 元 (no rounding). Click an amount for the figure as printed and its source.`,
  printsIn: (label, u) => `${label} prints ${EN_UNIT[u]}`,
  printedFigure: (amount, u) => `printed as ${amount} ${EN_UNIT[u]} (converted at 1 万元 = 10,000 元)`,
  colon: ': ',
  notDrawn: (n) => `${n} more line(s) are 0 or not printed in every budget and are not drawn (see the table).`,
  source: 'Source',
  showSource: (what) => `Source of “${what}”`,
  unnamed: '(no name printed)',
  totalsNames: { total: 'Total spending', basic: 'Basic spending', project: 'Project spending' },
  embedTitle: (labels) => `Compared: ${labels}`,
  embedIntro: 'Aligned by classification code; differences are each budget minus the one before.',
  credit: (list) => `Source: ${list} (department budget and final account documents)`,
  budgetLabel: (department, year) => `${department} ${year}`,
  viewBudget: 'Open this budget',
};

export function compareStrings(lang: 'zh' | 'en'): CompareStrings {
  return lang === 'en' ? en : zh;
}
