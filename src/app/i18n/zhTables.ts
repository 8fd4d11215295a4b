/**
 * 明细表 words added for issue 12 (Chinese): the 单位 table's computed figures, 未列示, the CSV of the whole
 * table and the sideways-scroll hint. Spread into tablesZh (zhCharts.ts).
 */
import type { TableWordsMore } from '../../tables/words';

export const tablesMoreZh: TableWordsMore = {
  levelColumn: '层级',
  filteredTotals: (n) => `合计（筛选所得 ${n} 行之和）`,
  filteredNote: (n, context) =>
    `计算值：本文件中符合筛选条件的 ${n} 行的精确合计${context > 0 ? `；另有 ${context} 行是为显示层级而列出的上级或下级行，未计入` : ''}。占比为占全表合计的比例。`,
  projectsShort: '计算值：该单位各项目之和',
  partsShort: '计算值：基本支出 + 项目支出',
  projectsNote: '来源文件没有列出该单位的项目支出：此数为项目支出表中该单位各项目金额的精确合计（与“按单位与项目”树图相同）。',
  partsNote: '来源文件没有列出该单位的合计：此数为该单位基本支出与项目支出的精确合计。',
  notPrinted: '未列示',
  notPrintedNote: '来源文件没有列出这个数字，也无法从所列数字算出；不按 0 处理。',
  scrollHint: '表格较宽：左右滑动查看更多列',
};
