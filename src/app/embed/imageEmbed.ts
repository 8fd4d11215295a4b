/**
 * The static image embed (issue 13): a budget's preview picture (dist/preview/<id>.png, rendered at build
 * time by scripts/previewImages.ts) inside a link to its page, for platforms that strip iframes (WeChat
 * articles, newsletters). Pure string building: every value is escaped, as names come from data files and
 * the snippet ends up in someone else's page.
 */
import type { AmountMode } from '../../model/displayAmount';
import { headlineSentence } from '../../model/headlineSentence';
import type { Lang } from '../../model/lang';
import type { Budget } from '../../model/types';
import { amountView } from '../amounts/amountView';
import type { Dict } from '../i18n/dict';
import { deptName } from '../names';
import { escapeAttr } from './embedSnippet';

/** The preview image's size in pixels: the 1.91:1 that Open Graph and link cards show whole. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/**
 * The budget's preview image below the site root (the build writes it there): preview/<id>.png, drawn in
 * Chinese with the figures as printed; preview/<id>.en.png, drawn in English with the English default unit
 * (百万元, million yuan, converted exactly: effectiveAmountMode), for English pages.
 */
export function previewImagePath(budgetId: string, lang: Lang = 'zh'): string {
  return `preview/${encodeURIComponent(budgetId)}${lang === 'en' ? '.en' : ''}.png`;
}

/** The preview image's absolute URL: `baseUri` is the document's (a static page's <base> names the site root). */
export function previewImageUrl(baseUri: string, budgetId: string, lang: Lang = 'zh'): string {
  return new URL(previewImagePath(budgetId, lang), baseUri).href;
}

/*
 * The other pre-rendered pages' pictures (scripts/routePreviews.ts), each in a folder of its own beside the
 * budgets' files, so that no budget id can name the same file: the catalog at the site root, a department,
 * a region's year and a comparison (ids in the order compared, as the page's address has them). The
 * English pages' pictures (English words and names, 百万元) beside them, `.en.png`, as a budget's are.
 */
const ext = (lang: Lang) => (lang === 'en' ? '.en.png' : '.png');

export const CATALOG_PREVIEW_PATH = 'preview/catalog/index.png';

export function catalogPreviewPath(lang: Lang = 'zh'): string {
  return `preview/catalog/index${ext(lang)}`;
}

export function departmentPreviewPath(departmentId: string, lang: Lang = 'zh'): string {
  return `preview/department/${encodeURIComponent(departmentId)}${ext(lang)}`;
}

export function regionPreviewPath(region: string, year: number, lang: Lang = 'zh'): string {
  return `preview/region/${encodeURIComponent(region)}/${year}${ext(lang)}`;
}

export function comparePreviewPath(ids: readonly string[], lang: Lang = 'zh'): string {
  return `preview/compare/${ids.map(encodeURIComponent).join('/')}${ext(lang)}`;
}

/**
 * What the picture says, for readers who cannot see it: the budget, its total with the unit as printed,
 * and its largest 功能分类 类 with its amount (the model's first answer: headlineSentence). `mode` is the
 * picture's: 'million' for the English picture (previewImagePath(id, 'en')), its figures in 百万元.
 */
export function imageAlt(budget: Budget, t: Dict, mode: AmountMode = 'printed'): string {
  const s = headlineSentence(budget);
  const av = amountView(t, mode);
  const unit = av.unit(budget.unit);
  const shown = (a: string) => av.text(a, budget.unit);
  const top = s.lines[0];
  const largest = top ? `${top.code} ${(t.names.englishNames ? t.leiName(top.code) : undefined) ?? top.name} ${shown(top.amount)} ${unit}` : null;
  return t.imageAlt({ title: `${deptName(budget, t)} ${budget.year} ${t.kinds[budget.kind]}`, total: `${shown(s.total)} ${unit}`, largest });
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
