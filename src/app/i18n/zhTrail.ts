/** The source trail and printing in Chinese. Part of zh.ts. */
import type { TrailWords } from './trailWords';

export const trailZh: TrailWords = {
  noteLink: '查看原文',
  csvColumn: '原文链接',
  exportCredit: (url) => `原文：${url}`,
  exportData: (urls) => `数据：${urls}`,
  embedLink: '原文',
  pageMarker: (page) => `第 ${page} 页`,
  citedPage: (first, last) => (first === last ? `原文第 ${first} 页` : `原文第 ${first}–${last} 页`),
  officialPublication: '原文出处',
  officialPage: (page) => `（第 ${page} 页）`,
  printSources: '出处',
  printSourceDoc: (file) => `原文文件 ${file}`,
  printPageAddress: '本页地址',
};
