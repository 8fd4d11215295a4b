/**
 * The treemap legend's entries (图例), apart from the chart's component so that the build's preview images
 * (scripts/previewImages.ts) name the 类 exactly as the chart does.
 */
import { LEI_NAMES_ZH } from '../../model/leiNames';
import type { TreeNode } from '../../model/tree';
import type { LegendItem } from './TreemapLegend';
import type { TreemapCell } from './useTreemap';
import type { TreemapWords } from './words';

/**
 * The legend's entries: each 类 of the cells shown, largest first, then the grey of cells of no single
 * 类. A 类 is named as its own node is (English name where there is one, misprint marked), else by the
 * standard name of its code.
 */
export function legendItems(cells: readonly TreemapCell[], chain: readonly TreeNode[], nameOf: (n: TreeNode) => string, t: TreemapWords): LegendItem[] {
  const out: LegendItem[] = [];
  const seen = new Set<string>();
  let none = false;
  for (const c of cells) {
    if (!c.node) continue;
    if (c.lei === null) {
      none = true;
      continue;
    }
    if (seen.has(c.lei)) continue;
    seen.add(c.lei);
    const own = [c.node, ...chain].find((n) => n.level === 'lei' && n.code === c.lei);
    const name = own ? nameOf(own) : (t.leiName(c.lei) ?? LEI_NAMES_ZH[c.lei] ?? '');
    out.push({ lei: c.lei, label: `${c.lei} ${name}`.trim() });
  }
  if (none) out.push({ lei: null, label: t.treemapMore.noLei });
  return out;
}
