/**
 * Records → CSV columns, for the data page's downloads (数据下载). Generic on purpose: a field added to the
 * data model appears in the CSV without code here. Nested objects become dotted columns ("src.table",
 * "funding.generalPublic"); a source line range becomes "474-476"; a list of source references
 * "t03:474-476; t05:12-12"; other lists their items joined by "; ". Values stay the strings of the JSON:
 * an amount goes out exactly as it is in public/data (as printed, separators removed), never via a number.
 */
import { toCsv } from '../csv';

/** The cell of one value; undefined where the field is absent (an empty cell: not printed). */
function cellOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (isLinePair(value)) return `${value[0]}-${value[1]}`;
    if (value.every(isSourceRef)) return value.map((r) => `${r.table}:${r.lines[0]}-${r.lines[1]}`).join('; ');
    if (value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join('; ');
    return JSON.stringify(value);
  }
  return undefined;
}

function isLinePair(v: unknown[]): v is [number, number] {
  return v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'number';
}

function isSourceRef(v: unknown): v is { table: string; lines: [number, number] } {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as { table?: unknown; lines?: unknown };
  return typeof r.table === 'string' && Array.isArray(r.lines) && isLinePair(r.lines);
}

/** One record's cells by dotted path, in field order. */
export function flattenRecord(record: unknown, prefix = '', out: Map<string, string> = new Map()): Map<string, string> {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    const c = cellOf(record);
    if (c !== undefined) out.set(prefix === '' ? 'value' : prefix, c);
    return out;
  }
  for (const [key, value] of Object.entries(record)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) flattenRecord(value, path, out);
    else {
      const c = cellOf(value);
      if (c !== undefined) out.set(path, c);
    }
  }
  return out;
}

export interface FlatTable {
  header: string[];
  rows: string[][];
}

/**
 * Many records: the union of their columns in first-seen order, an empty cell where a record lacks one.
 * `leading` columns come first with one value for every row (e.g. the unit); `always` columns are there even
 * when no record has them, so files of different budgets line up (项目内容 where no project prints one).
 */
export function flattenRecords(records: readonly unknown[], leading: Readonly<Record<string, string>> = {}, always: readonly string[] = []): FlatTable {
  const flat = records.map((r) => flattenRecord(r));
  const header = [...Object.keys(leading), ...always];
  for (const f of flat) for (const k of f.keys()) if (!header.includes(k)) header.push(k);
  const rows = flat.map((f) => header.map((h) => (h in leading && !f.has(h) ? (leading[h] ?? '') : (f.get(h) ?? ''))));
  return { header, rows };
}

export function flatCsv(t: FlatTable): string {
  return toCsv(t.header, t.rows);
}
