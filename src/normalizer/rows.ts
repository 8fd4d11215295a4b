/**
 * Phase 3b — rows: join the physical lines of a table body into logical rows.
 *
 * PDF extraction breaks a row's name over several lines ("2060199" / "其他科学技术管理事" / "务支出" /
 * "1,182.90 …"): text lines accumulate until a line carrying amounts closes the row.
 */
import type { Amount, RawRow } from '../model/types';
import { readLine } from './cells';
import type { SourceLine } from './segment';

export interface Row extends RawRow {
  /** Offsets of the amounts in the line that carried them (for blank-cell, layout-preserving tables). */
  offsets: number[];
  /** The text of the line that carried the amounts, as printed. */
  valueLine: string;
}

export interface AssembledRows {
  rows: Row[];
  /** Text lines after the last row (no amounts followed them). */
  trailing: SourceLine[];
}

export function assembleRows(body: readonly SourceLine[]): AssembledRows {
  const rows: Row[] = [];
  let pending: SourceLine[] = [];
  for (const line of body) {
    const cells = readLine(line.text);
    if (cells.values.length === 0) {
      pending.push(line);
      continue;
    }
    const first = pending[0]?.n ?? line.n;
    const text = [...pending.flatMap((p) => readLine(p.text).text), ...cells.text];
    rows.push({
      lines: [first, line.n],
      text,
      values: cells.values as Amount[],
      printed: cells.printed,
      offsets: cells.offsets,
      valueLine: line.text,
    });
    pending = [];
  }
  return { rows, trailing: pending };
}

/** The raw layer written to JSON (offsets and valueLine are for the readers only). */
export function toRawRow(row: Row): RawRow {
  return { lines: row.lines, text: row.text, values: row.values, printed: row.printed };
}
