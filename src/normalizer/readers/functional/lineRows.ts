/**
 * Rows of the one-figure-per-column layouts: pdftotext with names and codes broken over lines (000),
 * tab-separated OCR (001, 004) and space-separated with "[206]" codes and full-width-space indentation
 * (002). Every cell is printed (0.00, never blank), so a row's figures map onto the columns in order
 * and a row with another count of figures is reported.
 */
import { leadingCode, readLine, squash } from '../../cells';
import type { TableContext } from '../../facts';
import { warn } from '../../messages';
import type { Row } from '../../rows';
import type { ColumnKey } from './columns';
import type { ParsedRow } from './parsedRow';

const LEVEL_LENGTHS = new Set([3, 5, 7]);

function fold(s: string): string {
  return squash(s).replace(/（/gu, '(').replace(/）/gu, ')');
}

/**
 * The first source line of fragment `index` of a row: rows.ts joins the text fragments of all the
 * row's lines, and a row that starts after stray fragments must start at its code's line.
 */
function lineOfFragment(ctx: TableContext, row: Row, index: number): number {
  let seen = 0;
  for (const line of ctx.table.body) {
    if (line.n < row.lines[0] || line.n > row.lines[1]) continue;
    seen += readLine(line.text).text.length;
    if (seen > index) return line.n;
  }
  return row.lines[0];
}

/**
 * What a row is: the 合计/总计 row, or a 类/款/项 row with its code and name. Fragments before the
 * code are pieces of a repeated page header glued on by the segmenter (002 lines 542 "出", 546 "支出"
 * before row 2130599) and are dropped when the header prints them; anything else there is reported.
 */
function classify(ctx: TableContext, row: Row, header: string): Omit<ParsedRow, 'cells'> | null {
  const joined = squash(row.text.join(''));
  if (/^(合计|总计)$/u.test(joined)) return { kind: 'total', name: joined, lines: row.lines };
  const at = row.text.findIndex((t) => {
    const c = leadingCode(t);
    return c !== null && LEVEL_LENGTHS.has(c.code.length);
  });
  const found = at >= 0 ? leadingCode(row.text[at] ?? '') : null;
  if (!found) return null;
  const stray = row.text.slice(0, at);
  const unknown = stray.filter((t) => !header.includes(fold(t)));
  const first = at > 0 ? lineOfFragment(ctx, row, at) : row.lines[0];
  if (unknown.length > 0) ctx.warn(warn.rowUnread(ctx.table.key, [row.lines[0], first], unknown.join(' ')));
  const name = squash([found.rest, ...row.text.slice(at + 1)].join(''));
  return { kind: 'functional', code: found.code, name, lines: [first, row.lines[1]] };
}

/** Read the rows of a one-figure-per-column table; rows that cannot be placed are warned about. */
export function readLineRows(ctx: TableContext, header: string, columns: ColumnKey[]): ParsedRow[] {
  const out: ParsedRow[] = [];
  for (const row of ctx.rows) {
    const what = classify(ctx, row, header);
    if (!what) {
      ctx.warn(warn.rowUnread(ctx.table.key, row.lines, [...row.text, ...row.printed].join(' ')));
      continue;
    }
    if (row.values.length !== columns.length) {
      ctx.warn(warn.cellCount(ctx.table.key, what.lines, columns.length, row.values.length));
      ctx.warn(warn.rowUnread(ctx.table.key, what.lines, [...row.text, ...row.printed].join(' ')));
      continue;
    }
    const cells: ParsedRow['cells'] = {};
    columns.forEach((key, i) => {
      const v = row.values[i];
      if (v !== undefined) cells[key] = v;
    });
    out.push({ ...what, cells });
  }
  return out;
}
