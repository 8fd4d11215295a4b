/** Words of the tables view in Chinese and English (self-contained; mounted with a `lang` prop). */
import { INCOME_NAMES_EN } from '../model/incomeNames';
import type { IncomeKey, MoneyUnit } from '../model/types';
import type { TableId } from '../model/tableRows';

export type Lang = 'zh' | 'en';

const INCOME_EN: Readonly<Record<IncomeKey, string>> = INCOME_NAMES_EN;

const COLUMNS = {
  zh: {
    code: '编码',
    functionalName: '功能分类科目',
    economicName: '经济分类科目',
    govCode: '政府预算经济分类',
    total: '合计',
    basic: '基本支出',
    project: '项目支出',
    share: '占合计',
    amount: '金额',
    unitCode: '单位编码',
    unitName: '单位名称',
    unitKind: '单位类别',
    unit: '单位',
    category: '项目类别',
    functionalCode: '功能科目',
    projectName: '项目名称',
  },
  en: {
    code: 'Code',
    functionalName: 'Function',
    economicName: 'Economic class',
    govCode: 'Government economic class',
    total: 'Total',
    basic: 'Basic',
    project: 'Project',
    share: 'Share',
    amount: 'Amount',
    unitCode: 'Unit code',
    unitName: 'Unit',
    unitKind: 'Unit type',
    unit: 'Unit',
    category: 'Category',
    functionalCode: 'Function code',
    projectName: 'Project',
  },
} as const;

const UI = {
  zh: {
    title: '明细表',
    tabs: { functional: '功能分类', economic: '经济分类', units: '单位', projects: '项目' } satisfies Record<TableId, string>,
    tablistLabel: '选择表格',
    filter: '筛选',
    filterPlaceholder: '按编码或名称筛选',
    csv: '下载 CSV（当前显示内容）',
    expandAll: '全部展开',
    collapseAll: '全部收起',
    expand: '展开',
    collapse: '收起',
    totals: '合计（各行相加）',
    printedTotals: '文件所列合计',
    difference: '差额',
    partial: '部分：有的行未列此数',
    computedMark: '（计算）',
    noRows: '没有符合筛选条件的行。',
    scope: '范围',
    department: '全部门',
    spending: { basic: '基本支出', project: '项目支出' },
    sortAsc: '升序',
    sortDesc: '降序',
    detail: { content: '项目内容', targets: '绩效目标', indicators: '绩效指标' },
    showDetail: '项目说明',
    source: '出处',
    table: '表',
    lines: (a: number, b: number) => (a === b ? `第 ${a} 行` : `第 ${a}–${b} 行`),
    document: '文件',
    computedNote: '来源文件未列此数：它是下列各行的精确合计。',
    computedShort: '计算值：下级各行之和（来源未列）',
    unitsNote: '来源文件按单位分别列出此科目；此数为各单位该科目金额的精确合计。',
    unitsShort: '计算值：各单位同一科目之和（来源按单位列出）',
    totalNote: '此数为表中各顶层行的精确合计。',
    close: '关闭',
    sourceOf: (what: string) => `“${what}”的出处`,
    rows: (n: number) => `${n} 行`,
    focused: (label: string) => `已定位到：${label}（已在表中标出）`,
    focusMissing: (key: string) => `这张表里没有链接要定位的行 ${key}。`,
  },
  en: {
    title: 'Tables',
    tabs: { functional: 'By function', economic: 'By economic class', units: 'Sub-units', projects: 'Projects' } satisfies Record<TableId, string>,
    tablistLabel: 'Choose a table',
    filter: 'Filter',
    filterPlaceholder: 'Filter by code or name',
    csv: 'Download CSV (as shown)',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    expand: 'Expand',
    collapse: 'Collapse',
    totals: 'Total (sum of rows)',
    printedTotals: 'Total as printed',
    difference: 'difference',
    partial: 'partial: some rows print no figure',
    computedMark: ' (computed)',
    noRows: 'No rows match the filter.',
    scope: 'Scope',
    department: 'Whole department',
    spending: { basic: 'Basic spending', project: 'Project spending' },
    sortAsc: 'ascending',
    sortDesc: 'descending',
    detail: { content: 'Content', targets: 'Performance targets', indicators: 'Indicators' },
    showDetail: 'Project details',
    source: 'Source',
    table: 'Table',
    lines: (a: number, b: number) => (a === b ? `line ${a}` : `lines ${a}–${b}`),
    document: 'Document',
    computedNote: 'The document prints no such figure: this is the exact sum of the rows below.',
    computedShort: 'computed: sum of the rows below (not printed)',
    unitsNote: 'The document prints this code once per sub-unit; this is the exact sum over the sub-units.',
    unitsShort: 'computed: same code added over sub-units (printed per unit)',
    totalNote: 'The exact sum of the table’s top-level rows.',
    close: 'Close',
    sourceOf: (what: string) => `Source of “${what}”`,
    rows: (n: number) => `${n} rows`,
    focused: (label: string) => `Found: ${label} (marked in the table)`,
    focusMissing: (key: string) => `The row ${key} named in the link is not in this table.`,
  },
} as const;

/** The words that name the budget's unit (元 or 万元): tables show amounts as the budget prints them. */
const UNIT_WORDS = {
  zh: (u: MoneyUnit) => ({ unitNote: `单位：${u}`, unitColumn: '金额单位', unitValue: u, unitAfter: u }),
  en: (u: MoneyUnit) => ({
    unitNote: u === '元' ? 'Amounts in yuan (元)' : 'Amounts in 10,000 yuan (万元)',
    unitColumn: 'Unit of amounts',
    unitValue: u === '元' ? 'yuan (元)' : '10,000 yuan (万元)',
    unitAfter: u === '元' ? 'yuan' : '×10,000 yuan',
  }),
};

export type TableStrings = (typeof UI)[Lang] & ReturnType<(typeof UNIT_WORDS)[Lang]>;

export function tableStrings(lang: Lang, unit: MoneyUnit): TableStrings {
  return { ...UI[lang], ...UNIT_WORDS[lang](unit) };
}

/** Column header: a known label key, or (funding columns) the income source's printed name / English name. */
export function columnLabel(label: string, lang: Lang, incomeKey?: IncomeKey): string {
  if (incomeKey) return lang === 'en' ? INCOME_EN[incomeKey] : label;
  const dict: Record<string, string> = COLUMNS[lang];
  return dict[label] ?? label;
}
