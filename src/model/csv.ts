/**
 * CSV of what a table shows. Pure. UTF-8 with a byte-order mark (so that Excel opens Chinese text correctly),
 * CRLF line ends (RFC 4180), every field quoted where it needs to be. Amounts go out as the decimal strings the
 * document prints ("5411.72"), never re-formatted through a number.
 */

export const BOM = '\uFEFF';

/** One field: quoted where it holds a comma, quote, CR or LF, or leading/trailing spaces; quotes doubled. */
export function csvField(value: string): string {
  // A leading = + - @ would make a spreadsheet evaluate the cell as a formula (CSV injection); amounts such
  // as "-3.50" are numbers, not formulas, so only non-numeric text is guarded.
  const guarded = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?%?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/** The whole file: BOM, header, rows, CRLF after every line. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = header.length;
  for (const r of rows) {
    if (r.length !== width) throw new Error(`CSV row has ${r.length} fields, header has ${width}`);
  }
  return BOM + [header, ...rows].map((r) => `${csvLine(r)}\r\n`).join('');
}

/** Parse a CSV produced by toCsv (for tests and for checking a download). Handles quotes and CRLF. */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** "001-functional.csv": ASCII only, safe on every file system. */
export function csvFileName(budgetId: string, table: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_');
  return `${safe(budgetId)}-${safe(table)}.csv`;
}
