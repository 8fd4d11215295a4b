/**
 * The sections of a comparison (对比), in page order: totals, income (收入), 功能分类, and 经济分类 under
 * 基本支出 and under 项目支出. Here, not in app/, because an embed link names one (`section=`).
 */
export const COMPARE_SECTIONS = ['totals', 'income', 'functional', 'economicBasic', 'economicProject'] as const;
export type CompareSectionId = (typeof COMPARE_SECTIONS)[number];

export function isCompareSection(v: string): v is CompareSectionId {
  return (COMPARE_SECTIONS as readonly string[]).includes(v);
}
