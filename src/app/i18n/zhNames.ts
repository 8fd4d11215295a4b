/** 名称：中文界面只显示原文名称。Part of zh.ts. */
import type { NamesWords } from './namesWords';

export const namesZh: NamesWords = {
  englishNames: false,
  printedAs: (printed) => `原文：${printed}`,
  searchNoHitsHint: '试试名称的一部分（如“工资”“网格”），或科目编码（如 30101）。',
};
