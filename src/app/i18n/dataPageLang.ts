/**
 * 数据下载's words (the data page) in a language. They are not part of the app's catalog (zh.ts, en.ts):
 * they load with the data page's chunk, so the other pages' first download does without them.
 */
import type { Lang } from '../../model/lang';
import type { DataPageWords } from './dataPageWords';
import { dataPageZh } from './zhDataPage';
import { dataPageEn } from './enDataPage';

export function dataPageWords(lang: Lang): DataPageWords {
  return lang === 'en' ? dataPageEn : dataPageZh;
}
