/**
 * Label wrapping without a DOM: width estimates per character, so that the layout can reserve room before
 * anything is rendered. Chinese characters and full-width punctuation take one em; Latin letters, digits and
 * spaces about 0.6 em in the system sans-serif fonts (an over-estimate, so that labels never overflow).
 */

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f]/;

export function charWidth(ch: string, fontSize: number): number {
  return WIDE.test(ch) ? fontSize : fontSize * 0.6;
}

export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch, fontSize);
  return w;
}

/** Break into tokens that may not be split across lines: Latin words/numbers; each CJK character alone. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    if (WIDE.test(ch)) {
      if (word) out.push(word);
      word = '';
      out.push(ch);
    } else if (ch === ' ') {
      if (word) out.push(word);
      word = '';
      out.push(' ');
    } else word += ch;
  }
  if (word) out.push(word);
  return out;
}

/**
 * Greedy wrap into lines no wider than maxWidth. A token wider than a line is broken by characters.
 * Closing punctuation （）、，。 is kept with the character before it where possible.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  const push = () => {
    const t = line.trim();
    if (t) lines.push(t);
    line = '';
    width = 0;
  };
  for (const tok of tokens(text)) {
    const w = textWidth(tok, fontSize);
    if (tok === ' ') {
      if (line) {
        line += tok;
        width += w;
      }
      continue;
    }
    const closing = /^[）)，,、。：:；;」』]$/.test(tok);
    if (width + w <= maxWidth || (closing && line)) {
      line += tok;
      width += w;
      continue;
    }
    if (w <= maxWidth) {
      push();
      line = tok;
      width = w;
      continue;
    }
    // Longer than a whole line: split by characters.
    for (const ch of tok) {
      const cw = charWidth(ch, fontSize);
      if (width + cw > maxWidth && line) push();
      line += ch;
      width += cw;
    }
  }
  push();
  return lines.length > 0 ? lines : [''];
}

/**
 * An amount on lines no wider than maxWidth, broken only after a thousands separator ("3,204,090," /
 * "202.00"): a long 元 figure on a phone wraps instead of running into the next column. Digits are never
 * split inside a group; a single group wider than the line stays whole.
 */
export function wrapAmount(text: string, maxWidth: number, fontSize: number): string[] {
  if (textWidth(text, fontSize) <= maxWidth) return [text];
  const groups = text.match(/[^,]*,|[^,]+$/g) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const g of groups) {
    if (line !== '' && textWidth(line + g, fontSize) > maxWidth) {
      lines.push(line);
      line = g;
    } else line += g;
  }
  if (line !== '') lines.push(line);
  return lines;
}
