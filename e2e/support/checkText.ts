/**
 * The sentence a reader should see for a check, in a language: the same catalog the app words it with
 * (src/app/i18n/checkSentences*.ts), Check.message where the catalog has none.
 */
import type { Budget, Check } from '../../src/model/types';
import { zh } from '../../src/app/i18n/zh';
import { en } from '../../src/app/i18n/en';
import { budgetLookup, checkSentence } from '../../src/app/i18n/checkSentences';
import { checkUnit } from '../../src/model/units';

export function checkText(budget: Budget, check: Check, lang: 'zh' | 'en'): string {
  const t = lang === 'en' ? en : zh;
  return checkSentence(t.checkSentences, check, t.unit(checkUnit(budget, check)), budgetLookup(budget)) ?? check.message;
}
