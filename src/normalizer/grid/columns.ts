/**
 * Grid phase, columns: which column each printed number of a row sits in.
 *
 * A row printing every cell needs no help. Where blank cells print nothing, two extraction styles differ:
 * - column-aligned text keeps each cell at its offset: the table's own full rows tell where each column
 *   ends (numbers are right-aligned), and a number goes to the column whose right edge is nearest;
 * - flowing text (single spaces, blanks dropped) cannot tell: the row stays unplaced here, and the
 *   table's reader decides from the table's own sums (solveSplit.ts), or keeps the row raw.
 */
import type { NumberToken } from './tokens';
import type { GridRow } from './rows';

/** Right edges of the columns, from the rows that print all `columns` cells (median per column). */
export function columnEdges(rows: readonly GridRow[], columns: number): number[] | null {
  const full = rows.filter((r) => r.nums.length === columns);
  if (full.length === 0) return null;
  const edges: number[] = [];
  for (let c = 0; c < columns; c++) {
    const ends = full.map((r) => r.nums[c]?.end ?? 0).sort((a, b) => a - b);
    edges.push(ends[Math.floor(ends.length / 2)] ?? 0);
  }
  // Edges must increase: a table whose "full" rows disagree is not aligned.
  for (let c = 1; c < edges.length; c++) if ((edges[c] ?? 0) <= (edges[c - 1] ?? 0)) return null;
  return edges;
}

/**
 * The row's numbers by column, or null where their columns cannot be told from the text. With `edges`
 * (aligned text), each number goes to the nearest edge, within half the gap to the neighbouring column.
 */
export function placeRow(nums: readonly NumberToken[], columns: number, edges: readonly number[] | null): (NumberToken | undefined)[] | null {
  if (nums.length === columns) return [...nums];
  if (nums.length > columns || !edges || nums.length === 0) return nums.length === 0 ? Array.from({ length: columns }, () => undefined) : null;
  const out: (NumberToken | undefined)[] = Array.from({ length: columns }, () => undefined);
  let lastCol = -1;
  for (const n of nums) {
    let best = -1;
    let bestGap = Infinity;
    for (let c = 0; c < edges.length; c++) {
      const gap = Math.abs((edges[c] ?? 0) - n.end);
      if (gap < bestGap) {
        best = c;
        bestGap = gap;
      }
    }
    const neighbour = Math.min(Math.abs((edges[best] ?? 0) - (edges[best - 1] ?? -Infinity)), Math.abs((edges[best + 1] ?? Infinity) - (edges[best] ?? 0)));
    if (best <= lastCol || bestGap * 2 >= neighbour) return null;
    out[best] = n;
    lastCol = best;
  }
  return out;
}

/**
 * Where each field's header word sits (its centre, in characters) on the header lines, for column-aligned
 * tables with no row printing every cell: a number belongs to the field whose header is nearest to it.
 */
export function headerCenters(header: readonly { text: string }[], words: readonly RegExp[]): number[] | null {
  const centers: number[] = [];
  for (const re of words) {
    let found: number | null = null;
    for (const line of header) {
      const m = re.exec(line.text);
      if (m) {
        found = m.index + m[0].length / 2;
        break;
      }
    }
    if (found === null) return null;
    centers.push(found);
  }
  for (let c = 1; c < centers.length; c++) if ((centers[c] ?? 0) <= (centers[c - 1] ?? 0)) return null;
  return centers;
}

/** The column of a number by the nearest header centre (numbers are right-aligned under centred words). */
export function nearestColumn(n: NumberToken, centers: readonly number[]): number {
  const mid = (n.start + n.end) / 2;
  let best = 0;
  centers.forEach((c, i) => {
    if (Math.abs(c - mid) < Math.abs((centers[best] ?? 0) - mid)) best = i;
  });
  return best;
}

/** placeRow by header centres: each number to its nearest header, in increasing columns, else null. */
export function placeByCenters(nums: readonly NumberToken[], centers: readonly number[]): (NumberToken | undefined)[] | null {
  const out: (NumberToken | undefined)[] = Array.from({ length: centers.length }, () => undefined);
  let last = -1;
  for (const n of nums) {
    const c = nearestColumn(n, centers);
    if (c <= last) return null;
    out[c] = n;
    last = c;
  }
  return out;
}
