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
 * replaced): `window.location.href` in the browser, the embed's own address inside a frame.
 */
export function sourceLinker(budgetId: string, lang: Lang, base: string): SourceLinker {
  const href = (src?: SourceRef) => formatHash(sourceRoute(budgetId, lang, src));
  return { href, url: (src) => absoluteUrl(href(src), base) };
}

/** A hash resolved against the page address: path and query kept, fragment replaced. */
export function absoluteUrl(hash: string, base: string): string {
  return new URL(hash, base).href;
}
