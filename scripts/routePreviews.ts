/**
 * Preview pictures of the pages beside the budget views (issue 11: "every route has its own title,
 * description and preview image"), 1200 × 630 like the budgets' (previewImages.ts, the same frame: title,
 * a line under it, the chart, its legend, the credit line):
 *
 *   - 部门 (department/<id>/): each document's 支出总计, 基本支出 and 项目支出 as bars on one scale in 万元
 *     (the trend's exact conversion), each bar's figure as printed with its unit; the years without a document named;
 *   - 地区 (region/<region>/<year>/): each kind's total in 万元 and what it sums, the budgets it leaves out and
 *     why (one inside another is never added again: model/region.ts), each budget it sums as a bar with its
 *     printed figure and unit; 部门预算 and 部门决算 apart;
 *   - 对比 (compare/<id>/<id>/): the compare page's first section (支出总计、基本支出与项目支出) as the page
 *     draws it — the same bars, figures, shares and differences (compareView.barInputs), its legend;
 *   - 目录 (the site root): a card — how many documents, departments, regions and years, the catalog's first
 *     documents with their totals as printed, and that the catalog gives no grand total (a chart of budgets
 *     one of which holds another would invite adding them).
 *
 * The bars are the compare chart's layout (barsMarkup.ts), at the largest scale that holds every line; where
 * not every line fits, fewer are drawn (the latest documents, the largest budgets) and the ruler says which.
 * Figures are the model's exact strings (formatAmount only groups digits); alt text says what is drawn.
 * Chinese, as the pages are.
 */
import { CATALOG_PREVIEW_PATH, comparePreviewPath, departmentPreviewPath, regionPreviewPath } from '../src/app/embed/imageEmbed';
import { barInputs, budgetLabel, drawable, shortLabels } from '../src/app/compare/compareView';
import { zh } from '../src/app/i18n/zh';
import { compareZh } from '../src/app/i18n/zhCompare';
import type { BarLineInput } from '../src/charts/Compare/compareBarsLayout';
import { escapeXml, SVG_NS } from '../src/charts/export/svgExport';
import { budgetColour } from '../src/charts/palette';
import { textWidth, wrapText } from '../src/charts/text';
import type { CatalogHead } from '../src/model/catalogHead';
import { compareBudgets } from '../src/model/compare';
import type { Crosswalk } from '../src/model/crosswalkTypes';
import type { DepartmentFile } from '../src/model/departmentFile';
import { departmentTrend, type TrendCell } from '../src/model/departmentTrend';
import { formatAmount } from '../src/model/format';
import { regionSummary, type RegionGroup } from '../src/model/region';
import type { Budget, BudgetIndex, BudgetIndexEntry, MoneyUnit } from '../src/model/types';
import { type BarsDrawing, fitBars } from './barsMarkup';
import { relations } from './compareMarkup';
import { chartBox, type FrameText, framedSvg } from './previewImages';

const t = zh;
const m = zh.many;
const s = compareZh;

/** The words these pictures add to the pages' (zh.ts): the ruler, what is left out, the catalog's card. */
export const PREVIEW_WORDS = {
  ruler: (step: string, unit: string) => `刻度：每格 ${step} ${unit}`,
  documents: (n: number) => `${n} 份文件`,
  printedOneScale: '金额按原文印出；条形长度按万元同一比例尺',
  latest: (k: number, n: number) => `图中为最近 ${k} 份（共 ${n} 份）`,
  firstLines: (k: number, n: number) => `图中只画前 ${k} 行（共 ${n} 行，见页面）`,
  sumOf: (n: number) => `为 ${n} 份文件支出总计之和。`,
  largest: (k: number) => `图中各组只画最大的 ${k} 份，合计仍为全部文件之和`,
  sources: (n: number) => `来源：${n} 份部门预算、决算原文（每份的原文文件见其页面）`,
  catalogCounts: (docs: number, departments: number, regions: number, years: string) =>
    `${docs} 份文件 · ${departments} 个部门 · ${regions} 个地区 · ${years} 年`,
  catalogCredit: '来源：各部门公开的部门预算、决算原文（每份文件的出处见其页面）',
} as const;
const W = PREVIEW_WORDS;

export interface RoutePreview {
  /** The picture below the site root (imageEmbed's paths). */
  path: string;
  /** What it shows, every figure with its unit. */
  alt: string;
  /** At LAYOUT (previewImages.ts), in the export's frame. */
  svg: string;
}

/** One way to draw a picture: its frame's words, its bars, and its alt text. */
interface Variant {
  text: FrameText;
  bars: BarsDrawing;
  alt: string;
}

