/**
 * Geometry of the compare bars (对比条形图): for each line, its label, then one bar per budget, aligned
 * on a common scale (layout/barScale.ts; shared with other sections where the caller passes one) so that
 * lengths compare across budgets and lines; each bar's figure and share is written after it, and the
 * difference under the bars. A ruler on top (刻度) names the scale. Pure: figures come in as exact
 * amount strings and display strings; only the resulting lengths are `number`.
 *
 * Wide (≥ 560 px): label column on the left, bars on the right. Narrow (a 375 px phone): the label on
 * its own lines above the bars, bars full width. Text widths are estimated (labelFit.ts, erring wide),
 * and bar lengths leave room for the longest figure text, so nothing overlaps or leaves the box.
 */
import { textWidth, wrapText } from '../text';
import { barScale, type BarScale } from '../../layout/barScale';
import { dec } from '../../model/decimal';
import { formatAmount } from '../../model/format';

export interface BarLineInput {
  key: string;
  /** "206 科学技术支出"; flags appended as text by the caller ("［更名］"). */
  label: string;
  /** Tree depth (0 = 类), for indenting the label. */
  depth: number;
  /** One per budget: the exact amount (the comparison's unit), or null where the line is not printed. */
  amounts: (string | null)[];
  /** One per budget: "5,411.72 · 91.4%", or the "not printed" text. */
  texts: string[];
  /** "差额 −3,845.43（−71.1%）" lines, one per pair of budgets; may be empty. */
  diffs: string[];
}

export interface BarRect {
  budget: number;
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
  textX: number;
  textY: number;
  missing: boolean;
  /** The exact amount drawn (null: not printed), for the reader's tools and the tests. */
  amount: string | null;
  /** Drawn 1 px wide although the scale gives less: "tiny" must differ from "zero". */
  hairline: boolean;
}

export interface BarRow {
  key: string;
  y: number;
  height: number;
  labelLines: { text: string; x: number; y: number }[];
  bars: BarRect[];
  diffs: { text: string; x: number; y: number }[];
}

export interface BarsLayout {
  width: number;
  height: number;
  rows: BarRow[];
  /** Where the bars start and how long the longest may be (for the axis line). */
  barX: number;
  barMax: number;
  scale: BarScale;
  /** The ruler on top: its caption (wrapped), the ticks and the baseline's y; rows start below it. */
  axis: {
    caption: { text: string; x: number; y: number }[];
    ticks: { x: number; label: string; labelX: number; labelY: number }[];
    baseline: number;
    bottom: number;
  };
}

/**
 * The scale a section is drawn to: the top of its domain and every figure text drawn to it (all
 * sections sharing a scale leave room for the longest text of any of them, so they get the same
 * bar length for the same figure).
 */
export interface BarScaleSpec {
  max: string;
  texts: readonly string[];
}

export const BARS = {
  labelFont: 13,
  labelLine: 17,
  valueFont: 11.5,
  diffFont: 11.5,
  diffLine: 15,
  barHeight: 13,
  barGap: 4,
  rowGap: 12,
  indent: 12,
  narrowBelow: 560,
  axisFont: 11,
  axisLine: 15,
  tickLen: 4,
} as const;

const GAP_TEXT = 5;

export function layoutCompareBars(lines: readonly BarLineInput[], width: number, spec?: BarScaleSpec, caption?: (step: string) => string): BarsLayout {
  const w = Math.max(240, Math.floor(width));
  const narrow = w < BARS.narrowBelow;
  const labelW = narrow ? w : Math.round(Math.min(300, Math.max(170, w * 0.34)));
  const barX = narrow ? 0 : labelW + 14;
  // Room after the longest bar for its figure text (estimated, erring wide): of every text drawn to the scale.
  const texts = spec ? spec.texts : lines.flatMap((l) => l.texts);
  const textRoom = Math.ceil(Math.max(60, ...texts.map((t) => textWidth(t, BARS.valueFont)))) + GAP_TEXT + 2;
  const barMax = Math.max(24, w - barX - textRoom);
  const ownMax = lines.flatMap((l) => l.amounts).reduce<string>((m, a) => (a !== null && dec(a).greaterThan(dec(m)) ? a : m), '0');
  const scale = barScale(spec ? spec.max : ownMax, barMax);

  // The ruler: caption over the bars' column, tick labels, then the baseline.
  const captionLines = caption ? wrapText(caption(formatAmount(scale.step)), w, BARS.axisFont) : [];
  const axisCaption = captionLines.map((text, i) => ({ text, x: 0, y: (i + 1) * BARS.axisLine - 4 }));
  const labelY = captionLines.length * BARS.axisLine + BARS.axisLine - 4;
  const baseline = captionLines.length * BARS.axisLine + BARS.axisLine + BARS.tickLen;
  const ticks = scale.ticks.map((t) => {
    const half = textWidth(t.label, BARS.axisFont) / 2;
    const x = barX + t.px;
    return { x, label: t.label, labelX: Math.min(Math.max(x, half), w - half), labelY };
  });
  const axisBottom = baseline + 8;

  let y = axisBottom;
  const rows: BarRow[] = lines.map((l) => {
    const indent = Math.min(l.depth, 3) * BARS.indent;
    const wrapped = wrapText(l.label, Math.max(40, labelW - indent - 2), BARS.labelFont);
    const labelLines = wrapped.map((text, i) => ({ text, x: indent, y: y + (i + 1) * BARS.labelLine - 4 }));
    const labelH = wrapped.length * BARS.labelLine;
    const barsTop = narrow ? y + labelH + 2 : y + 2;
    const bars: BarRect[] = l.amounts.map((a, i) => {
      const by = barsTop + i * (BARS.barHeight + BARS.barGap);
      const len = a === null ? 0 : scale.px(a);
      // A positive figure too small to see still gets a hairline, so "tiny" and "zero" differ.
      const width = len > 0 ? Math.max(1, len) : 0;
      return {
        budget: i,
        x: barX,
        y: by,
        width,
        height: BARS.barHeight,
        text: l.texts[i] ?? '',
        textX: barX + width + GAP_TEXT,
        textY: by + BARS.barHeight - 2,
        missing: a === null,
        amount: a,
        hairline: len > 0 && len < 1,
      };
    });
    const barsH = l.amounts.length * (BARS.barHeight + BARS.barGap);
    const diffTop = barsTop + barsH;
    const diffLines = l.diffs.flatMap((d) => wrapText(d, w - barX, BARS.diffFont));
    const diffs = diffLines.map((text, i) => ({ text, x: barX, y: diffTop + (i + 1) * BARS.diffLine - 3 }));
    const bottom = Math.max(narrow ? 0 : y + labelH, diffTop + diffLines.length * BARS.diffLine);
    const row: BarRow = { key: l.key, y, height: bottom - y, labelLines, bars, diffs };
    y = bottom + BARS.rowGap;
    return row;
  });
  return {
    width: w,
    height: Math.max(1, Math.ceil(y - (rows.length > 0 ? BARS.rowGap : 0))),
    rows,
    barX,
    barMax,
    scale,
    axis: { caption: axisCaption, ticks, baseline, bottom: axisBottom },
  };
}
