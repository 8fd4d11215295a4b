/**
 * The text of a compare page (对比) for its static page (routePages.ts): how the budgets relate, then each
 * section's lines as a table — each budget's figure as the comparison has it (converted exactly where the
 * units differ, Σ where a sum), its share, and the exact difference to the next — from the same model and
 * view helpers as the app's compare page (compareBudgets, compareView) and its Chinese words. The bars need
 * the script; every figure they draw is here.
 */
import { zh } from '../src/app/i18n/zh';
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
import { esc } from './htmlEscape';

const s = zh.compare;

/** How the budgets relate, in the words of the app's CompareWarnings. */
export function relations(c: Comparison<MoneyUnit>): string[] {
  const byId = new Map(c.budgets.map((b) => [b.id, b]));
  const label = (id: string) => {
    const b = byId.get(id);
    return b ? budgetLabel(b, s) : id;
  };
  const out: string[] = [];
  for (const w of c.warnings) {
    if (w.code === 'CONTAINMENT') out.push(`${s.containmentTitle}：${s.containment(label(w.part), label(w.whole), w.unitCode)} ${s.partOfDiff}`);
    else out.push(s.duplicate(w.budget));
  }
  for (const b of c.combine.blockedBy) if (b.code === 'SAME_DEPARTMENT') out.push(s.sameDepartment(label(b.budgets[0] ?? ''), label(b.budgets[1] ?? '')));
  if (c.converted) out.push(s.converted(c.budgets.map((b, i) => s.printsIn(shortLabels(c.budgets)[i] ?? b.id, b.unit)).join(s.clauseSep), c.unit));
  return out;
}

function sectionTable(c: Comparison<MoneyUnit>, id: (typeof SECTION_IDS)[number], labels: readonly string[]): string {
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
    `<div class="prerendered-scroll"><table class="prerendered-table" data-testid="prerendered-compare-${id}"><caption>${esc(s.sections[id])} · ${esc(zh.unit(c.unit))}</caption>`,
    `<thead><tr>${heads}</tr></thead><tbody>${lines.map(row).join('')}</tbody></table></div>`,
  ].join('');
}

/** The page of the comparison of `budgets` (in the order given: differences go from each to the next). */
export function compareBody(budgets: readonly Budget[], crosswalk: Crosswalk | undefined): { title: string; description: string; body: string } {
  const c = compareBudgets(budgets, crosswalk ? { crosswalk } : {});
  const labels = shortLabels(c.budgets);
  const names = c.budgets.map((b) => budgetLabel(b, s)).join(' / ');
  const heading = `${s.title} · ${names}`;
  const total = c.totals.find((l) => l.code === 'total');
  const totals = total ? c.budgets.map((_, i) => `${labels[i]} ${total.cells[i] ? formatAmount(total.cells[i].amount) : s.notPrinted}`).join('，') : '';
  const body = [
    `<article class="prerendered" data-testid="prerendered-compare" data-ids="${esc(c.budgets.map((b) => b.id).join(','))}">`,
    `<h1>${esc(heading)}</h1>`,
    ...relations(c).map((r) => `<p>${esc(r)}</p>`),
    `<ul>${c.budgets.map((b, i) => `<li>${esc(labels[i] ?? '')} · <a href="./budget/${encodeURIComponent(b.id)}/treemap/">${esc(b.department)} ${b.year}</a> <small>${esc(zh.kinds[b.kind])}</small></li>`).join('')}</ul>`,
    // On a phone the tables scroll sideways (the differences are the last columns): say so once.
    `<p class="prerendered-narrow"><small>${esc(zh.tables.scrollHint)}</small></p>`,
    ...SECTION_IDS.map((id) => sectionTable(c, id, labels)),
    `<p><a href="./">${esc(zh.backToCatalog)}</a></p>`,
    '</article>',
  ].join('\n');
  return { title: `${heading} · ${zh.appName}`, description: `${heading}：${s.totalsNames.total}（${zh.unit(c.unit)}）${totals}。`, body };
}
