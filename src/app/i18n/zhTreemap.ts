/** The treemap's legend, small-items list, misprint mark and sum notes in Chinese. Part of zh.ts. */
import type { TreemapMoreWords } from '../../charts/Treemap/moreWords';

export const treemapZh: TreemapMoreWords = {
  legendTitle: '颜色：功能分类（类）',
  noLei: '不属单一的类（单位的项目分属多个类，或原文未列功能分类）',
  smallTitle: (n) => `图中放不下标注的 ${n} 项`,
  smallHelp: '这些格子太小，写不下名称和金额；点击各项与点击格子相同。',
  sic: ' [原文如此]',
  sicTitle: (intended) => `原文如此印出，应为「${intended}」（印刷错误，见 data/crosswalk.json）`,
  basisNote: (b) => {
    switch (b.basis) {
      case 'sumOfUnitRows':
        return `原表未印出部门合计：此数为 ${b.count} 个单位同一科目金额之和（原文按单位列出）。`;
      case 'sumOfRows':
        return `此数为原表中同一科目 ${b.count} 行之和。`;
      case 'sumOfChildren':
        return `原表未印出此行：此数为其下 ${b.count} 项之和。`;
      case 'printed':
        return '';
    }
  },
};
