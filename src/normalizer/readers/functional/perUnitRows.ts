/**
 * Rows of the 2017 layout-preserved per-unit tables (003 表三 支出预算总表, 表五/表八 …安排基本支出和
 * 项目支出预算表): 科目编码 printed in three columns "201 03 02", then 单位编码 "190001", the name
 * (often broken over several lines), then the figures with blank cells.
 *
 * Read from the table's body lines directly rather than from rows.ts, because (a) a figure can be
 * broken over lines by its PDF cell ("1,134.9" / "4", 003 lines 1089–1092) and (b) continuation pages
 * titled "…(续 1)" leave fragments of the repeated header in the body (see isFurniture).
 */
import type { Amount } from '../../../model/types';
import { parseAmount, squash } from '../../cells';
import type { TableContext } from '../../facts';
import { warn } from '../../messages';
import type { SourceLine } from '../../segment';
import { COLUMN_NAMES, type ColumnKey } from './columns';
import { joinBrokenFigure, readLayoutLine } from './layoutCells';
import type { ParsedRow } from './parsedRow';

/** 类 款 项 codes in columns, optionally followed by the 单位编码: "201 03 02 190001", "201 03", "201". */
const CODE_START = /^\s*(\d{3})(?:[ \t]+(\d{2}))?(?:[ \t]+(\d{2}))?(?:[ \t]+(\d{6}))?(?!\d)(.*)$/u;
/** A sub-unit's own row starts with its 单位编码 alone: "      190001  广州市…". */
const UNIT_START = /^\s*(\d{6})(?!\d)(.*)$/u;

function startsRow(text: string): boolean {
  return CODE_START.test(text) || UNIT_START.test(text);
}

function fold(s: string): string {
  return squash(s).replace(/（/gu, '(').replace(/）/gu, ')');
}

/**
 * A line of page furniture left in the body: a fragment of the repeated column header, or the
 * continuation title "支出预算总表(续 1)" that the segmenter does not recognise as a title.
 */
function isFurniture(text: string, header: string, title: string): boolean {
  const s = fold(text);
  if (s === '') return true;
  if (s.startsWith(fold(title)) && s.includes('续')) return true;
  return header.includes(s);
}

interface Assembled {
  text: SourceLine[];
  /** Text before the figures on the line that carries them. */
  prefix: string;
  cells: (string | null)[];
  lines: [number, number];
}

/** Physical lines → rows: text lines accumulate until a line with figures closes the row. */
function assemble(ctx: TableContext, header: string, columns: number): Assembled[] {
  const body = ctx.table.body;
  const out: Assembled[] = [];
  let pending: SourceLine[] = [];
  for (let i = 0; i < body.length; i++) {
    const line = body[i];
    if (!line) continue;
    const read = readLayoutLine(line.text);
    if (!read) {
      pending.push(line);
      continue;
    }
    const cells = [...read.cells];
    let last = line.n;
    const regular = read.regular;
    if (cells.length + read.trailingBlanks === columns - 1 && read.trailingBlanks === 0) {
      // One figure short with nothing after it: the last figure may have been broken over lines.
      const joined = joinBrokenFigure(body.slice(i + 1).map((l) => l.text));
      if (joined) {
        cells.push(joined.printed);
        i += joined.used;
        last = body[i]?.n ?? last;
      }
    }
    const text = rowText(ctx, pending, line, read.prefix, header);
    const first = text[0]?.n ?? line.n;
    pending = [];
    const lines: [number, number] = [first, last];
    const count = cells.length + read.trailingBlanks;
    if (!regular || count !== columns) {
      // Blank cells cannot be told apart from the spacing: report the row, never guess its columns.
      ctx.warn(warn.cellCount(ctx.table.key, lines, columns, regular ? count : cells.filter((c) => c !== null).length));
      ctx.warn(warn.rowUnread(ctx.table.key, lines, text.map((t) => t.text.trim()).join(' ')));
      continue;
    }
    out.push({ text, prefix: read.prefix, cells, lines });
  }
  for (const orphan of pending.filter((l) => startsRow(l.text))) {
    ctx.warn(warn.rowUnread(ctx.table.key, [orphan.n, orphan.n], orphan.text.trim()));
  }
  return out;
}

