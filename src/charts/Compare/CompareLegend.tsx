/**
 * Which colour is which budget, as SVG (so that an exported image names its budgets) — the first export
 * part above the sections' bars. Text wraps to the width; every budget on its own line.
 */
import { useMemo } from 'react';
import { wrapText } from '../text';
import { useElementWidth } from '../useElementWidth';
import { StaticDrawings } from '../StaticDrawings';
import { budgetColour } from '../palette';
import styles from './CompareBars.module.css';

const FONT = 13;
const LINE = 18;
const SWATCH = 12;

/** Until its box is measured, drawn at the two fixed widths (StaticDrawings), the test id on the live drawing only. */
export function CompareLegend({ items, label }: { items: readonly string[]; label: string }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  return (
    <div ref={ref} className={styles.legend}>
      {width > 0 ? (
        <LegendSvg items={items} label={label} width={width} live />
      ) : (
        <StaticDrawings testId="compare-legend-premeasure" draw={(w) => <LegendSvg items={items} label={label} width={w} live={false} />} />
      )}
    </div>
  );
}

function LegendSvg({ items, label, width, live }: { items: readonly string[]; label: string; width: number; live: boolean }) {
  const rows = useMemo(() => {
    let y = 0;
    return items.map((text, i) => {
      const lines = wrapText(text, Math.max(60, width - SWATCH - 10), FONT);
      const row = { i, y, lines };
      y += lines.length * LINE + 4;
      return row;
    });
  }, [items, width]);
  const height = Math.max(1, ...rows.map((r) => r.y + r.lines.length * LINE));
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${label}: ${items.join('; ')}`}
      data-export-part={live ? '' : undefined}
      data-testid={live ? 'compare-legend' : undefined}
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
  );
}
