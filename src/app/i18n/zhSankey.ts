/** The Sankey's words for rounding gaps, a dropped pass-through column and a scrolling chart, in Chinese. Part of zhCharts.ts. */
import type { SankeyReadWords } from '../../charts/Sankey/readWords';

const WHAT = { economic: '其经济分类之和', kuan: '其“款”级科目之和', income: '基本支出与项目支出之和' } as const;

export const sankeyReadZh: SankeyReadWords = {
  rounding: (kind, label, expected, actual, difference, unit) =>
    `${kind === 'income' ? '收入来源合计' : `“${label}”`} ${expected} ${unit}，${WHAT[kind] ?? ''} ${actual} ${unit}：相差 ${difference} ${unit}，属舍入差异，图中不单独画出。`,
  roundingCheck: '见数据核对',
  folded: (label, sources) => `收入来源（${sources}）只汇入“${label}”，不单列一栏：图中画作该节点的分段。`,
  foldedSep: '、',
  scrollHint: '图表较高，可在框内上下滚动查看。',
};
