/**
 * The source view (原文): a budget's document split into the lines every SourceRef counts, the window
 * of lines rendered around a citation, and the table or text section that holds the cited lines. Pure.
 */
import type { Budget, BudgetTable, TextSection } from './types';

/**
 * The document's lines, numbered from 1 the way the normalizer numbers them (src/normalizer/segment.ts:
 * CR LF and CR are line breaks). Form feeds (\f, page breaks of the PDF extraction) are dropped from the
 * text shown; a final line break does not open an empty last line.
 */
export function sourceLines(text: string): string[] {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => l.replace(/\f/gu, ''));
}

/** Lines rendered at once on each side of the citation (documents run to ~3,300 lines; phones stay fast). */
export const WINDOW_RADIUS = 300;

export interface LineWindow {
  /** First and last line rendered, 1-based and inclusive. */
  first: number;
  last: number;
}

/**
 * The lines to render: `radius` lines either side of the cited range (clamped to the document), or the
 * first 2×radius lines where nothing is cited or the citation lies outside the document.
 */
export function lineWindow(total: number, cited: readonly [number, number] | undefined, radius = WINDOW_RADIUS): LineWindow {
  if (total <= 0) return { first: 1, last: 0 };
  if (!cited || !citedInDocument(total, cited)) return { first: 1, last: Math.min(total, 2 * radius) };
  return { first: Math.max(1, cited[0] - radius), last: Math.min(total, cited[1] + radius) };
}

/** The window grown by `step` lines above or below, clamped to the document. */
export function growWindow(w: LineWindow, total: number, side: 'above' | 'below', step = WINDOW_RADIUS): LineWindow {
  return side === 'above' ? { first: Math.max(1, w.first - step), last: w.last } : { first: w.first, last: Math.min(total, w.last + step) };
}

/** Whether every cited line is a line of the document. */
export function citedInDocument(total: number, cited: readonly [number, number]): boolean {
  return cited[0] >= 1 && cited[0] <= cited[1] && cited[1] <= total;
}

export type CitedPlace = { kind: 'table'; table: BudgetTable } | { kind: 'section'; section: TextSection };

const contains = (range: readonly [number, number], cited: readonly [number, number]) => range[0] <= cited[0] && cited[1] <= range[1];
const span = (range: readonly [number, number]) => range[1] - range[0];

/**
 * The table (or, failing that, the text section) that holds the cited lines. The citation's own key
 * wins when it names a table or section that holds them (tables may share a page line); otherwise the
 * narrowest table holding them, then the narrowest section; null where none does.
 */
export function placeOfLines(budget: Budget, cited: readonly [number, number], key?: string): CitedPlace | null {
  if (key !== undefined) {
    const t = budget.tables.find((x) => x.key === key);
    if (t && contains(t.lines, cited)) return { kind: 'table', table: t };
    const s = budget.sections.find((x) => x.key === key);
    if (s && contains(s.lines, cited)) return { kind: 'section', section: s };
  }
  const tables = budget.tables.filter((t) => contains(t.lines, cited)).sort((a, b) => span(a.lines) - span(b.lines));
  if (tables[0]) return { kind: 'table', table: tables[0] };
  const sections = budget.sections.filter((s) => contains(s.lines, cited)).sort((a, b) => span(a.lines) - span(b.lines));
  return sections[0] ? { kind: 'section', section: sections[0] } : null;
}

/**
 * The page each line is on (index n-1 for line n), where the text keeps the PDF's page breaks (\f, form
 * feeds: a line starting with one starts the next page); null where the text has none (the page is
 * then unknown, never guessed).
 */
export function linePages(text: string): number[] | null {
  if (!text.includes('\f')) return null;
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  let page = 1;
  return lines.map((l) => {
    page += (l.match(/\f/gu) ?? []).length;
    return page;
  });
}

/**
 * The address of the department's own publication (原文出处), opened at a page where one is known (a PDF
 * viewer's #page=N); null for anything but an absolute http(s) address — the data is checked when it is
 * built, and the page checks again rather than render a `javascript:` link.
 */
export function publicationHref(url: string, page?: number): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.hostname === '') return null;
  if (page !== undefined && Number.isInteger(page) && page >= 1) u.hash = `page=${page}`;
  return u.href;
}
