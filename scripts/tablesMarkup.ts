/**
 * A budget's 明细表 as plain HTML, at build time, for its static page (staticPages.ts): the 功能分类 table at
 * every level (类 → 款 → 项), the 经济分类 table, and the 单位 and 项目 tables where the document has them, built by the model's table builders (src/model/tableRows,
 * which the live tables render), so every figure is the one the app shows: the printed string grouped by
 * formatAmount, Σ where the figure is an exact sum the document does not print, 未列示 where nothing prints
 * or computes it, — where the column does not apply. The foot is the exact sum of the top-level rows and,
 * where the document prints its own 合计, that figure with the difference. Words are the app's Chinese ones
 * (zh.tables); misprinted names are marked [原文如此] as the live tables mark them.
 */
import { zh } from '../src/app/i18n/zh';
import type { Dict } from '../src/app/i18n/dict';
import type { Crosswalk } from '../src/model/crosswalkTypes';
import { formatAmount } from '../src/model/format';
import { withSign } from '../src/model/displayAmount';
import { isMisprint } from '../src/model/misprints';
import { availableTables, buildTable, hasPrintedTotals, type AmountCell, type ColumnSpec, type TableModel, type TableRow } from '../src/model/tableRows';
import type { Budget } from '../src/model/types';
import { columnLabel, displayName } from '../src/tables/words';
import { esc } from './htmlEscape';

/** The tables the static page shows: every one the app's tabs offer for the budget (单位 and 项目 where printed). */
const STATIC_TABLES = ['functional', 'economic', 'units', 'projects'] as const;

/** Code, name, the figures and text columns; shares are left to the app (a figure the document does not print). */
const shownColumns = (model: TableModel) => model.columns.filter((c) => c.kind !== 'share');

function amountCell(row: TableRow, spec: ColumnSpec, words: Dict): string {
  const t = words.tables;
  const cell: AmountCell | null | undefined = row.amounts[spec.key];
  if (!cell && row.unlisted?.includes(spec.key)) return `<td class="prerendered-unlisted" title="${esc(t.notPrintedNote)}">${esc(t.notPrinted)}</td>`;
  if (!cell) return '<td>—</td>';
  const sum = cell.computed ? ` <abbr title="${esc(cell.over === 'units' ? t.unitsShort : t.computedShort)}">Σ</abbr>` : '';
  return `<td data-amount="${esc(cell.amount)}">${esc(formatAmount(cell.amount))}${sum}</td>`;
}

function rowHtml(model: TableModel, row: TableRow, words: Dict, crosswalk?: Crosswalk): string {
  const t = words.tables;
  // Misprints are known for the two classifications' names (the crosswalk), not for units' or projects'.
  const scheme = model.id === 'functional' || model.id === 'economic' ? model.id : null;
  const sic = scheme && isMisprint(crosswalk, scheme, row.code, row.name) ? words.treemapMore.sic : '';
  const cells = shownColumns(model).map((spec) => {
    switch (spec.kind) {
      case 'code':
        return `<td>${esc(row.code)}</td>`;
      case 'name':
        return `<th scope="row">${esc(displayName(row, t))}${esc(sic)}</th>`;
      case 'amount':
        return amountCell(row, spec, words);
      default:
        // Text (项目内容, 绩效目标): wraps, where figures stay on one line.
        return `<td class="prerendered-text">${esc(row.texts[spec.key] ?? '')}</td>`;
    }
  });
  // Depth as a class (indentation in base.css): the site's CSP refuses style attributes.
  const own = `<tr class="prerendered-depth-${Math.min(row.depth, 3)}" data-code="${esc(row.code)}" data-level="${esc(row.kind)}">${cells.join('')}</tr>`;
  return [own, ...row.subRows.map((r) => rowHtml(model, r, words, crosswalk))].join('');
}

