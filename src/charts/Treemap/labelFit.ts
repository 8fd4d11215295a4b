/**
 * Which label lines fit in a treemap cell. Text is measured by the charts' one text module (../text.ts),
 * whose estimate errs wide so that labels never spill out of their cell; the tooltip and the data table
 * always carry the full text.
 */
import { clipEnd, characters, textWidth, wordsFit, wrapText } from '../text';

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
      // Cut the name to the lines we have and end it with an ellipsis (whole characters only).
      const kept = name.slice(0, maxLines);
      const last = clipEnd(kept[kept.length - 1] ?? '', aw, fontSize, true);
      // Fewer than three characters of the name left: leave it to the tooltip.
      if (characters(kept.slice(0, -1).join('') + last).length - 1 < 3) return null;
      kept[kept.length - 1] = last;
      return { fontSize, lineHeight, nameLines: kept, figureLines: [] };
    }
  }
  return null;
}
