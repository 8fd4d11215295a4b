/**
 * 原文 and 数据下载 pages (issue 11): every budget's source document as the site read it (source/<id>/) and the
 * downloads (downloads/), in Chinese and in English (en/…) — the app's own SourcePage and DataPage rendered at
 * build time and hydrated (appPages.ts), so a shared link to a document says which it is, and a reader
 * without a script reads the text and downloads the files.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deptName } from '../src/app/names';
import { effectiveAmountMode } from '../src/model/displayAmount';
import { imageAlt, PREVIEW_SIZE, previewImagePath } from '../src/app/embed/imageEmbed';
import type { Lang } from '../src/model/lang';
import type { ShellImage } from './pageShell';
import { isSafeDataPath } from '../src/model/loadBudget';
import { sourceLines } from '../src/model/sourceView';
import type { Budget } from '../src/model/types';
import { dataPageWords } from '../src/app/i18n/dataPageLang';
import { dataPagePath, sourcePagePath } from '../src/state/pagePath';
import { appPageWriter, type AssetsOf, type PageHead } from './appPages';
import type { RenderRoute } from './prerender';
import { wordsOf } from './pageWords';

/** Words only a page's head needs (the app does not show them, so they stay out of its dictionaries). */
const HEAD_WORDS = {
  zh: {
    source: (heading: string, file: string, lines: number, tables: number) => `${heading}：${file}，${lines} 行，读出 ${tables} 张表。`,
  },
  en: {
    source: (heading: string, file: string, lines: number, tables: number) => `${heading}: ${file}, ${lines} lines, ${tables} tables read from it.`,
  },
} as const satisfies Record<Lang, unknown>;

/** 原文: the title SourcePage sets, and what the document is (its file, its length, the tables read from it). */
export function sourceHead(budget: Budget, text: string, lang: Lang): PageHead {
  const t = wordsOf(lang);
  const heading = t.sourceHeading(deptName(budget, t), budget.year, t.kinds[budget.kind]);
  return {
    title: `${deptName(budget, t)} ${budget.year} · ${t.sourceTitle} · ${t.appName}`,
    description: `${HEAD_WORDS[lang].source(heading, budget.source, sourceLines(text).length, budget.tables.length)} ${t.sourceIntro}`,
  };
}

/** 数据下载: the title the app sets, and what the page offers. */
export function dataHead(lang: Lang): PageHead {
  const t = wordsOf(lang);
  const w = dataPageWords(lang);
  return { title: `${w.title} · ${t.appName}`, description: w.intro };
}

/**
 * Writes every budget's source page and the downloads page in each language; gives how many pages. The
 * downloads page names the catalog's picture in its language (drawn with the root's: staticPages.ts); a source
 * page its budget's.
 */
export async function writeSourcePages(
  outDir: string,
  template: string,
  budgets: readonly Budget[],
  catalogImageOf: (lang: Lang) => ShellImage,
  render: RenderRoute,
  assetsOf: AssetsOf,
  siteUrl?: string,
): Promise<number> {
  const write = appPageWriter(outDir, template, render, assetsOf, siteUrl);
  let pages = 0;
  for (const budget of budgets) {
    // The app's own rule for a source file's name (loadSourceText): one plain name under data/sources/.
    if (!isSafeDataPath(budget.source) || budget.source.includes('/'))
      throw new Error(`source pages: budget ${budget.id} names an unsafe source file ${JSON.stringify(budget.source)}`);
    const text = readFileSync(resolve(outDir, 'data', 'sources', budget.source), 'utf8');
    pages += await write({
      routeOf: (lang) => ({ page: 'source', budgetId: budget.id, lang }),
      pathOf: (lang) => sourcePagePath(budget.id, lang),
      headOf: (lang) => sourceHead(budget, text, lang),
      // The budget's own picture, in the page's language (the English one in million yuan, as its pages show).
      imageOf: (lang) => ({
        path: previewImagePath(budget.id, lang),
        alt: imageAlt(budget, wordsOf(lang), effectiveAmountMode(lang, undefined)),
        ...PREVIEW_SIZE,
      }),
    });
  }
  pages += await write({
    routeOf: (lang) => ({ page: 'data', lang }),
    pathOf: dataPagePath,
    headOf: dataHead,
    imageOf: catalogImageOf,
  });
  return pages;
}
