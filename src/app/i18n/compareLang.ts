/**
 * 比较预算's words (the compare pages and their embeds) in a language. They are not part of the app's
 * catalog (zh.ts, en.ts): they load with the compare page's chunk, so the other pages' first download
 * does without them; both languages come along (a few KB), as the page switches language in place.
 */
import type { Lang } from '../../model/lang';
import type { CompareWords } from './compareWords';
import { compareZh } from './zhCompare';
import { compareEn } from './enCompare';

export function compareWords(lang: Lang): CompareWords {
  return lang === 'en' ? compareEn : compareZh;
}
