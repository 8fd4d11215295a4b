/**
 * The amount columns of the 功能分类 tables, recognised from the words of the printed header.
 *
 * Every layout prints 合计/总计, 基本支出 and 项目支出 in that order; what follows (or, in the 2017
 * per-unit tables, what is nested under them) depends on the template. We list the columns a header
 * names, in the templates' fixed order, and check every row's cell count against that list — a row
 * that does not fit is warned about, never squeezed in.
 */
import type { FunctionalPart } from '../../../model/types';
import type { TableBlock } from '../../segment';
import { squash } from '../../cells';

/**
 * A column: 合计/基本支出/项目支出, the 2016 columns (003 表五/表八: 年初预算, 调整后预算, 预算执行,
 * 执行率%), or one of the other printed columns carried in FunctionalRow.parts (see FunctionalPart).
 */
export type ColumnKey = 'prior.budget' | 'prior.adjusted' | 'prior.executed' | 'prior.rate' | 'total' | 'basic' | 'project' | FunctionalPart;

/** Header words (squashed) that announce a column, in the templates' printed order. */
const OPTIONAL: { key: ColumnKey; words: string[] }[] = [
  { key: 'prior.budget', words: ['年初预算'] },
  { key: 'prior.adjusted', words: ['调整后预算'] },
  { key: 'prior.executed', words: ['预算执行'] },
  { key: 'prior.rate', words: ['执行率'] },
];
const BASIC_PARTS: { key: ColumnKey; words: string[] }[] = [
  { key: 'basic.wages', words: ['工资福利'] },
  { key: 'basic.goodsServices', words: ['商品和服务'] },
  { key: 'basic.householdSubsidy', words: ['对个人和家庭'] },
];
const PROJECT_PARTS: { key: ColumnKey; words: string[] }[] = [
  { key: 'project.recurring', words: ['经常性项目'] },
  { key: 'project.oneOff', words: ['一次性项目'] },
  { key: 'project.department', words: ['部门项目支出'] },
  // 财政专项资金(本级支出): not 003's 市级财政专项资金, a column of its own outside 项目支出
  { key: 'project.special', words: ['专项资金(本级支出)'] },
];
const TRAILING: { key: ColumnKey; words: string[] }[] = [
  { key: 'specialFunds', words: ['市级财政专项资金'] },
  // 001's first-page header is OCR-garbled ("事业单位" and "经营支出" on different lines): match the
  // part of each name that survives on its own.
  { key: 'operating', words: ['经营支出'] },
  { key: 'subsidiaryGrants', words: ['附属单位'] },
  { key: 'remitToSuperior', words: ['上缴上级'] },
  { key: 'carryForward', words: ['结转下年'] },
];

/** The squashed header text, full-width parentheses folded, for word matching. */
export function headerText(table: TableBlock): string {
  return table.header
    .map((l) => squash(l.text))
    .join('')
    .replace(/（/gu, '(')
    .replace(/）/gu, ')');
}

function present(header: string, specs: { key: ColumnKey; words: string[] }[]): ColumnKey[] {
  return specs.filter((s) => s.words.some((w) => header.includes(w))).map((s) => s.key);
}

/**
 * The amount columns a header names, in order. `null` where the header does not name the three
 * columns every 功能分类 table prints (合计/总计/小计, 基本支出, 项目支出).
 */
export function amountColumns(header: string): ColumnKey[] | null {
  if (!/合计|总计|小计/u.test(header) || !header.includes('基本支出') || !header.includes('项目支出')) return null;
  return [
    ...present(header, OPTIONAL),
    'total',
    'basic',
    ...present(header, BASIC_PARTS),
    'project',
    ...present(header, PROJECT_PARTS),
    ...present(header, TRAILING),
  ];
}

/**
 * The 2017 layout-preserved template (003): codes printed in three columns 类 款 项 and a 单位编码
 * column, blank cells where a figure is zero.
 */
export function isPerUnitLayout(header: string): boolean {
  return header.includes('类款项');
}

/** Chinese column names, for warnings. */
export const COLUMN_NAMES: Record<ColumnKey, string> = {
  'prior.budget': '上年年初预算',
  'prior.adjusted': '上年调整后预算',
  'prior.executed': '上年预算执行',
  'prior.rate': '执行率',
  total: '合计',
  basic: '基本支出',
  'basic.wages': '工资福利支出',
  'basic.goodsServices': '商品和服务支出',
  'basic.householdSubsidy': '对个人和家庭的补助支出',
  project: '项目支出',
  'project.recurring': '经常性项目',
  'project.oneOff': '一次性项目',
  'project.department': '部门项目支出',
  'project.special': '财政专项资金',
  specialFunds: '市级财政专项资金',
  operating: '事业单位经营支出',
  subsidiaryGrants: '对附属单位补助支出',
  remitToSuperior: '上缴上级支出',
  carryForward: '结转下年',
};
