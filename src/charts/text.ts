/**
 * The one text-measuring module of the charts (treemap cells, Sankey labels, compare bars and legend, the
 * SVG export): widths estimated without a DOM, so that a layout can reserve room before anything is
 * rendered, and wrapping and clipping built on them. After Observable Plot's src/marks/text.js
 * (defaultWidth, lineWrap, clipper), with CJK in mind:
 * - width by character class, in em: CJK and full-width forms 1; Latin widths of a sans-serif face,
 *   rounded up, regular or bold (system fonts vary). A font given as a bare size is measured as bold:
 *   the estimate errs wide, so that a label never spills out of its room; tooltips and tables always
 *   carry the full text;
 * - text is handled by grapheme (Intl.Segmenter), so a cut never falls inside a character (a surrogate
 *   pair, a base letter and its combining mark);
 * - Chinese breaks between any two characters, but a line never begins with closing punctuation （、。）
 *   nor ends with opening punctuation （（「）; Latin text breaks at spaces, and inside a word only when the
 *   word alone is wider than a line (with a hyphen between two letters).
 */

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NARROW = /^[.,:;'|!il()[\]\s·]$/u;
const BROAD = /^[mwMW@%…—]$/u;
const ZERO = /^\p{M}+$/u;
/** May not begin a line: closing brackets and marks, Chinese and Latin (a unit of them alone). */
const CLOSING = /^[）)，,、。．：:；;！!？?」』】〕》〉”’%]+$/u;
/** May not end a line. */
const OPENING = /^[（(「『【〔《〈“‘]+$/u;

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'grapheme' }) : null;

/** The characters a reader sees (grapheme clusters where the platform knows them, code points otherwise). */
export function characters(text: string): string[] {
  return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
}

/** A font size in px (measured as bold), or a size and weight. */
export type Font = number | { size: number; weight: 'normal' | 'bold' };

/** Latin widths in em by class: narrow (.,:;il space), other (digits, lower case), capitals, broad (m w @ %). */
const LATIN = {
  bold: { narrow: 0.38, other: 0.66, capital: 0.75, broad: 0.95 },
  normal: { narrow: 0.34, other: 0.6, capital: 0.7, broad: 0.9 },
} as const;

/** Estimated width of one character (grapheme). */
export function charWidth(ch: string, font: Font): number {
  const size = typeof font === 'number' ? font : font.size;
  const em = LATIN[typeof font === 'number' ? 'bold' : font.weight];
  const base = Array.from(ch)[0] ?? '';
  if (ZERO.test(ch)) return 0;
  if (WIDE.test(base)) return size;
  if (NARROW.test(base)) return size * em.narrow;
  if (BROAD.test(base)) return size * em.broad;
  if (/^[A-Z]$/u.test(base)) return size * em.capital;
  return size * em.other;
}

/** Estimated width of a text (Plot's defaultWidth, in px rather than hundredths of an em). */
export function textWidth(text: string, font: Font): number {
  let w = 0;
  for (const ch of characters(text)) w += charWidth(ch, font);
  return w;
}

const isWide = (ch: string) => WIDE.test(ch);
const isLetter = (ch: string | undefined) => ch !== undefined && /^\p{L}$/u.test(ch) && !isWide(ch);

/**
 * Units that may not be parted: a CJK character, a run of Latin text ("5,411.72", "spending,"), or a run
 * of spaces; then closing punctuation standing alone joins the unit before it, and opening punctuation
 * the unit after it.
 */
function units(text: string): string[] {
  const raw: string[] = [];
  let run = '';
  let runSpace = false;
  const flush = () => {
    if (run) raw.push(run);
    run = '';
  };
  for (const ch of characters(text)) {
    const space = /^\s+$/u.test(ch);
    if (!space && isWide(ch)) {
      flush();
      raw.push(ch);
    } else {
      if (run !== '' && space !== runSpace) flush();
      run += ch;
      runSpace = space;
    }
  }
  flush();
  const out: string[] = [];
  let open = '';
  for (const u of raw) {
    const prev = out[out.length - 1];
    if (OPENING.test(u)) open += u;
    else if (CLOSING.test(u) && open === '' && prev !== undefined && !/^\s/u.test(prev)) out[out.length - 1] = prev + u;
    else {
      out.push(open + u);
      open = '';
    }
  }
  if (open) out.push(open);
  return out;
}

/**
 * Break text into lines no wider than maxWidth (Plot's lineWrap). Lines are trimmed; empty text gives no
 * line. A single character wider than maxWidth stands alone on its line (nothing narrower exists).
 */
export function wrapText(text: string, maxWidth: number, font: Font): string[] {
  const lines: string[] = [];
  let line = '';
  let lineW = 0;
  const push = () => {
    const t = line.trim();
    if (t !== '') lines.push(t);
    line = '';
    lineW = 0;
  };
  const hyphen = charWidth('-', font);
  for (const unit of units(text)) {
    const w = textWidth(unit, font);
    if (lineW + w <= maxWidth) {
      line += unit;
      lineW += w;
    } else if (/^\s+$/u.test(unit)) {
      push();
    } else if (w <= maxWidth) {
      push();
      line = unit;
      lineW = w;
    } else {
      // Wider than a whole line: cut it by characters, with a hyphen where a cut parts two letters (room
      // for the hyphen is kept on every line the unit runs through).
      push();
      const chars = characters(unit);
      chars.forEach((ch, i) => {
        const cw = charWidth(ch, font);
        if (lineW > 0 && lineW + cw + hyphen > maxWidth) {
          if (isLetter(chars[i - 1]) && isLetter(ch)) line += '-';
          push();
        }
        line += ch;
        lineW += cw;
      });
    }
  }
  push();
  return lines;
}

/** True where every Latin word fits on a line whole (CJK can break anywhere). */
export function wordsFit(text: string, maxWidth: number, font: Font): boolean {
  return units(text).every((u) => textWidth(u, font) <= maxWidth || characters(u).some(isWide));
}

/**
 * Cut text at its end to fit maxWidth, ending it with the ellipsis (Plot's clipper, clip-end): whole
 * characters only, trailing spaces dropped before the ellipsis. Text that fits comes back as it is, unless
 * `cut` says it is already the start of a longer text (then it ends with the ellipsis in any case).
 */
export function clipEnd(text: string, maxWidth: number, font: Font, cut = false, ellipsis = '…'): string {
  const t = text.trim();
  if (!cut && textWidth(t, font) <= maxWidth) return t;
  const room = maxWidth - textWidth(ellipsis, font);
  let out = '';
  let w = 0;
  for (const ch of characters(t)) {
    const cw = charWidth(ch, font);
    if (w + cw > room) break;
    out += ch;
    w += cw;
  }
  // A line never ends on opening punctuation, even before an ellipsis.
  const kept = characters(out.trimEnd());
  while (kept.length > 0 && OPENING.test(kept[kept.length - 1] ?? '')) kept.pop();
  return `${kept.join('')}${ellipsis}`;
}

/**
 * An amount on lines no wider than maxWidth, broken only after a thousands separator ("3,204,090," /
 * "202.00"): a long 元 figure on a phone wraps instead of running into the next column. Digits are never
 * split inside a group; a single group wider than the line stays whole.
 */
export function wrapAmount(text: string, maxWidth: number, font: Font): string[] {
  if (textWidth(text, font) <= maxWidth) return [text];
  const groups = text.match(/[^,]*,|[^,]+$/g) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const g of groups) {
    if (line !== '' && textWidth(line + g, font) > maxWidth) {
      lines.push(line);
      line = g;
    } else line += g;
  }
  if (line !== '') lines.push(line);
  return lines;
}
