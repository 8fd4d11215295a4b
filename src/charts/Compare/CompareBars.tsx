/**
 * The compare bars of one section as SVG (render only: geometry from layoutCompareBars). Marked as an
 * export part, so 下载 SVG / PNG (src/charts/export) takes it with its caption. Screen readers get one
 * label for the picture; the table under it carries every figure as text.
 */
import { useMemo } from 'react';
import { useElementWidth } from '../useElementWidth';
import { BARS, layoutCompareBars, type BarLineInput } from './compareBarsLayout';
import { budgetColour, MISSING } from '../palette';
import styles from './CompareBars.module.css';
import { cx } from '../../styles/cx';

interface Props {
  lines: readonly BarLineInput[];
  /** Caption of the exported image part, and the accessible name. */
  caption: string;
  testId: string;
}

export function CompareBars({ lines, caption, testId }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const layout = useMemo(() => (width > 0 ? layoutCompareBars(lines, width) : null), [lines, width]);
  return (
    <div ref={ref} className={styles.bars}>
      {layout && layout.rows.length > 0 ? (
        <svg
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-label={caption}
          data-export-part=""
          data-export-caption={caption}
          data-testid={testId}
        >
          {layout.rows.map((r) => (
            <g key={r.key} data-testid={`${testId}-line-${r.key}`}>
              {r.labelLines.map((l) => (
                <text key={`${l.y}`} x={l.x} y={l.y} fontSize={BARS.labelFont} className={styles.barsLabel}>
                  {l.text}
                </text>
              ))}
              {r.bars.map((b) => (
                <g key={b.budget}>
                  {b.width > 0 ? <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={budgetColour(b.budget)} rx={1.5} /> : null}
                  {b.missing ? <rect x={b.x} y={b.y} width={2} height={b.height} fill={MISSING} /> : null}
                  <text x={b.textX} y={b.textY} fontSize={BARS.valueFont} className={b.missing ? cx(styles.barsValue, styles.missing) : styles.barsValue}>
                    {b.text}
                  </text>
                </g>
              ))}
              {r.diffs.map((d) => (
                <text key={`${d.y}`} x={d.x} y={d.y} fontSize={BARS.diffFont} className={styles.barsDiff}>
                  {d.text}
                </text>
              ))}
            </g>
          ))}
        </svg>
      ) : null}
    </div>
  );
}
