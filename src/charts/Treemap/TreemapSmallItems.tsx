import type { TreemapCell } from './useTreemap';
import { Swatch } from '../Swatch';
import styles from './TreemapSmallItems.module.css';

interface Props {
  /** The cells of the level shown that carry no label (too small for their name and amount), largest first. */
  cells: readonly TreemapCell[];
  title: string;
  help: string;
  unitLabel: string;
  /** Says the item opens a level below (the same words as the cells' aria-label). */
  drillIn: string;
  listSep: string;
  /** As a click on the cell: drill in, or show its details where there is nothing below. */
  onOpen: (cell: TreemapCell) => void;
}

/**
 * 图中放不下的小项: every cell of the level shown that is too small to be labelled, in words — name, amount
 * exactly as printed with its unit, share — so that nothing is visible only on hover. Each item is a
 * button: Tab reaches it, Enter or a click opens it as the cell would.
 */
export function TreemapSmallItems({ cells, title, help, unitLabel, drillIn, listSep, onOpen }: Props) {
  if (cells.length === 0) return null;
  return (
    <section className={styles.small} data-testid="treemap-small" aria-label={title}>
      <h3 className={styles.title}>{title}</h3>
      <p className={styles.help}>{help}</p>
      <ul className={styles.list}>
        {cells.map((c) => (
          <li key={c.key}>
            <button
              type="button"
              className={styles.item}
              onClick={() => onOpen(c)}
              data-testid={`treemap-small-${c.key}`}
              data-small-key={c.key}
              aria-label={[`${c.name} ${c.amount} ${unitLabel}`, c.share, c.drillable ? drillIn : ''].filter(Boolean).join(listSep)}
            >
              <Swatch className={styles.swatch} fill={c.colour.fill} outlined />
              <span className={styles.name}>{c.name}</span>
              <span className={styles.figures}>
                <span className={styles.amount}>
                  {c.amount} {unitLabel}
                </span>
                <span className={styles.share}>{c.share}</span>
              </span>
              {c.drillable ? (
                <span className={styles.more} aria-hidden="true">
                  ›
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
