/**
 * The compare bars of one section as SVG (render only: geometry from layoutCompareBars). Marked as an
 * export part, so 下载 SVG / PNG (src/charts/export) takes it with its caption. Screen readers get one
 * label for the picture; the table under it carries every figure as text.
 */
import { useMemo } from 'react';
import { useElementWidth } from '../useElementWidth';
import { StaticDrawings } from '../StaticDrawings';
import { BARS, layoutCompareBars, type BarLineInput, type BarScaleSpec } from './compareBarsLayout';
import { budgetColour, MISSING } from '../palette';
import styles from './CompareBars.module.css';
import { cx } from '../../styles/cx';

interface Props {
  lines: readonly BarLineInput[];
  /** Caption of the exported image part, and the accessible name. */
  caption: string;
  testId: string;
  /** The scale the bars are drawn to (shared with other sections, or the section's own). */
  scale?: BarScaleSpec | undefined;
  /** 'shared' | 'own': which kind of scale the ruler's caption claims (data-scale, for the reader's tools). */
  scaleKind?: string | undefined;
  /** The ruler's caption ("同一比例尺…" / "本节单独比例尺…"), written above the ticks. */
  scaleLabel?: ((step: string) => string) | undefined;
  /** The unit of the amounts (data-unit). */
  unit?: string | undefined;
}

/**
 * Until its box is measured (the page rendered at build time, and the browser's first render that hydrates
 * it) the bars are drawn at the two fixed widths (StaticDrawings), without test ids or export marks: those
 * belong to the live drawing only.
 */
export function CompareBars({ lines, caption, testId, scale, scaleKind, scaleLabel, unit }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const layout = useMemo(() => (width > 0 ? layoutCompareBars(lines, width, scale, scaleLabel) : null), [lines, width, scale, scaleLabel]);
  return (
    <div ref={ref} className={styles.bars}>
      {width > 0 ? (
        layout && layout.rows.length > 0 ? (
          <BarsSvg layout={layout} caption={caption} live={{ testId, scaleKind, unit }} />
        ) : null
      ) : (
        <StaticDrawings
          testId={`${testId}-premeasure`}
          draw={(w) => {
            const l = layoutCompareBars(lines, w, scale, scaleLabel);
            return l.rows.length > 0 ? <BarsSvg layout={l} caption={caption} /> : null;
          }}
        />
      )}
    </div>
  );
}

/** `live`: the drawing at the measured width, which carries the test ids and marks the export takes. */
function BarsSvg({
  layout,
  caption,
  live,
}: {
  layout: ReturnType<typeof layoutCompareBars>;
  caption: string;
  live?: { testId: string; scaleKind?: string | undefined; unit?: string | undefined };
}) {
  const testId = live?.testId;
  return (
    <svg
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={caption}
      data-export-part={live ? '' : undefined}
      data-export-caption={live ? caption : undefined}
      data-testid={testId}
      data-scale={live?.scaleKind}
      data-scale-max={layout.scale.max}
      data-scale-step={layout.scale.step}
      data-unit={live?.unit}
    >
      <g className={styles.axis} data-testid={testId && `${testId}-axis`}>
        {layout.axis.caption.map((c) => (
          <text key={`${c.y}`} x={c.x} y={c.y} fontSize={BARS.axisFont} className={styles.axisCaption}>
            {c.text}
          </text>
        ))}
        {layout.axis.ticks.map((t) => (
          <g key={t.label}>
            <line x1={t.x} x2={t.x} y1={layout.axis.baseline - BARS.tickLen} y2={layout.height} className={styles.grid} />
            <text x={t.labelX} y={t.labelY} fontSize={BARS.axisFont} textAnchor="middle" className={styles.tickLabel}>
              {t.label}
            </text>
          </g>
        ))}
        <line x1={layout.barX} x2={layout.barX + layout.barMax} y1={layout.axis.baseline} y2={layout.axis.baseline} className={styles.baseline} />
      </g>
      {layout.rows.map((r) => (
        <g key={r.key} data-testid={testId && `${testId}-line-${r.key}`}>
          {r.labelLines.map((l) => (
            <text key={`${l.y}`} x={l.x} y={l.y} fontSize={BARS.labelFont} className={styles.barsLabel}>
              {l.text}
            </text>
          ))}
          {r.bars.map((b) => (
            <g key={b.budget}>
              {b.width > 0 ? (
                <rect
                  x={b.x}
                  y={b.y}
                  width={b.width}
                  height={b.height}
                  fill={budgetColour(b.budget)}
                  rx={1.5}
                  data-bar=""
                  data-amount={b.amount ?? undefined}
                  data-hairline={b.hairline ? '' : undefined}
                />
              ) : null}
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
  );
}
