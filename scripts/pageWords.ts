/**
 * The languages every pre-rendered page is written in, and a page's words: both dictionaries at hand at build
 * time (the browser loads the English one as a chunk of its own, so the app's dictFor has it only later).
 * Shared by the budget views (staticPages.ts) and the department and region pages (manyPages.ts).
 */
import type { Dict } from '../src/app/i18n/dict';
import { en } from '../src/app/i18n/en';
import { zh } from '../src/app/i18n/zh';
import type { Lang } from '../src/model/lang';

export const PAGE_LANGS: readonly Lang[] = ['zh', 'en'];

export function wordsOf(lang: Lang): Dict {
  return lang === 'en' ? en : zh;
}
