/**
 * A budget's 数据核对 as plain HTML, at build time, for its static 明细表 page (staticPages.ts): every check that
 * did not pass — the contradictions, then the rounding differences (舍入差异, within the printing precision)
 * — each with its rule, its sentence (the app's catalog, zh.checkSentences; the normalizer's Check.message for
 * a code the catalog cannot word) and its two figures with the difference, in the unit of the tables checked.
 * The same grouping and order as the app's ChecksList (model/checkStatus: largest difference first).
 */
import { zh } from '../src/app/i18n/zh';
import type { Dict } from '../src/app/i18n/dict';
import { budgetLookup, checkSentence } from '../src/app/i18n/checkSentences';
import { figureKindOf, groupChecks } from '../src/model/checkStatus';
import { formatAmount, formatDifference } from '../src/model/format';
import { checkUnit } from '../src/model/units';
import type { Budget, Check } from '../src/model/types';
import { esc } from './htmlEscape';

function checkHtml(budget: Budget, c: Check, t: Dict): string {
  const unit = t.unit(checkUnit(budget, c));
  const words = t.checkFigures[figureKindOf(c.code)];
  const sentence = checkSentence(t.checkSentences, c, unit, budgetLookup(budget)) ?? c.message;
  const figure = (label: string, text: string) => `<li>${esc(label)}${esc(t.colon)}${esc(text)} ${esc(unit)}</li>`;
  return [
    `<li data-testid="prerendered-check-${c.status === 'rounding' ? 'rounding' : 'failed'}" data-code="${esc(c.code)}">`,
    `<strong>${esc(t.checkNames[c.code] ?? c.code)}</strong>`,
    `<p>${esc(sentence)}</p>`,
    `<ul>${figure(words.expected, formatAmount(c.expected))}${figure(words.actual, formatAmount(c.actual))}${figure(words.difference, formatDifference(c.difference))}</ul>`,
    '</li>',
  ].join('');
}

export function checksSection(budget: Budget, t: Dict = zh): string {
  const { contradictions, rounding, total } = groupChecks(budget.checks);
  return [
    '<section data-testid="prerendered-check-list">',
    `<h2>${esc(t.checksTitle)}</h2>`,
    `<p>${esc(t.checksSummaryText(contradictions.length, rounding.length, total))}</p>`,
    contradictions.length > 0 ? `<ol>${contradictions.map((c) => checkHtml(budget, c, t)).join('\n')}</ol>` : '',
    rounding.length > 0
      ? `<h3>${esc(t.roundingTitle(rounding.length))}</h3><p>${esc(t.roundingExplain)}</p><ol>${rounding.map((c) => checkHtml(budget, c, t)).join('\n')}</ol>`
      : '',
    '</section>',
  ].join('\n');
}