/** The first variant whose bars fit its chart box: the picture. The last must always fit (one line). */
function firstFitting(what: string, title: string, variants: readonly Variant[]): { svg: string; alt: string } {
  for (const v of variants) {
    const box = chartBox(v.text);
    const chart = fitBars(v.bars, box, title);
    if (chart) return { svg: framedSvg(what, chart, v.text, box), alt: v.alt };
  }
  throw new Error(`preview images: ${what}: not even one line of bars fits the picture`);
}

/** The credit: each document's source where they are few, else how many (every page lists them). */
function sourcesCredit(entries: readonly Pick<BudgetIndexEntry, 'department' | 'year' | 'source' | 'kind'>[]): string {
  const list =
    entries.length <= 3
      ? `来源：${entries.map((e) => `${e.department} ${e.year} 年${t.kinds[e.kind]}，原文文件 ${e.source}`).join('；')}`
      : W.sources(entries.length);
  return `${list} · ${t.appName}`;
}

const printed = (amount: string, unit: MoneyUnit) => `${formatAmount(amount)} ${t.unit(unit)}`;
const hasYuan = (units: readonly MoneyUnit[]) => units.some((u) => u === '元');
/** The ruler's caption in 万元, saying so where a figure printed in 元 was converted for the bar. */
const wanRuler = (converted: boolean, more?: string) => (step: string) =>
  [W.ruler(step, '万元'), converted ? m.regionConverted.replace(/。$/, '') : '', more ?? ''].filter(Boolean).join('；');

/** 部门: every document's 支出总计, 基本支出 and 项目支出 (else its 支出总计 alone, else the latest that fit). */
export function departmentPreview(file: DepartmentFile, crosswalk: Crosswalk): RoutePreview {
  const trend = departmentTrend(
    file.entries.map((entry, i) => ({ entry, input: file.trend[i]! })),
    crosswalk,
  );
  const latest = file.entries.at(-1);
  if (!latest) throw new Error(`department preview: ${file.departmentId} lists no documents`);
  const title = m.departmentTitle(latest.department);
  const levels = [
    { level: 'total', name: m.seriesTotal },
    { level: 'basic', name: m.seriesBasic },
    { level: 'project', name: m.seriesProject },
  ] as const;
  const rows = levels.map(({ level }) => trend.rows.find((r) => r.level === level));
  const cellText = (c: TrendCell | null) => (c ? `${printed(c.printed, c.unit)}${c.computed ? `（${m.computedSum}）` : ''}` : m.notPrinted);
  const docs = trend.columns.map((e, i) => ({ entry: e, cells: rows.map((r) => r?.cells[i] ?? null) }));
  const present = new Set(trend.columns.map((c) => c.year));
  const missing = trend.years.filter((y) => !present.has(y));
  const subtitle = [`${W.documents(docs.length)} · ${W.printedOneScale}`, ...(missing.length > 0 ? [m.missingYears(missing.join(', '))] : [])].join(' · ');
  const converted = hasYuan(docs.map((d) => d.entry.unit));
  const credit = sourcesCredit(file.entries);
  const variant = (shown: typeof docs, series: number): Variant => {
    const lines: BarLineInput[] = shown.map((d) => ({
      key: d.entry.id,
      label: m.colDoc(d.entry.year, d.entry.kind),
      depth: 0,
      amounts: d.cells.slice(0, series).map((c) => c?.wan ?? null),
      texts: d.cells.slice(0, series).map(cellText),
      diffs: [],
    }));
    const trimmed = shown.length < docs.length ? W.latest(shown.length, docs.length) : undefined;
    const alt = `${title}：${shown
      .map(
        (d) =>
          `${m.colDoc(d.entry.year, d.entry.kind)} ${d.cells
            .slice(0, series)
            .map((c, i) => `${levels[i]!.name} ${cellText(c)}`)
            .join('，')}`,
      )
      .join('；')}${trimmed ? `（${trimmed}）` : ''}。${missing.length > 0 ? m.missingYears(missing.join(', ')) : ''}`;
    return {
      text: {
        title,
        subtitle,
        credit,
        legend: { title: s.legend, items: levels.slice(0, series).map((l, i) => ({ fill: budgetColour(i), label: l.name })) },
      },
      bars: { lines, caption: wanRuler(converted, trimmed), fill: (_, bar) => budgetColour(bar) },
      alt,
    };
  };
  const variants = [variant(docs, 3), variant(docs, 1), ...docs.slice(1).map((_, i) => variant(docs.slice(i + 1), 1))];
  return { path: departmentPreviewPath(file.departmentId), ...firstFitting(`department ${file.departmentId}`, title, variants) };
}

