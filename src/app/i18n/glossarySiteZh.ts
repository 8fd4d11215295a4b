/**
 * The site's own short notes in Chinese for the terms that no document in the collection explains (said to
 * be the site's; glossaryText.ts has the English, which loads only with the English words). zh.ts: `glossary`.
 */
import type { TermKey } from '../glossary/terms';

export const GLOSSARY_SITE_ZH: Readonly<Partial<Record<TermKey, string>>> = {
  carryover: '以前年度已安排但尚未使用、结转到本年度继续使用的资金，在预算中作为一项收入来源列出。',
  procurement: '各级国家机关、事业单位和团体组织使用财政性资金，依照《政府采购法》规定的方式和程序购买货物、工程和服务。',
};
