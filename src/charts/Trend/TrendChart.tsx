/**
 * 趋势 (a department over the years): one line per series across every year from the first document to the
 * last, on one scale in 万元. A year without a document is a gap — shaded and named — never a zero, and a
 * line never bridges it: points on both sides stand alone. Every point is labelled with its figure.
 */
import { Swatch } from '../Swatch';
import { toGeometry } from '../../model/decimal';
import { budgetColour } from '../palette';
import { textWidth } from '../text';
import { useElementWidth } from '../useElementWidth';
import { StaticDrawings } from '../StaticDrawings';
import styles from './TrendChart.module.css';

export interface TrendSeries {
  key: string;
  label: string;
  /** One per year of `years`: the figure in 万元 (exact string) and its label, or null where there is none. */
  points: ({ wan: string; label: string } | null)[];
}

export interface TrendWords {
  title: string;
  unit: string;
  noDocument: string;
}

const HEIGHT = 300;
const PAD = { top: 24, right: 16, bottom: 40, left: 16 };
const FONT = 12;

/** The drawing at width `w`; `live` marks the chart a reader (and the tests) use: the premeasure drawings carry no test ids. */
function TrendSvg({
  w,
  years,
  series,
  words,
  live,
}: {
  w: number;
  years: readonly number[];
  series: readonly TrendSeries[];
  words: TrendWords;
  live: boolean;
}) {
  const inner = { w: w - PAD.left - PAD.right, h: HEIGHT - PAD.top - PAD.bottom };
  const max = Math.max(0, ...series.flatMap((s) => s.points.map((p) => (p ? toGeometry(p.wan) : 0))));
  const step = years.length > 1 ? inner.w / (years.length - 1) : 0;
  const x = (i: number) => PAD.left + (years.length > 1 ? i * step : inner.w / 2);
  const y = (v: number) => PAD.top + inner.h - (max > 0 ? (v / max) * inner.h : 0);
  const gapWidth = Math.max(step * 0.8, 24);
  const id = (testId: string) => (live ? testId : undefined);
  return (
    <svg width={w} height={HEIGHT} role="img" aria-label={`${words.title} (${words.unit})`} data-testid={id('trend-svg')}>
      {years.map((year, i) =>
        series.every((s) => s.points[i] === null) ? (
          <g key={`gap-${year}`} data-testid={id('trend-gap')} data-year={year}>
            <rect x={x(i) - gapWidth / 2} y={PAD.top} width={gapWidth} height={inner.h} className={styles.gap} />
            <text x={x(i)} y={PAD.top + inner.h / 2} className={styles.gapText} textAnchor="middle" writingMode="vertical-rl">
              {words.noDocument}
            </text>
          </g>
        ) : null,
      )}
      <line x1={PAD.left} x2={w - PAD.right} y1={y(0)} y2={y(0)} className={styles.axis} />
      {years.map((year, i) => (
        <text key={year} x={x(i)} y={HEIGHT - PAD.bottom + 18} textAnchor="middle" className={styles.year}>
          {year}
        </text>
      ))}
      {series.map((s, si) => {
        const colour = budgetColour(si);
        const segments: string[] = [];
        s.points.forEach((p, i) => {
          const prev = i > 0 ? s.points[i - 1] : null;
          if (p && prev) segments.push(`M${x(i - 1)},${y(toGeometry(prev.wan))}L${x(i)},${y(toGeometry(p.wan))}`);
        });
        return (
          <g key={s.key} data-testid={id(`trend-series-${s.key}`)}>
            {segments.length > 0 ? <path d={segments.join('')} stroke={colour} strokeWidth={2} fill="none" /> : null}
            {s.points.map((p, i) =>
              p ? (
                <g key={years[i]} data-testid={id('trend-point')} data-year={years[i]} data-wan={p.wan}>
                  <circle cx={x(i)} cy={y(toGeometry(p.wan))} r={4} fill={colour} />
                  <text
                    x={Math.min(Math.max(x(i), PAD.left + textWidth(p.label, FONT) / 2), w - PAD.right - textWidth(p.label, FONT) / 2)}
                    y={y(toGeometry(p.wan)) - 8}
                    textAnchor="middle"
                    className={styles.pointLabel}
                  >
                    {p.label}
                  </text>
                </g>
              ) : null,
            )}
          </g>
        );
      })}
    </svg>
  );
}

/**
 * Until its box is measured (the page rendered at build time, and the browser's first render that hydrates
 * it) the chart is drawn at the two fixed widths (charts/staticWidths.ts), base.css showing the one that
 * fits; the height is the same at every width, so nothing below moves when the live drawing takes its place.
 */
export function TrendChart({ years, series, words }: { years: readonly number[]; series: readonly TrendSeries[]; words: TrendWords }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  return (
    <figure className={styles.figure} data-testid="trend-chart">
      <figcaption className={styles.caption}>
        {words.title} <span className={styles.unit}>{words.unit}</span>
      </figcaption>
      <div ref={ref} className={styles.box}>
        {width > 0 ? (
          <TrendSvg w={Math.max(280, width)} years={years} series={series} words={words} live />
        ) : (
          <StaticDrawings testId="trend-premeasure" draw={(w) => <TrendSvg w={w} years={years} series={series} words={words} live={false} />} />
        )}
      </div>
      <ul className={styles.legend}>
        {series.map((s, si) => (
          <li key={s.key}>
            <Swatch className={styles.swatch} fill={budgetColour(si)} />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
