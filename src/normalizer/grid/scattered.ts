/**
 * Grid phase, scattered cells: column-aligned text where each cell of a row is centred on its own, so one
 * row's figures land on the lines above and below its code ("合计" / "202.24" / "307.82 105.58" / "201
 * 一般公共服务支出 202.24" / "264.87 62.63" …; the 2024 决算 template as extracted).
 *
 * Every row prints its 合计: the k-th figure of the 合计 column (by line) is the k-th row's. Every other
 * figure belongs to the row whose 合计 is on the nearest line (on a tie, the row printed on the figure's own
 * line). Columns come from the header words' positions. A table where the 合计 figures and the rows do not
 * pair up one to one is not read this way (null).
 */
import type { SourceLine } from '../segment';
import { nearestColumn } from './columns';
import type { GridRow } from './rows';
import { tokenize, type NumberToken } from './tokens';

interface Anchor {
  line: number;
  code: string;
  name: string[];
  before: string[];
  after: string[];
  nums: (NumberToken & { line: number })[];
}

const TOTAL = /^(合计|总计)$/u;

export function scatteredRows(lines: readonly SourceLine[], codeLead: RegExp, centers: readonly number[], totalColumn: number): GridRow[] | null {
  const anchors: Anchor[] = [];
  const numbers: (NumberToken & { line: number })[] = [];
  const texts: { line: number; text: string }[] = [];
  for (const line of lines) {
    const tokens = tokenize(line.text);
    const first = tokens[0];
    let i = 0;
    let anchor: Anchor | null = null;
    if (first?.kind === 'num' && /^\d{3}(?:\d{2}){0,2}$/u.test(first.printed) && codeLead.test(first.printed)) {
      let code = first.printed;
      i = 1;
      while (code.length < 7 && tokens[i]?.kind === 'num' && /^\d{2}$/u.test((tokens[i] as NumberToken).printed)) code += (tokens[i++] as NumberToken).printed;
      anchor = { line: line.n, code, name: [], before: [], after: [], nums: [] };
    } else if (first?.kind === 'text' && TOTAL.test(first.text.replace(/\s+/gu, ''))) {
      anchor = { line: line.n, code: '', name: [first.text.replace(/\s+/gu, '')], before: [], after: [], nums: [] };
      i = 1;
    }
    for (const t of tokens.slice(i)) {
      if (t.kind === 'num') numbers.push({ ...t, line: line.n });
      else if (anchor) anchor.name.push(t.text);
      else texts.push({ line: line.n, text: t.text });
    }
    if (anchor) anchors.push(anchor);
  }
  const totals = numbers.filter((n) => nearestColumn(n, centers) === totalColumn).sort((a, b) => a.line - b.line);
  if (anchors.length === 0 || totals.length !== anchors.length) return null;
  const totalLine = anchors.map((_, k) => totals[k]?.line ?? 0);
  for (const n of numbers) {
    let best = 0;
    anchors.forEach((a, k) => {
      const d = Math.abs((totalLine[k] ?? 0) - n.line);
      const bd = Math.abs((totalLine[best] ?? 0) - n.line);
      if (d < bd || (d === bd && a.line === n.line)) best = k;
    });
    anchors[best]?.nums.push(n);
  }
  // Name fragments between two rows: to the row whose own line has no name; else split evenly.
  for (let k = 0; k <= anchors.length; k++) {
    const prev = anchors[k - 1];
    const next = anchors[k];
    const between = texts.filter((t) => (!prev || t.line > prev.line) && (!next || t.line < next.line)).map((t) => t.text);
    if (between.length === 0) continue;
    if (!prev) next?.before.push(...between);
    else if (!next) prev.after.push(...between);
    else if (prev.name.length === 0 && next.name.length > 0) prev.after.push(...between);
    else if (next.name.length === 0 && prev.name.length > 0) next.before.push(...between);
    else {
      const half = Math.floor(between.length / 2);
      prev.after.push(...between.slice(0, half));
      next.before.push(...between.slice(half));
    }
  }
  return anchors.map((a) => {
    const nums = [...a.nums].sort((x, y) => nearestColumn(x, centers) - nearestColumn(y, centers));
    const spanned = [a.line, ...a.nums.map((n) => n.line)];
    return {
      lines: [Math.min(...spanned), Math.max(...spanned)],
      line: a.line,
      code: a.code,
      label: [...a.before, ...a.name, ...a.after].join('').replace(/[\s\u3000]+/gu, ''),
      nums,
      group: 0,
    };
  });
}
