/**
 * Separate narrow text columns that pdftotext prints one after another (000 表10).
 *
 * On every page pdftotext emits the text of 项目内容, then 绩效目标, then 项目主要绩效指标 for the row,
 * each as a run of short lines; a long cell continues on the next page, where only the columns that
 * have not finished appear, in the same order. A run boundary shows where
 *   - a line starts a new numbered list ("1." "一、") after other text, or
 *   - the previous line ended a paragraph and this line is not a numbered item (so it cannot be the
 *     next paragraph of the same cell).
 * On the row's first page every column must show exactly one run. On a following page the runs are
 * matched, in order, to the columns still open: a column that stopped mid-sentence must continue, and
 * one that ended a paragraph continues only with a numbered item. When no single reading fits, the
 * columns are not separated (null): the caller keeps the text whole and says so.
 */
import type { PageLine } from './pages';
import { endsParagraph, startsFirstItem, startsWithMarker, type ParagraphSignal } from './text';

export function splitRuns(lines: readonly PageLine[], signal: ParagraphSignal): PageLine[][] {
  const runs: PageLine[][] = [];
  let run: PageLine[] = [];
  for (const line of lines) {
    const prev = run.at(-1);
    const boundary = prev !== undefined && (startsFirstItem(line.text) || (endsParagraph(prev.text, signal) && !startsWithMarker(line.text)));
    if (boundary) {
      runs.push(run);
      run = [];
    }
    run.push(line);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Ordered choices of k columns out of `from` (order-preserving). */
function choices(from: readonly number[], k: number): number[][] {
  if (k === 0) return [[]];
  if (from.length < k) return [];
  const [head, ...rest] = from;
  if (head === undefined) return [];
  return [...choices(rest, k - 1).map((c) => [head, ...c]), ...choices(rest, k)];
}

/**
 * @param pages the row's text lines, one array per page (the first is the page of the row's amounts)
 * @param count number of text columns printed side by side
 * @returns the lines of each column, or null where the columns cannot be told apart reliably
 */
export function separateColumns(pages: readonly (readonly PageLine[])[], count: number, signal: ParagraphSignal): PageLine[][] | null {
  const columns: PageLine[][] = Array.from({ length: count }, () => []);
  let open: number[] | null = null;
  for (const page of pages) {
    if (page.length === 0) continue;
    const runs = splitRuns(page, signal);
    if (open === null) {
      // The row's first page: every column starts here.
      if (runs.length !== count) return null;
      runs.forEach((run, i) => {
        columns[i]?.push(...run);
      });
      open = columns.map((_, i) => i);
      continue;
    }
    const openNow: number[] = open;
    const ended = (c: number) => {
      const last = columns[c]?.at(-1);
      return last !== undefined && endsParagraph(last.text, signal);
    };
    const fits = choices(openNow, runs.length).filter((choice) => {
      const mustContinue = openNow.filter((c) => !ended(c));
      if (!mustContinue.every((c) => choice.includes(c))) return false;
      return choice.every((c, i) => !ended(c) || startsWithMarker(runs[i]?.[0]?.text ?? ''));
    });
    const [only, ...others] = fits;
    if (only === undefined || others.length > 0) return null;
    only.forEach((c, i) => {
      columns[c]?.push(...(runs[i] ?? []));
    });
    open = only;
  }
  return open === null ? null : columns;
}
