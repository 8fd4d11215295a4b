/** Figures and tables for the benchmarks (bench:ui, bench:catalog): medians, fixed-point text, plain tables. */

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
export const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** A plain text table with right-aligned columns after the first. */
export function table(head: string[], rows: string[][]): string {
  const all = [head, ...rows];
  // CJK characters take two columns in a terminal.
  const width = (s: string) => [...s].reduce((n, c) => n + (/[\u2e80-\uffef]/.test(c) ? 2 : 1), 0);
  const cols = head.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ''))));
  const pad = (s: string, i: number) => {
    const fill = ' '.repeat(Math.max(0, (cols[i] ?? 0) - width(s)));
    return i === 0 ? s + fill : fill + s;
  };
  const line = (r: string[]) => r.map((c, i) => pad(c, i)).join('  ');
  return [line(head), cols.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function withTimeout<T>(p: Promise<T>, msLimit: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${msLimit} ms: ${what}`)), msLimit);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/** `--name 12` on the command line as a positive number, or the default. */
export function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}
