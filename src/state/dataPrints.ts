/**
 * What data a page was rendered with (issue 11). A page written at build time is hydrated only with the same
 * data: a file replaced since the build (new figures published without a rebuild) would make the browser's
 * render differ from the markup. Every data file the data cache reads is fingerprinted here (FNV-1a of its
 * text: a check of sameness, not of security); the build writes its prints beside the page's markup
 * (data-prints on #root), and the browser, before hydrating, compares the prints of the files it read.
 */
import type { FetchLike } from '../model/loadBudget';

const prints = new Map<string, string>();

/** FNV-1a, 32 bits, of a text's UTF-16 code units, as 8 hex digits. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** `inner`, recording the print of every text it gives, by its URL. */
export function printingFetch(inner: FetchLike): FetchLike {
  return async (url) => {
    const res = await inner(url);
    return {
      ok: res.ok,
      status: res.status,
      text: async () => {
        const text = await res.text();
        if (res.ok) prints.set(url, fnv1a(text));
        return text;
      },
    };
  };
}

/** Every print so far, "url=print" separated by spaces, sorted (what the build writes). */
export function dataPrints(): string {
  return [...prints]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([url, p]) => `${url}=${p}`)
    .join(' ');
}

/** The files in `written` (dataPrints' form) this page has read with another text since. */
export function changedSince(written: string): string[] {
  return written
    .split(' ')
    .filter(Boolean)
    .flatMap((pair) => {
      const at = pair.lastIndexOf('=');
      const url = pair.slice(0, at);
      const now = prints.get(url);
      return now !== undefined && now !== pair.slice(at + 1) ? [url] : [];
    });
}

/** With the data cache (resetDataCache): forget every print. */
export function resetPrints(): void {
  prints.clear();
}
