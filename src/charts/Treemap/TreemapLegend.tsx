import { leiFill, NO_LEI_FILL } from '../leiPalette';
import { Swatch } from '../Swatch';
import styles from './TreemapLegend.module.css';

export interface LegendItem {
  /** The 类 code, or null for the grey of cells of no single 类. */
  lei: string | null;
  /** "201 一般公共服务支出" (the page's words). */
  label: string;
}

/**
 * 图例: each 功能分类 类 shown, with its colour — the same colour in every budget and view (leiPalette.ts).
 * Colour is not the only carrier: every cell is also named (label, small-items list, text table).
 */
export function TreemapLegend({ title, items }: { title: string; items: readonly LegendItem[] }) {
  if (items.length === 0) return null;
  return (
    // data-export-legend / data-export-fill: the image export draws this legend under the chart (svgExport).
    <figure className={styles.legend} data-testid="treemap-legend" data-export-legend={title}>
      <figcaption className={styles.title}>{title}</figcaption>
      <ul className={styles.items}>
        {items.map((it) => {
          const fill = it.lei === null ? NO_LEI_FILL : leiFill(it.lei);
          return (
            <li key={it.lei ?? 'none'} className={styles.item} data-testid={`treemap-legend-${it.lei ?? 'none'}`} data-fill={fill} data-export-fill={fill}>
              <Swatch className={styles.swatch} fill={fill} outlined />
              <span>{it.label}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
