/**
 * Code loaded on demand (a page, the English words), the way the data is (state/dataCache.ts): each import
 * started once, its promise marked as settled the way React's use() reads it (status/value on the
 * thenable), so that a render after it arrived reads it at once instead of suspending.
 */
type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/** The loader run once; every call gives the same tracked promise, and `loaded()` its value once it is here. */
export function once<T>(load: () => Promise<T>): (() => Promise<T>) & { loaded(): T | undefined } {
  let p: Tracked<T> | null = null;
  const get = (): Promise<T> => {
    if (!p) {
      const t: Tracked<T> = load();
      t.status = 'pending';
      void t.then(
        (value) => {
          t.status = 'fulfilled';
          t.value = value;
        },
        (reason: unknown) => {
          t.status = 'rejected';
          t.reason = reason;
        },
      );
      p = t;
    }
    return p;
  };
  return Object.assign(get, { loaded: () => (p?.status === 'fulfilled' ? p.value : undefined) });
}
