/**
 * Which label lines fit in a treemap cell. Text is measured by the charts' one text module (../text.ts),
 * whose estimate errs wide so that labels never spill out of their cell (so no clip path is needed, and none
 * cuts a character in half); the tooltip, the small-items list and the data table carry the full text.
 */
import { textWidth, wordsFit, wrapText } from '../text';

export interface CellLabel {
  fontSize: number;
  lineHeight: number;
  nameLines: string[];
  /** Amount and share, on one line ("5,411.72 · 91.4%") or two, or absent where there is no room. */
  figureLines: string[];
}

export interface LabelText {
  name: string;
  /** A mark after the name (" [原文如此]"), kept whole: on the name's last line where it fits, else on its own. */
  mark?: string;
  amount: string;
  share: string;
}

const PAD = 4;

/**
 * Fit a label into a w × h cell, whole or not at all: the full name (wrapped, never cut), then the amount,
 * then the share where there is room. Deliberate rule: a label is never a name without its amount, nor a
 * name cut short — a cell that cannot hold both whole gets no label (null), and the chart lists it beside
 * itself (TreemapSmallItems) with name, amount and share. The share alone may be left out of a label: the
 * tooltip and the text table carry it.
 */
export function fitLabel(text: LabelText, w: number, h: number): CellLabel | null {
  for (const fontSize of [13, 11]) {
    const lineHeight = Math.round(fontSize * 1.25);
    const aw = w - 2 * PAD;
    const maxLines = Math.floor((h - 2 * PAD) / lineHeight);
    // Narrower than three characters, a name would stand one character per line: no label.
    if (maxLines < 2 || aw < fontSize * 3) continue;
    // A word is never broken in two (no "servic-es"): the smaller size, else no label.
    if (!wordsFit(text.name, aw, fontSize)) continue;
    const name = wrapText(text.name, aw, fontSize);
    const mark = text.mark?.trim() ?? '';
    if (mark !== '' && name.length > 0) {
      if (textWidth(mark, fontSize) > aw) continue;
      const last = name[name.length - 1] ?? '';
      const joined = `${last} ${mark}`;
      if (textWidth(joined, fontSize) <= aw) name[name.length - 1] = joined;
      else name.push(mark);
    }
    if (name.length === 0 || name.length + 1 > maxLines) continue;
    if (textWidth(text.amount, fontSize) > aw) continue;
    const room = maxLines - name.length;
    const both = `${text.amount} · ${text.share}`;
    let figureLines: string[];
    if (textWidth(both, fontSize) <= aw) figureLines = [both];
    else if (room >= 2 && textWidth(text.share, fontSize) <= aw) figureLines = [text.amount, text.share];
    else figureLines = [text.amount];
    return { fontSize, lineHeight, nameLines: name, figureLines };
  }
  return null;
}

/** True where the label shows the cell's name whole and its amount (fitLabel gives no other kind). */
export function isLabelled(label: CellLabel | null): boolean {
  return label !== null && label.nameLines.length > 0 && label.figureLines.length > 0;
}
