/**
 * A compare page's (对比) head and its tables for readers without a script (comparePages.ts): each section's
 * lines as a table — each budget's figure as the comparison has it (converted exactly where the units differ,
 * Σ where a sum), its share, and the exact difference to the next — from the same model and view helpers as
 * the app's compare page (compareBudgets, compareView), in the page's words. The app's page, rendered above
 * them, shows the sections' first level; its expanders need the script, so every line is here too.
 */
import type { Dict } from '../src/app/i18n/dict';
import { zh } from '../src/app/i18n/zh';
import { amountView } from '../src/app/amounts/amountView';
import { effectiveAmountMode } from '../src/model/displayAmount';
import type { Lang } from '../src/model/lang';
import type { PageHead } from './appPages';
import { wordsOf } from './pageWords';
import {
  budgetLabel,
  depthOf,
  diffText,
  formatChange,
  lineLabel,
  SECTION_IDS,
  sectionLines,
  shortLabels,
  signedDifference,
} from '../src/app/compare/compareView';
import { compareBudgets, type CompareLine, type Comparison } from '../src/model/compare';
import type { Crosswalk } from '../src/model/crosswalkTypes';
import { formatAmount, formatShare } from '../src/model/format';
import type { Budget, MoneyUnit } from '../src/model/types';
import { compareWords } from '../src/app/i18n/compareLang';
import { esc } from './htmlEscape';

/** How the budgets relate, in the words of the app's CompareWarnings (the picture's subtitle: Chinese). */
export function relations(c: Comparison<MoneyUnit>, t: Dict = zh): string[] {
  const s = compareWords(t.lang);
  const byId = new Map(c.budgets.map((b) => [b.id, b]));
  const label = (id: string) => {
    const b = byId.get(id);
    return b ? budgetLabel(b, s) : id;
  };
  const out: string[] = [];
  for (const w of c.warnings) {
    if (w.code === 'CONTAINMENT') out.push(`${s.containmentTitle}${t.colon}${s.containment(label(w.part), label(w.whole), w.unitCode)} ${s.partOfDiff}`);
    else out.push(s.duplicate(w.budget));
  }
  for (const b of c.combine.blockedBy) if (b.code === 'SAME_DEPARTMENT') out.push(s.sameDepartment(label(b.budgets[0] ?? ''), label(b.budgets[1] ?? '')));
  if (c.converted) out.push(s.converted(c.budgets.map((b, i) => s.printsIn(shortLabels(c.budgets)[i] ?? b.id, b.unit)).join(s.clauseSep), c.unit));
  return out;
}

function sectionTable(c: Comparison<MoneyUnit>, id: (typeof SECTION_IDS)[number], labels: readonly string[], t: Dict): string {
  const s = compareWords(t.lang);
  const all = sectionLines(c, id);
  const lines = all.filter((l) => l.cells.some((x) => x !== null));
  if (lines.length === 0) return '';
  const byKey = new Map(all.map((l) => [l.key, l]));
  const heads = [
    `<th scope="col">${esc(s.colLine)}</th>`,
    ...labels.map((l) => `<th scope="col">${esc(l)}</th>`),
    ...labels.slice(1).map((_, i) => `<th scope="col">${esc(s.colDiff(labels[i] ?? '', labels[i + 1] ?? ''))}</th>`),
  ].join('');
  const row = (l: CompareLine) => {
    const name = `${lineLabel(l, s)}${l.flags.map((f) => s.flag(s.flags[f])).join('')}`;
    const cells = l.cells.map((cell) =>
      cell
        ? `<td>${esc(formatAmount(cell.amount))}${cell.basis === 'printed' ? '' : ' Σ'}<br /><small>${esc(formatShare(cell.share))}</small></td>`
        : `<td>${esc(s.notPrinted)}</td>`,
    );
    const diffs = l.steps.map((st, i) =>
      st.difference === null
        ? `<td title="${esc(diffText(st, labels, i, s))}">—</td>`
        : `<td>${esc(signedDifference(st.difference))}${st.change ? `<br /><small>${esc(formatChange(st.change))}</small>` : ''}</td>`,
    );
    // The static tables' classes (base.css): depth indents the tree, the box scrolls sideways on a phone.
    return `<tr class="prerendered-depth-${Math.min(depthOf(l, byKey), 3)}"><th scope="row">${esc(name)}</th>${cells.join('')}${diffs.join('')}</tr>`;
  };
  return [
    `<div class="prerendered-scroll"><table class="prerendered-table" data-testid="prerendered-compare-${id}"><caption>${esc(s.sections[id])} · ${esc(t.unit(c.unit))}</caption>`,
    `<thead><tr>${heads}</tr></thead><tbody>${lines.map(row).join('')}</tbody></table></div>`,
  ].join('');
}

/**
 * Every section's lines for a reader without a script, in the page's words (figures as the comparison has
 * them, in its unit). `budgets` in the order given: differences go from each to the next.
 */
export function compareTables(budgets: readonly Budget[], crosswalk: Crosswalk | undefined, t: Dict): string {
  const c = compareBudgets(budgets, crosswalk ? { crosswalk } : {});
  const labels = shortLabels(c.budgets);
  return [
    `<div class="prerendered" data-testid="prerendered-compare" data-ids="${esc(c.budgets.map((b) => b.id).join(','))}">`,
    // On a phone the tables scroll sideways (the differences are the last columns): say so once.
    `<p class="prerendered-narrow"><small>${esc(t.tables.scrollHint)}</small></p>`,
    ...SECTION_IDS.map((id) => sectionTable(c, id, labels, t)),
    '</div>',
  ].join('\n');
}

/**
 * The page's title (the one CompareContent sets) and description: each budget's 支出总计 (English in million
 * yuan, converted exactly, as the English page shows).
 */
export function compareHead(budgets: readonly Budget[], crosswalk: Crosswalk | undefined, lang: Lang): PageHead {
  const t = wordsOf(lang);
  const s = compareWords(lang);
  const c = compareBudgets(budgets, crosswalk ? { crosswalk } : {});
  const labels = shortLabels(c.budgets);
  const heading = `${s.title} · ${c.budgets.map((b) => budgetLabel(b, s)).join(' / ')}`;
  const av = amountView(t, effectiveAmountMode(lang, undefined));
  const total = c.totals.find((l) => l.code === 'total');
  const totals = total
    ? c.budgets.map((_, i) => `${labels[i]} ${total.cells[i] ? av.text(total.cells[i].amount, c.unit) : s.notPrinted}`).join(lang === 'en' ? ', ' : '，')
    : '';
  const line = `${s.totalsNames.total} (${av.unit(c.unit)})`;
  return {
    title: `${heading} · ${t.appName}`,
    description: lang === 'en' ? `${heading}: ${line} ${totals}.` : `${heading}：${s.totalsNames.total}（${av.unit(c.unit)}）${totals}。`,
  };
}