/** A kind's sum and what it leaves out, in the region page's words ("下列" only where every budget it sums is drawn). */
function groupSentence(g: RegionGroup, allDrawn: boolean): string {
  const left = g.excluded.map((x) => m.regionLeftOut(x.member.entry.department, x.insideOf.department, x.unitCode));
  const sumOf = allDrawn ? m.regionSumOf(g.included.length) : W.sumOf(g.included.length);
  return [`${m.regionGroupTitle(g.kind, g.included.length + g.excluded.length)}：${m.regionTotal(formatAmount(g.totalWan), '万元')}，${sumOf}`, ...left].join(
    '',
  );
}

/** 地区: each kind's total and the budgets it sums as bars in 万元 (the largest that fit); what it leaves out, and why. */
export function regionPreview(index: BudgetIndex, region: string, year: number): RoutePreview {
  const summary = regionSummary(index, region, year);
  if (!summary) throw new Error(`region preview: index.json has no budget of ${region} ${year}`);
  const title = m.regionTitle(region, year);
  const entries = summary.groups.flatMap((g) => [...g.included.map((x) => x.entry), ...g.excluded.map((x) => x.member.entry)]);
  const converted = hasYuan(summary.groups.flatMap((g) => g.included.map((x) => x.entry.unit)));
  const most = Math.max(...summary.groups.map((g) => g.included.length));
  const many = summary.groups.length > 1;
  const variant = (k: number): Variant => {
    const lines: BarLineInput[] = summary.groups.flatMap((g) => [
      // Two kinds are never added together: each has its own heading line (no bar) and its own budgets under it.
      ...(many
        ? [
            {
              key: `kind:${g.kind}`,
              label: `${t.kinds[g.kind]} ${m.regionTotal(formatAmount(g.totalWan), '万元')}`,
              depth: 0,
              amounts: [],
              texts: [],
              diffs: [],
            },
          ]
        : []),
      ...g.included.slice(0, k).map((x) => ({
        key: x.entry.id,
        label: x.entry.department,
        depth: many ? 1 : 0,
        amounts: [x.totalWan],
        texts: [printed(x.entry.total, x.entry.unit)],
        diffs: [],
      })),
    ]);
    const trimmed = k < most ? W.largest(k) : undefined;
    const subtitle = summary.groups.map((g) => groupSentence(g, trimmed === undefined)).join('');
    const drawn = summary.groups
      .map(
        (g) =>
          `${t.kinds[g.kind]}：${g.included
            .slice(0, k)
            .map((x) => `${x.entry.department} ${printed(x.entry.total, x.entry.unit)}`)
            .join('，')}`,
      )
      .join('；');
    return {
      text: { title, subtitle, credit: sourcesCredit(entries) },
      bars: { lines, caption: wanRuler(converted, trimmed), fill: () => budgetColour(0) },
      alt: `${title}：${subtitle}条形图${trimmed ? `（${trimmed}）` : ''}：${drawn}。`,
    };
  };
  const variants = Array.from({ length: most }, (_, i) => variant(most - i));
  return { path: regionPreviewPath(region, year), ...firstFitting(`region ${region} ${year}`, title, variants) };
}

/** 对比: the compare page's 支出总计、基本支出与项目支出 bars (figures, shares, differences) and its legend. */
export function comparePreview(budgets: readonly Budget[], crosswalk: Crosswalk | undefined): RoutePreview {
  const c = compareBudgets(budgets, crosswalk ? { crosswalk } : {});
  const labels = shortLabels(c.budgets);
  const title = `${s.title} · ${c.budgets.map((b) => budgetLabel(b, s)).join(' / ')}`;
  const lines = c.totals.filter(drawable);
  const bars = barInputs(lines, c.totals, labels, s);
  const unit = t.unit(c.unit);
  const text: FrameText = {
    title,
    subtitle: [t.unitShort(c.unit), ...relations(c)].join(' · '),
    // The legend names each budget: the credit names each one's document by its short label.
    credit: `${s.credit(c.budgets.map((b, i) => `${labels[i] ?? ''} ${budgets.find((x) => x.id === b.id)?.source ?? b.id}`).join(s.clauseSep))} · ${t.appName}`,
    legend: { title: s.legend, items: c.budgets.map((b, i) => ({ fill: budgetColour(i), label: `${labels[i] ?? ''} · ${budgetLabel(b, s)}` })) },
  };
  // Every line, else the first k (支出总计 first): the ruler says how many of how many are drawn.
  const variant = (k: number): Variant => {
    const drawn = bars.slice(0, k);
    const trimmed = k < bars.length ? W.firstLines(k, bars.length) : undefined;
    return {
      text,
      bars: {
        lines: drawn,
        caption: (step) => [W.ruler(step, unit), s.shareNote.totals.replace(/。$/, ''), trimmed ?? ''].filter(Boolean).join('；'),
        fill: (_, bar) => budgetColour(bar),
      },
      alt: `${title}（${unit}）：${drawn
        .map((b) => `${b.label} ${b.texts.map((x, i) => `${labels[i] ?? ''} ${x}`).join('，')}${b.diffs.length > 0 ? `，${b.diffs.join('，')}` : ''}`)
        .join('；')}${trimmed ? `（${trimmed}）` : ''}。`,
    };
  };
  const variants = Array.from({ length: bars.length }, (_, i) => variant(bars.length - i));
  return { path: comparePreviewPath(c.budgets.map((b) => b.id)), ...firstFitting(`compare ${c.budgets.map((b) => b.id).join(',')}`, title, variants) };
}

