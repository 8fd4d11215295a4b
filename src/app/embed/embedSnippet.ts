/**
 * The embed code (嵌入代码) a journalist pastes into an article: an <iframe> of the embed page and,
 * optionally, the auto-height script. Pure string building; every value is escaped for an HTML attribute
 * because budget names come from data files, and the snippet ends up in someone else's page.
 */
import { budgetRoute, embedRoute, formatHash, type EmbeddableRoute, type Route, type View } from '../../state/route';
import { pagePathOf } from '../../state/pagePath';
import type { Lang } from '../../model/lang';

/** Frame heights without the script, in CSS px: enough for the view at an article's width (~640 px). */
export const DEFAULT_EMBED_HEIGHT: Record<View, number> = { treemap: 720, sankey: 820, tables: 680 };
/** The compare embed (totals, income, function and economic bars with their tables) is long: it scrolls without the script. */
export const COMPARE_EMBED_HEIGHT = 900;
/** One compare section (its bars and table): the frame height without the auto-height script. */
export const COMPARE_SECTION_EMBED_HEIGHT = 640;

export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The page address without its hash: where the site lives (root, sub-folder, or a file). */
export function siteBase(href: string): string {
  const i = href.indexOf('#');
  return i < 0 ? href : href.slice(0, i);
}

/** Absolute URL of the embed page of a view (or a comparison), computed from the page's own address. */
export function embedUrl(href: string, route: EmbeddableRoute): string {
  const hash = formatHash(embedRoute(route));
  // A budget view's embed opens at its pre-rendered page (the chart in the markup before the script comes),
  // its whole route (drill path, options) in the hash, which the app then opens.
  // Resolved as a relative URL: an address ending in a file (…/index.html) has its folder as the base.
  // An English embed opens at the English page (en/embed/…): written in English, no Chinese before the script.
  return route.page === 'budget' ? `${new URL(embedPagePath(route.budgetId, route.view, route.lang), siteBase(href)).href}${hash}` : `${siteBase(href)}${hash}`;
}

/**
 * The pre-rendered page of a budget view's embed below the site root (scripts/embedPages.ts writes it), in
 * Chinese or under en/ in English, as the other pages are.
 */
export function embedPagePath(budgetId: string, view: View, lang: Lang = 'zh'): string {
  return `${lang === 'en' ? 'en/' : ''}embed/${encodeURIComponent(budgetId)}/${view}/`;
}

/**
 * Absolute URL of the full view, for an embed's link back and the snippet's link under the frame: a budget
 * view's or the catalog's own page (it reads without a script — a newsletter that strips the frame, a reader
 * with JavaScript off), with the whole route (a drill path, options) in the hash, which the app opens.
 * Other routes (a comparison may have no page of its own) by the site's root and the hash.
 */
export function fullViewUrl(href: string, route: Route): string {
  const hash = formatHash(route);
  const page =
    route.page === 'budget' && !route.embed
      ? pagePathOf(budgetRoute(route.budgetId, route.lang, route.view))
      : route.page === 'catalog'
        ? pagePathOf({ page: 'catalog', lang: route.lang })
        : null;
  return page === null ? `${siteBase(href)}${hash}` : `${new URL(page, siteBase(href)).href}${hash}`;
}

/** public/embed.js next to index.html, wherever the site is hosted. */
export function embedScriptUrl(href: string): string {
  return new URL('embed.js', siteBase(href)).href;
}

/**
 * The frame's sandbox, as strict as the embed still works in: its scripts run (the charts), it keeps its own
 * origin (to read its data files; it is never the article's origin, so it cannot reach into the article),
 * it may open the source and the full view in a new window, and save a CSV or PNG — but it may not navigate
 * the article (no allow-top-navigation), submit forms, lock the pointer or open modal dialogs.
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';

export interface SnippetOptions {
  src: string;
  title: string;
  height: number;
  /** The auto-height script's URL, or null for a fixed-height frame. */
  scriptSrc: string | null;
  /**
   * A plain link to the full view under the frame: what a reader sees where a platform strips iframes
   * (newsletters, some CMSs), and a way out of the frame for everyone else. Null leaves it out.
   */
  link?: { href: string; text: string } | null;
}

export function buildEmbedSnippet({ src, title, height, scriptSrc, link = null }: SnippetOptions): string {
  const frame =
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" loading="lazy" ` +
    `sandbox="${EMBED_SANDBOX}" referrerpolicy="strict-origin-when-cross-origin" ` +
    `width="100%" height="${Math.round(height)}" style="width:100%;border:0;"></iframe>`;
  const lines = [frame];
  if (link) lines.push(`<p><a href="${escapeAttr(link.href)}">${escapeText(link.text)}</a></p>`);
  if (scriptSrc !== null) lines.push(`<script src="${escapeAttr(scriptSrc)}" async></script>`);
  return lines.join('\n');
}

/** Text between tags: a name from the data must not become markup in the article. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