/**
 * The text lines that belong to the row closed by `valueLine`: from the last line that starts a row
 * (codes or 单位编码), else after any leading page furniture. Text lines that start a row of their own
 * but never got figures are reported.
 */
function rowText(ctx: TableContext, pending: SourceLine[], valueLine: SourceLine, prefix: string, header: string): SourceLine[] {
  const withPrefix: SourceLine[] = [...pending, { n: valueLine.n, text: prefix }];
  let start = -1;
  for (let i = withPrefix.length - 1; i >= 0; i--) {
    if (startsRow(withPrefix[i]?.text ?? '')) {
      start = i;
      break;
    }
  }
  if (start < 0) {
    start = 0;
    while (start < withPrefix.length - 1 && isFurniture(withPrefix[start]?.text ?? '', header, ctx.table.title)) start++;
  }
  for (const stray of withPrefix.slice(0, start)) {
    if (!isFurniture(stray.text, header, ctx.table.title)) ctx.warn(warn.rowUnread(ctx.table.key, [stray.n, stray.n], stray.text.trim()));
  }
  return withPrefix.slice(start).filter((l) => l.text.trim() !== '' || l.n === valueLine.n);
}

function classify(text: SourceLine[]): Pick<ParsedRow, 'kind' | 'code' | 'unit' | 'name'> | null {
  const [first, ...rest] = text.map((l) => l.text);
  const more = squash(rest.join(''));
  const code = CODE_START.exec(first ?? '');
  if (code) {
    const [, lei = '', kuan = '', xiang = '', unit, name = ''] = code;
    return { kind: 'functional', code: `${lei}${kuan}${xiang}`, ...(unit ? { unit } : {}), name: squash(name) + more };
  }
  const unit = UNIT_START.exec(first ?? '');
  if (unit) return { kind: 'unit', unit: unit[1] ?? '', name: squash(unit[2] ?? '') + more };
  const name = squash(first ?? '') + more;
  if (name === '') return null;
  return { kind: /^(合计|总计)$/u.test(name) ? 'total' : 'group', name };
}

function toAmount(printed: string): Amount | null {
  const parsed = parseAmount(printed.replace(/%$/u, ''));
  return parsed.ok ? parsed.value : null;
}

/** Read a per-unit layout table into rows; rows that cannot be placed are warned about and skipped. */
export function readPerUnitRows(ctx: TableContext, header: string, columns: ColumnKey[]): ParsedRow[] {
  const rows: ParsedRow[] = [];
  for (const a of assemble(ctx, header, columns.length)) {
    const what = classify(a.text);
    if (!what) {
      ctx.warn(warn.rowUnread(ctx.table.key, a.lines, a.text.map((t) => t.text.trim()).join(' ')));
      continue;
    }
    const cells: ParsedRow['cells'] = {};
    let bad = false;
    a.cells.forEach((printed, i) => {
      const key = columns[i];
      if (printed === null || key === undefined) return;
      // Only 执行率 prints a percentage; a % anywhere else means the columns are not what we think.
      if (printed.endsWith('%') !== (key === 'prior.rate')) bad = true;
      const amount = toAmount(printed);
      if (amount === null) bad = true;
      else cells[key] = amount;
    });
    if (bad) {
      ctx.warn(warn.rowUnread(ctx.table.key, a.lines, `${what.name}: figures do not fit the columns ${columns.map((c) => COLUMN_NAMES[c]).join(' / ')}`));
      continue;
    }
    rows.push({ ...what, cells, lines: a.lines });
  }
  return rows;
}