/** The catalog card's type sizes (CSS px at LAYOUT; drawn 1.5×). */
const CARD = { counts: 22, countsLine: 32, row: 14, rowLine: 20, rowGap: 6, note: 12, noteLine: 17, gap: 12 } as const;

/** 目录: a card — the counts, the catalog's first documents with their totals as printed, and why no grand total. */
export function catalogPreview(index: BudgetIndex, head: CatalogHead): RoutePreview {
  const title = `${t.appName} · ${t.catalogTitle}`;
  const years = index.budgets.map((e) => e.year);
  const span = years.length === 0 ? '' : Math.min(...years) === Math.max(...years) ? `${Math.min(...years)}` : `${Math.min(...years)}–${Math.max(...years)}`;
  const counts = W.catalogCounts(head.count, new Set(index.budgets.map((e) => e.departmentId)).size, new Set(index.budgets.map((e) => e.region)).size, span);
  const text: FrameText = { title, subtitle: t.tagline, credit: `${W.catalogCredit} · ${t.appName}` };
  const box = chartBox(text);
  const amountOf = (e: BudgetIndexEntry) => printed(e.total, e.unit);
  const amountW = Math.ceil(Math.max(0, ...head.first.map((e) => textWidth(amountOf(e), CARD.row))));
  const nameW = box.width - amountW - 24;
  const rowsOf = (k: number) => head.first.slice(0, k).map((e) => ({ e, lines: wrapText(`${e.department} ${e.year} ${t.kinds[e.kind]}`, nameW, CARD.row) }));
  const noteOf = (k: number) => wrapText(`${t.staticCatalogFirst(k, head.count)}${t.noGrandTotal}`, box.width, CARD.note);
  const heightOf = (k: number) => {
    const rows = rowsOf(k).reduce((h, r) => h + r.lines.length * CARD.rowLine + CARD.rowGap, 0);
    return CARD.countsLine + CARD.gap + rows + CARD.gap + noteOf(k).length * CARD.noteLine;
  };
  let k = head.first.length;
  while (k > 0 && heightOf(k) > box.height) k--;
  if (k === 0) throw new Error('preview images: catalog: not one document fits the card');
  const parts: string[] = [`<text x="0" y="${CARD.counts}" font-size="${CARD.counts}" font-weight="700" fill="#1a1a1a">${escapeXml(counts)}</text>`];
  let y = CARD.countsLine + CARD.gap;
  for (const r of rowsOf(k)) {
    parts.push(`<line x1="0" x2="${box.width}" y1="${y - CARD.rowGap / 2}" y2="${y - CARD.rowGap / 2}" stroke="#d6d6d6" stroke-width="1"/>`);
    for (const [i, l] of r.lines.entries())
      parts.push(`<text x="0" y="${y + (i + 1) * CARD.rowLine - 5}" font-size="${CARD.row}" fill="#1a1a1a">${escapeXml(l)}</text>`);
    parts.push(
      `<text x="${box.width}" y="${y + CARD.rowLine - 5}" font-size="${CARD.row}" fill="#1a1a1a" text-anchor="end">${escapeXml(amountOf(r.e))}</text>`,
    );
    y += r.lines.length * CARD.rowLine + CARD.rowGap;
  }
  y += CARD.gap;
  for (const [i, l] of noteOf(k).entries())
    parts.push(`<text x="0" y="${y + (i + 1) * CARD.noteLine - 4}" font-size="${CARD.note}" fill="#555555">${escapeXml(l)}</text>`);
  const svg = `<svg xmlns="${SVG_NS}" width="${box.width}" height="${box.height}" viewBox="0 0 ${box.width} ${box.height}"><title>${escapeXml(title)}</title>${parts.join('')}</svg>`;
  const alt = `${title}：${counts}。${t.colTotal}：${head.first
    .slice(0, k)
    .map((e) => `${e.department} ${e.year} ${t.kinds[e.kind]} ${amountOf(e)}`)
    .join('；')}。${t.staticCatalogFirst(k, head.count)}${t.noGrandTotal}`;
  return { path: CATALOG_PREVIEW_PATH, alt, svg: framedSvg('catalog', svg, text, box) };
}
