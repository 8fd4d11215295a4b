/**
 * Blank cells of the layout-preserved 2017 tables (003 表三/表五/表八).
 *
 * These tables leave a cell blank where a figure is zero ("一般行政管理事务 844.00         844.00
 * 844.00     "). The column header is broken over many short lines and does not line up with the
 * figures, so the header's character positions cannot place them. The extraction does follow one
 * rule throughout: cells are separated by one space and a blank cell is itself one space. Between two
 * figures, 2n+1 spaces therefore mean n blank cells; before the first figure, 2n spaces at the start of
 * a line (or 2n+1 after the row's name) mean n leading blanks; after the last figure, 2n+1 spaces mean
 * n trailing blanks. A gap of the wrong parity breaks the rule: the row is reported, never guessed.
 */

/** One figure as printed: "15,947.98", or a percentage "91.80%" (执行率). */
const FIGURE = /^-?\d[\d,]*\.\d+%?$/u;

export interface LayoutLine {
  /** The text before the first figure (codes, names), as printed. */
  prefix: string;
  /** One entry per column up to the last printed figure: the figure as printed, or null where blank. */
  cells: (string | null)[];
  /** Blank cells after the last figure, by the spacing rule. */
  trailingBlanks: number;
  /** False where a gap has the wrong parity for the spacing rule (the columns cannot be told). */
  regular: boolean;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(line: string): Token[] {
  const out: Token[] = [];
  for (const m of line.matchAll(/\S+/gu)) {
    const start = m.index ?? 0;
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}

/**
 * Read the figures at the end of a layout-preserved line into column slots. Null where the line
 * carries no figure. Only the run of figures that ends the line counts: a number inside a name is text.
 */
export function readLayoutLine(line: string): LayoutLine | null {
  const all = tokens(line);
  let first = all.length;
  while (first > 0 && FIGURE.test(all[first - 1]?.text ?? '')) first--;
  const figures = all.slice(first);
  const head = figures[0];
  if (!head) return null;
  const prefix = line.slice(0, head.start);
  const hasText = prefix.trim() !== '';
  const cells: (string | null)[] = [];
  let regular = true;
  const blanks = (gap: number, afterCell: boolean): number => {
    const n = afterCell ? (gap - 1) / 2 : gap / 2;
    if (!Number.isInteger(n) || n < 0) {
      regular = false;
      return Math.max(0, Math.floor(n));
    }
    return n;
  };
  const leadGap = hasText ? prefix.length - prefix.trimEnd().length : prefix.length;
  for (let i = blanks(leadGap, hasText); i > 0; i--) cells.push(null);
  figures.forEach((f, i) => {
    cells.push(f.text);
    const next = figures[i + 1];
    if (next) for (let k = blanks(next.start - f.end, true); k > 0; k--) cells.push(null);
  });
  const last = figures[figures.length - 1];
  const trailingBlanks = Math.floor((line.length - (last?.end ?? line.length)) / 2);
  return { prefix, cells, trailingBlanks, regular };
}

/** A line that is only a piece of a figure broken over lines by the PDF cell ("1,134.9" then "4"). */
const HEAD_PIECE = /^\s*-?\d[\d,]*\.?\d*\s*$/u;
const TAIL_PIECE = /^\s*\d{1,3}\s*$/u;

export interface JoinedFigure {
  printed: string;
  /** How many lines the pieces took. */
  used: number;
}

/**
 * Join a figure the PDF broke over lines ("1,134.9" / "4" → "1,134.94"), given the lines that follow
 * a row that is one figure short. Joined only while the pieces lack the two decimals every figure of
 * these tables prints; null where the lines are not such pieces.
 */
export function joinBrokenFigure(next: readonly string[]): JoinedFigure | null {
  const headLine = next[0];
  if (headLine === undefined || !HEAD_PIECE.test(headLine)) return null;
  let printed = headLine.trim();
  let used = 1;
  const decimals = (s: string) => (s.includes('.') ? (s.split('.')[1] ?? '').length : -1);
  while (decimals(printed) < 2) {
    const piece = next[used];
    if (piece === undefined || !TAIL_PIECE.test(piece)) return null;
    printed += piece.trim();
    used++;
  }
  return FIGURE.test(printed) && decimals(printed) === 2 ? { printed, used } : null;
}
