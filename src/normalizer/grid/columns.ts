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
