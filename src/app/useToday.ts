/**
 * The reader's day (ISO, yyyy-mm-dd: the form citation styles accept in both languages), for a citation's
 * access date (访问日期). '' in a page rendered at build time (the build's day is not the reader's) and in the
 * browser's hydration of it, which must render what the build did; the day follows at once.
 */
import { useSyncExternalStore } from 'react';

const never = () => () => {};
const today = () => new Date().toISOString().slice(0, 10);

export function useToday(): string {
  return useSyncExternalStore(never, today, () => '');
}
