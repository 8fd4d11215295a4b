/**
 * Which colour is which budget, as SVG (so that an exported image names its budgets) — the first export
 * part above the sections' bars. Text wraps to the width; every budget on its own line.
 */
import { useMemo } from 'react';
import { wrapText } from '../text';
import { useElementWidth } from '../useElementWidth';
import { budgetColour } from '../palette';
import styles from './CompareBars.module.css';

const FONT = 13;
const LINE = 18;
const SWATCH = 12;

export function CompareLegend({ items, label }: { items: readonly string[]; label: string }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const rows = useMemo(() => {
    if (width <= 0) return null;
    let y = 0;
    return items.map((text, i) => {
      const lines = wrapText(text, Math.max(60, width - SWATCH - 10), FONT);
      const row = { i, y, lines };
      y += lines.length * LINE + 4;
      return row;
    });
  }, [items, width]);
  const height = rows ? Math.max(1, ...rows.map((r) => r.y + r.lines.length * LINE)) : 0;
  return (
    <div ref={ref} className={styles.legend}>
      {rows ? (
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={`${label}: ${items.join('; ')}`}
          data-export-part=""
          data-testid="compare-legend"
        >
          {rows.map((r) => (
            <g key={r.i}>
              <rect x={0} y={r.y + 3} width={SWATCH} height={SWATCH} fill={budgetColour(r.i)} rx={2} />
              {r.lines.map((l, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one wrapped label are identified by their position
                <text key={`${j}`} x={SWATCH + 8} y={r.y + (j + 1) * LINE - 4} fontSize={FONT} className={styles.legendText}>
                  {l}
                </text>
              ))}
            </g>
          ))}
        </svg>
      ) : null}
    </div>
  );
}
