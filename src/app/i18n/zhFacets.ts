/** 目录筛选 in Chinese. Part of zh.ts. */
import type { FacetWords } from './facetWords';

export const facetsZh: FacetWords = {
  legend: '筛选',
  region: '地区',
  year: '年度',
  kind: '类型',
  unit: '金额单位',
  any: '全部',
  option: (label, count) => `${label}（${count}）`,
  text: '名称',
  textPlaceholder: '部门或地区名称',
  clear: '清除筛选',
  shown: (shown, all) => `显示 ${shown} / ${all} 份`,
  none: '没有符合筛选条件的文件。',
  more: (n) => `再显示 ${n} 份`,
  loadingAll: (all) => `正在载入全部 ${all} 份文件的目录…`,
};
