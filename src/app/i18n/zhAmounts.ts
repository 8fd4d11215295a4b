/** 金额单位 (原文单位 / 百万元) in Chinese. Part of zh.ts. */
import type { AmountWords } from './amountWords';

export const amountsZh: AmountWords = {
  toggleLabel: '金额单位',
  printed: (u) => `原文（${u}）`,
  million: '百万元',
  unitAfter: (u) => u,
  unitNote: (u) => `单位：${u}`,
  unitShort: (u) => `单位：${u}`,
  flowsCaption: (u) => `资金流向（文字版）（单位：${u}）`,
  colAmount: (u) => `金额（${u}）`,
  convertedLong: (printed) =>
    `金额单位：百万元（由原文${printed}精确换算，1 百万元 = ${printed === '万元' ? '100 万元' : '1,000,000 元'}，不舍入；点击数字可见原文数字）`,
  catalogNote: '各份文件的支出总计已由其原文单位（元或万元）精确换算为百万元；各预算页面也可看原文印出的数字。',
  filesPrinted: (printed) => `数据文件（CSV、JSON）保留原文数字，单位为${printed}（另有单位列）。`,
  shownAs: (amount, u) => `页面显示为 ${amount} ${u}`,
};
