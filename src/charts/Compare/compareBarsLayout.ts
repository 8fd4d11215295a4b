/**
 * Geometry of the compare bars (对比条形图): for each line, its label, then one bar per budget, aligned
 * on a common scale so that lengths compare across budgets and lines; each bar's figure and share is
 * written after it, and the difference under the bars. Pure: figures come in as display strings
 * (exact, formatted elsewhere) plus `number` lengths used for pixels only (toGeometry).
 *
 * Wide (≥ 560 px): label column on the left, bars on the right. Narrow (a 375 px phone): the label on
 * its own lines above the bars, bars full width. Text widths are estimated (labelFit.ts, erring wide),
 * and bar lengths leave room for the longest figure text, so nothing overlaps or leaves the box.
 */
import { textWidth, wrapText } from '../text';

export interface BarLineInput {
  key: string;
  /** "206 科学技术支出"; flags appended as text by the caller ("［更名］"). */
  label: string;
  /** Tree depth (0 = 类), for indenting the label. */
  depth: number;
  /** One per budget: the bar length in amount units (geometry only), or null where the line is not printed. */
  values: (number | null)[];
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
} as const;

const GAP_TEXT = 5;

export function layoutCompareBars(lines: readonly BarLineInput[], width: number): BarsLayout {
  const w = Math.max(240, Math.floor(width));
  const narrow = w < BARS.narrowBelow;
  const labelW = narrow ? w : Math.round(Math.min(300, Math.max(170, w * 0.34)));
  const barX = narrow ? 0 : labelW + 14;
  // Room after the longest bar for its figure text (estimated, erring wide).
  const textRoom = Math.ceil(Math.max(60, ...lines.flatMap((l) => l.texts.map((t) => textWidth(t, BARS.valueFont))))) + GAP_TEXT + 2;
  const barMax = Math.max(24, w - barX - textRoom);
  const top = Math.max(0, ...lines.flatMap((l) => l.values.map((v) => (v === null ? 0 : Math.max(0, v)))));
  const scale = top > 0 ? barMax / top : 0;

  let y = 0;
  const rows: BarRow[] = lines.map((l) => {
    const indent = Math.min(l.depth, 3) * BARS.indent;
    const wrapped = wrapText(l.label, Math.max(40, labelW - indent - 2), BARS.labelFont);
    const labelLines = wrapped.map((text, i) => ({ text, x: indent, y: y + (i + 1) * BARS.labelLine - 4 }));
    const labelH = wrapped.length * BARS.labelLine;
    const barsTop = narrow ? y + labelH + 2 : y + 2;
    const bars: BarRect[] = l.values.map((v, i) => {
      const by = barsTop + i * (BARS.barHeight + BARS.barGap);
      const len = v === null ? 0 : Math.max(0, v) * scale;
      // A positive figure too small to see still gets a hairline, so "tiny" and "zero" differ.
      const width = v !== null && v > 0 ? Math.max(1, len) : 0;
      return {
        budget: i,
        x: barX,
        y: by,
        width,
        height: BARS.barHeight,
        text: l.texts[i] ?? '',
        textX: barX + width + GAP_TEXT,
        textY: by + BARS.barHeight - 2,
        missing: v === null,
      };
    });
    const barsH = l.values.length * (BARS.barHeight + BARS.barGap);
    const diffTop = barsTop + barsH;
    const diffLines = l.diffs.flatMap((d) => wrapText(d, w - barX, BARS.diffFont));
    const diffs = diffLines.map((text, i) => ({ text, x: barX, y: diffTop + (i + 1) * BARS.diffLine - 3 }));
    const bottom = Math.max(narrow ? 0 : y + labelH, diffTop + diffLines.length * BARS.diffLine);
    const row: BarRow = { key: l.key, y, height: bottom - y, labelLines, bars, diffs };
    y = bottom + BARS.rowGap;
    return row;
  });
  return { width: w, height: Math.max(1, Math.ceil(y - (rows.length > 0 ? BARS.rowGap : 0))), rows, barX, barMax };
}
