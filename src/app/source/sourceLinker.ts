/**
 * The one place that builds links to the source view (原文, #/source/<id>?lines=a-b&table=t03): every
 * figure's popover (数字出处), the checks' references, the tables' source notes and CSV, exported images'
 * credits and embeds' credits use it, so a citation leads to the same marked lines wherever it is read.
 * In-site links are hashes; what leaves the site (a CSV, a PNG, an embed in an article) gets the absolute
 * address, resolved against the page the reader is on (the site is static and may live under any path).
 */
import type { Lang } from '../../model/lang';
import type { SourceRef } from '../../model/types';
import { formatHash, sourceRoute } from '../../state/route';

export interface SourceLinker {
  /** "#/source/<id>?lines=474-474&table=t03" (language kept): for links inside the site. */
  href: (src?: SourceRef) => string;
  /** The same as an absolute address, for files and frames that leave the site. */
  url: (src?: SourceRef) => string;
}

/**
 * Links to one budget's source document. `base` is any address of the site's page (its hash is
 * replaced), or a function giving it: `siteHref` in the browser, the embed's own address inside a frame.
 */
export function sourceLinker(budgetId: string, lang: Lang, base: string | (() => string)): SourceLinker {
  const href = (src?: SourceRef) => formatHash(sourceRoute(budgetId, lang, src));
  // A getter is read only when an absolute address is asked for (an export, a CSV): a page rendered at build
  // time has no address, and its hydration must render what the build did.
  return { href, url: (src) => absoluteUrl(href(src), typeof base === 'string' ? base : base()) };
}

/** A hash resolved against the page address: path and query kept, fragment replaced. */
export function absoluteUrl(hash: string, base: string): string {
  return new URL(hash, base).href;
}