function footHtml(model: TableModel, words: Dict): string {
  const t = words.tables;
  const line = (head: string, cell: (spec: ColumnSpec) => string) =>
    `<tr>${shownColumns(model)
      .map((spec) => (spec.kind === 'name' ? `<th scope="row">${esc(head)}</th>` : spec.kind === 'amount' ? cell(spec) : '<td></td>'))
      .join('')}</tr>`;
  const sums = line(t.totals, (spec) => {
    const tc = model.totals[spec.key];
    return tc
      ? `<td data-amount="${esc(tc.sum)}">${esc(formatAmount(tc.sum))} <abbr title="${esc(t.totalNote)}">Σ</abbr>${tc.partial ? `<br /><small>${esc(t.partial)}</small>` : ''}</td>`
      : '<td></td>';
  });
  const printed = hasPrintedTotals(model)
    ? line(t.printedTotals, (spec) => {
        const p = model.totals[spec.key]?.printed;
        if (!p) return '<td></td>';
        const diff = p.difference ? `<br /><small>${esc(t.difference)} ${esc(withSign(p.difference, formatAmount))}</small>` : '';
        return `<td data-amount="${esc(p.amount)}">${esc(formatAmount(p.amount))}${diff}</td>`;
      })
    : '';
  return `<tfoot>${sums}${printed}</tfoot>`;
}

/** `unit`: a sub-unit's own 功能分类 table (a document that prints its 功能分类 per unit), as the app's 范围 choice shows it. */
function tableHtml(budget: Budget, model: TableModel, words: Dict, crosswalk?: Crosswalk, unit?: { key: string; name: string }): string {
  const t = words.tables;
  const scope = unit ? ` · ${t.scope}：${unit.key} ${unit.name}` : '';
  const testId = unit ? `prerendered-table-${model.id}-unit" data-unit="${esc(unit.key)}` : `prerendered-table-${model.id}`;
  const head = shownColumns(model)
    .map((spec) => `<th scope="col">${esc(columnLabel(spec.label, t, spec.incomeKey))}</th>`)
    .join('');
  return [
    `<div class="prerendered-scroll"><table class="prerendered-table" data-testid="${testId}">`,
    `<caption>${esc(t.tabs[model.id])}${esc(scope)} · ${esc(t.unitNote(budget.unit))}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${model.rows.map((r) => rowHtml(model, r, words, crosswalk)).join('')}</tbody>`,
    footHtml(model, words),
    '</table></div>',
  ].join('\n');
}

/**
 * The static 明细表: each classification's whole tree, and what Σ and 未列示 mean, in the page's words (the
 * figures as printed, in the document's unit, which the caption names, in either language).
 */
export function tablesSection(budget: Budget, crosswalk?: Crosswalk, words: Dict = zh): string {
  const t = words.tables;
  const ids = availableTables(budget).filter((id): id is (typeof STATIC_TABLES)[number] => (STATIC_TABLES as readonly string[]).includes(id));
  if (ids.length === 0) return '';
  return [
    '<section data-testid="prerendered-tables">',
    `<h2>${esc(t.title)} <small>${esc(t.unitNote(budget.unit))}</small></h2>`,
    // On a phone the figure columns are off to the right (each table scrolls in its box): say so (base.css shows it under 520 px).
    `<p class="prerendered-narrow"><small>${esc(t.scrollHint)}</small></p>`,
    ...ids.flatMap((id) => {
      const model = buildTable(budget, id);
      // Printed per sub-unit (2017 表三): the department's table adds each code over the units (Σ); each
      // unit's own table then shows its figures as printed.
      const perUnit = (model.unitOptions ?? []).map((u) => tableHtml(budget, buildTable(budget, id, { unit: u.key }), words, crosswalk, u));
      return [tableHtml(budget, model, words, crosswalk), ...perUnit];
    }),
    `<p><small>Σ ${esc(t.computedShort)}${esc(words.listSep)}${esc(t.notPrinted)}${esc(words.colon)}${esc(t.notPrintedNote)}</small></p>`,
    '</section>',
  ].join('\n');
}
