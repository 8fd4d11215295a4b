/** Set operations on sorted, duplicate-free entry numbers (decoded postings). */

/** Sorted numbers from delta-encoded ones. */
export function decode(deltas: readonly number[] | undefined): Int32Array {
  const out = new Int32Array(deltas?.length ?? 0);
  let acc = 0;
  deltas?.forEach((d, i) => {
    acc += d;
    out[i] = acc;
  });
  return out;
}

export function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out[n++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.subarray(0, n);
}

export function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const y = j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY;
    if (x <= y) {
      out[n++] = x;
      i++;
      if (x === y) j++;
    } else {
      out[n++] = y;
      j++;
    }
  }
  return out.subarray(0, n);
}

/** a without the members of b. */
export function minus(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length);
  let j = 0;
  let n = 0;
  for (const x of a) {
    while (j < b.length && (b[j] as number) < x) j++;
    if (j < b.length && b[j] === x) continue;
    out[n++] = x;
  }
  return out.subarray(0, n);
}

/** Members of every list (AND), smallest list first; empty for no lists. */
export function allOf(lists: readonly Int32Array[]): Int32Array {
  const sorted = [...lists].sort((x, y) => x.length - y.length);
  let acc = sorted[0] ?? new Int32Array(0);
  for (let i = 1; i < sorted.length && acc.length > 0; i++) acc = intersect(acc, sorted[i] as Int32Array);
  return acc;
}

export function anyOf(lists: readonly Int32Array[]): Int32Array {
  return lists.reduce((acc, l) => union(acc, l), new Int32Array(0));
}
