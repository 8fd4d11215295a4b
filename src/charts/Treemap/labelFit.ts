/**
 * Which label lines fit in a treemap cell. Text is measured roughly, without a DOM: CJK and full-width
 * characters are 1em wide, digits and Latin letters about 0.6em, narrow punctuation 0.35em. The estimate
 * errs wide so that labels never spill out of their cell; the tooltip and the data table always carry
 * the full text.
 */

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const NARROW = /[.,:;'|!il()[\]\s·]/;

// Widths of a bold sans-serif face, rounded up: labels are bold, and system fonts vary.
export function charWidth(ch: string, fontSize: number): number {
  if (WIDE.test(ch)) return fontSize;
  if (NARROW.test(ch)) return fontSize * 0.38;
  if (/[mwMW@%]/.test(ch)) return fontSize * 0.95;
  if (/[A-Z]/.test(ch)) return fontSize * 0.75;
  return fontSize * 0.66;
}

export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch, fontSize);
  return w;
}

/**
 * Break text into lines no wider than maxWidth. CJK breaks between any two characters; Latin text
 * breaks at spaces where it can, and inside a word only when the word alone is too wide.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineW = 0;
  // Tokens: single CJK characters, or runs of non-space non-CJK characters, or spaces.
  const tokens = text.match(new RegExp(`${WIDE.source}|\\s+|[^\\s${WIDE.source.slice(1, -1)}]+`, 'g')) ?? [];
  const push = () => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
    lineW = 0;
  };
  for (const tok of tokens) {
    const w = textWidth(tok, fontSize);
    if (lineW + w <= maxWidth) {
      line += tok;
      lineW += w;
      continue;
    }
    if (/^\s+$/.test(tok)) {
      push();
      continue;
    }
    if (w <= maxWidth) {
      push();
      line = tok;
      lineW = w;
      continue;
    }
    // A token wider than a whole line: split it character by character, with a hyphen where a Latin
    // word is cut (the hyphen's width is kept free on every line the word starts or runs through).
    push();
    const hyphen = charWidth('-', fontSize);
    for (const ch of tok) {
      const cw = charWidth(ch, fontSize);
      if (lineW > 0 && lineW + cw + hyphen > maxWidth) {
        line += '-';
        push();
      }
      line += ch;
      lineW += cw;
    }
  }
  push();
  return lines;
}

/** True where every Latin word fits on a line whole (CJK can break anywhere). */
export function wordsFit(text: string, maxWidth: number, fontSize: number): boolean {
  return text
    .split(/\s+/)
    .flatMap((w) => w.split(new RegExp(WIDE.source)))
    .every((w) => textWidth(w, fontSize) <= maxWidth);
}

export interface CellLabel {
  fontSize: number;
  lineHeight: number;
  nameLines: string[];
  /** Amount and share, on one line ("5,411.72 · 91.4%") or two, or absent where there is no room. */
  figureLines: string[];
}

export interface LabelText {
  name: string;
  amount: string;
  share: string;
}

const PAD = 4;

/**
 * Fit a label into a w × h cell: the full name first (wrapped), then amount and share if there is room.
 * A name that cannot be shown whole is cut with an ellipsis only where at least a few characters
 * remain; otherwise the cell carries no label (null).
 */
export function fitLabel(text: LabelText, w: number, h: number): CellLabel | null {
  for (const fontSize of [13, 11]) {
    const lineHeight = Math.round(fontSize * 1.25);
    const aw = w - 2 * PAD;
    const maxLines = Math.floor((h - 2 * PAD) / lineHeight);
    // Narrower than three characters, a name would stand one character per line: leave it to the tooltip.
    if (maxLines < 1 || aw < fontSize * 3) continue;
    // Prefer the smaller size to breaking an English word in two.
    if (fontSize > 11 && !wordsFit(text.name, aw, fontSize)) continue;
    const name = wrapText(text.name, aw, fontSize);
    if (name.length === 0) continue;
    if (name.length <= maxLines) {
      const room = maxLines - name.length;
      const both = `${text.amount} · ${text.share}`;
      let figureLines: string[] = [];
      if (room >= 1 && textWidth(both, fontSize) <= aw) figureLines = [both];
      else if (room >= 2 && textWidth(text.amount, fontSize) <= aw && textWidth(text.share, fontSize) <= aw) figureLines = [text.amount, text.share];
      else if (room >= 1 && textWidth(text.amount, fontSize) <= aw) figureLines = [text.amount];
      return { fontSize, lineHeight, nameLines: name, figureLines };
    }
    if (fontSize === 11 && maxLines >= 1) {
      // Cut the name to the lines we have and end it with an ellipsis.
      const kept = name.slice(0, maxLines);
      let last = kept[kept.length - 1] ?? '';
      while (last.length > 0 && textWidth(`${last}…`, fontSize) > aw) last = [...last].slice(0, -1).join('');
      if ([...kept.join('')].length - 1 + [...last].length < 3) return null;
      kept[kept.length - 1] = `${last}…`;
      return { fontSize, lineHeight, nameLines: kept, figureLines: [] };
    }
  }
  return null;
}
