/**
 * The static image embed (issue 13): a budget's preview picture (dist/preview/<id>.png, rendered at build
 * time by scripts/previewImages.ts) inside a link to its page, for platforms that strip iframes (WeChat
 * articles, newsletters). Pure string building: every value is escaped, as names come from data files and
 * the snippet ends up in someone else's page.
 */
import { formatAmount } from '../../model/format';
import { headlineSentence } from '../../model/headlineSentence';
import type { Budget } from '../../model/types';
import type { Dict } from '../i18n/dict';
import { deptName } from '../names';
import { escapeAttr } from './embedSnippet';

/** The preview image's size in pixels: the 1.91:1 that Open Graph and link cards show whole. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** The preview image below the site root (the build writes it there). */
export function previewImagePath(budgetId: string): string {
  return `preview/${encodeURIComponent(budgetId)}.png`;
}

/** The preview image's absolute URL: `baseUri` is the document's (a static page's <base> names the site root). */
export function previewImageUrl(baseUri: string, budgetId: string): string {
  return new URL(previewImagePath(budgetId), baseUri).href;
}

/**
 * What the picture says, for readers who cannot see it: the budget, its total with the unit as printed,
 * and its largest 功能分类 类 with its amount (the model's first answer: headlineSentence).
 */
export function imageAlt(budget: Budget, t: Dict): string {
  const s = headlineSentence(budget);
  const unit = t.unit(budget.unit);
  const top = s.lines[0];
  const largest = top ? `${top.code} ${(t.names.englishNames ? t.leiName(top.code) : undefined) ?? top.name} ${formatAmount(top.amount)} ${unit}` : null;
  return t.imageAlt({ title: `${deptName(budget, t)} ${budget.year} ${t.kinds[budget.kind]}`, total: `${formatAmount(s.total)} ${unit}`, largest });
}

export interface ImageSnippetOptions {
  /** The page the picture opens. */
  href: string;
  /** The picture's absolute URL. */
  src: string;
  alt: string;
}

export function buildImageSnippet({ href, src, alt }: ImageSnippetOptions): string {
  return (
    `<a href="${escapeAttr(href)}"><img src="${escapeAttr(src)}" alt="${escapeAttr(alt)}" ` +
    `width="${PREVIEW_SIZE.width}" height="${PREVIEW_SIZE.height}" style="max-width:100%;height:auto"></a>`
  );
}
