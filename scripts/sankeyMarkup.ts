/**
 * A budget's 资金流向 (Sankey) as static markup, at build time, for its static page (staticPages.ts): the live
 * chart's computeSankey (graph, label lanes, layoutSankey) at the app's defaults — 经济分类 at 类, no 款 —
 * drawn by SankeyStaticSvg (the live chart's node and band shapes) through react-dom/server, named as the
 * app names them in Chinese (zh.sankey), misprints marked [原文如此]. One layout per width: a desktop
 * column's in one part, a phone's in the two stacked parts the app draws there (收入来源 → 支出, 支出 → 经济分类).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { computeSankey, type ComputedSankey } from '../src/charts/Sankey/computeSankey';
import { SankeyStaticSvg } from '../src/charts/Sankey/SankeyStaticSvg';
import type { SankeyWords } from '../src/charts/Sankey/words';
import { zh } from '../src/app/i18n/zh';
import type { Crosswalk } from '../src/model/crosswalkTypes';
import { isMisprint } from '../src/model/misprints';
import type { Budget } from '../src/model/types';
import { esc } from './htmlEscape';

/** The Chinese words of the chart, with the crosswalk's misprints marked as the app's SankeySlot marks them. */
export function staticSankeyWords(crosswalk?: Crosswalk): SankeyWords {
  return { ...zh.sankey, misprintMark: (scheme, code, name) => (isMisprint(crosswalk, scheme, code, name) ? zh.treemapMore.sic : '') };
}

/** The chart as the app computes it at `width` px, with the 类 only (the app's default: kuan off). */
export function budgetSankey(budget: Budget, width: number, crosswalk?: Crosswalk): ComputedSankey {
  return computeSankey(budget, { width, words: staticSankeyWords(crosswalk), kuan: false });
}

/** One width's drawing: each part's caption (on a phone) and its SVG; `key` names the hatch patterns. */
function sankeyAt(computed: ComputedSankey, key: string, title: string): string {
  const t = zh.sankey;
  if (!computed.ok) return `<p data-testid="prerendered-sankey-error">${esc(computed.reason === 'empty' ? t.empty : `${t.error}${computed.reason}`)}</p>`;
  const chart = computed.value;
  return chart.parts
    .map((part) => {
      const caption = part.key === 'income' ? t.partIncome : part.key === 'spending' ? t.partSpending : null;
      const svg = renderToStaticMarkup(
        createElement(SankeyStaticSvg, { part, fontSize: chart.fontSize, lineHeight: chart.lineHeight, title, idPrefix: `sankey-${key}-${part.key}` }),
      );
      return `${caption ? `<p>${esc(caption)}</p>` : ''}${svg}`;
    })
    .join('\n');
}

/** The figure of the static 资金流向 page: the chart at each width (base.css shows the one that fits), its unit and rule. */
export function sankeyFigure(budget: Budget, widths: { wide: number; narrow: number }, crosswalk?: Crosswalk): string {
  const t = zh.sankey;
  const title = `${budget.department} ${budget.year} · ${t.title}`;
  const wide = budgetSankey(budget, widths.wide, crosswalk);
  const narrow = budgetSankey(budget, widths.narrow, crosswalk);
  // How the income is split (收支平衡, 分资金来源的支出表 …), as the chart's header says it.
  const ruleText = wide.ok && wide.value.incomeRule !== 'none' ? `<p>${esc(t.rule[wide.value.incomeRule])}</p>` : '';
  return [
    '<figure class="prerendered-chart" data-testid="prerendered-sankey">',
    `<figcaption>${esc(t.title)} · ${esc(t.caption)} · ${esc(t.unitNote(budget.unit))}</figcaption>`,
    `<div class="prerendered-wide">${sankeyAt(wide, 'wide', title)}</div>`,
    `<div class="prerendered-narrow">${sankeyAt(narrow, 'narrow', title)}</div>`,
    ruleText,
    '</figure>',
  ].join('\n');
}
