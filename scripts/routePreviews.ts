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
 * In each page's language: Chinese with the figures as printed; English (the English pages' pictures,
 * `<path>.en.png`) with the English words and names and the English pages' default unit, 百万元 converted
 * exactly (amountView, effectiveAmountMode), bars, rulers and figures alike — as the budgets' English
 * pictures are (previewImages.ts).
 */
import { catalogPreviewPath, comparePreviewPath, departmentPreviewPath, PREVIEW_SIZE, regionPreviewPath } from '../src/app/embed/imageEmbed';
import { barInputs, budgetLabel, drawable, shortLabels } from '../src/app/compare/compareView';
import { compareWords } from '../src/app/i18n/compareLang';
import type { CompareWords } from '../src/app/i18n/compareWords';
import type { Dict } from '../src/app/i18n/dict';
import { amountView, type AmountView } from '../src/app/amounts/amountView';
import { deptName, regionNameOf } from '../src/app/names';
import { effectiveAmountMode, toMillionYuan } from '../src/model/displayAmount';
import { comparisonInMillionYuan } from '../src/model/compare/inMillionYuan';
import type { Lang } from '../src/model/lang';
import { PAGE_LANGS, wordsOf } from './pageWords';
import type { ShellImage } from './pageShell';
import type { BarLineInput } from '../src/charts/Compare/compareBarsLayout';
import { escapeXml, SVG_NS } from '../src/charts/export/svgExport';
import { budgetColour } from '../src/charts/palette';
import { textWidth, wrapText } from '../src/charts/text';
import type { CatalogHead } from '../src/model/catalogHead';
import { compareBudgets } from '../src/model/compare';
import type { Crosswalk } from '../src/model/crosswalkTypes';
import type { DepartmentFile } from '../src/model/departmentFile';
import { departmentTrend, type TrendCell } from '../src/model/departmentTrend';
import { regionSummary, type RegionGroup } from '../src/model/region';
import type { Budget, BudgetIndex, BudgetIndexEntry, MoneyUnit } from '../src/model/types';
import { type BarsDrawing, fitBars } from './barsMarkup';
import { relations } from './compareMarkup';
import { chartBox, type FrameText, framedSvg, MIN_CHART_HEIGHT, type PreviewJob } from './previewImages';

/** The words these pictures add to the pages' (zh.ts, en.ts): the ruler, what is left out, the catalog's card. */
export const PREVIEW_WORDS = {
  zh: {
    ruler: (step: string, unit: string) => `刻度：每格 ${step} ${unit}`,
    documents: (n: number) => `${n} 份文件`,
    printedOneScale: '金额按原文印出；条形长度按万元同一比例尺',
    latest: (k: number, n: number) => `图中为最近 ${k} 份（共 ${n} 份）`,
    firstLines: (k: number, n: number) => `图中只画前 ${k} 行（共 ${n} 行，见页面）`,
    sumOf: (n: number) => `为 ${n} 份文件支出总计之和。`,
    largest: (k: number) => `图中各组只画最大的 ${k} 份，合计仍为全部文件之和`,
    sources: (n: number) => `来源：${n} 份部门预算、决算原文（每份的原文文件见其页面）`,
    source: (name: string, year: number, kind: string, file: string) => `${name} ${year} 年${kind}，原文文件 ${file}`,
    sourcesOf: (list: string) => `来源：${list}`,
    catalogCounts: (docs: number, departments: number, regions: number, years: string) =>
      `${docs} 份文件 · ${departments} 个部门 · ${regions} 个地区 · ${years} 年`,
    catalogCredit: '来源：各部门公开的部门预算、决算原文（每份文件的出处见其页面）',
    /*
     * The punctuation these texts need beyond the pages' (Dict's colon, listSep, clauseSep, paren): between a
     * kind's total and the sentence after it, between two sentences, at the end of the alt text.
     */
    afterTotal: '，',
    gap: '',
    end: '。',
    chart: '条形图',
  },
  en: {
    ruler: (step: string, unit: string) => `Scale: ${step} ${unit} a division`,
    documents: (n: number) => `${n} document${n === 1 ? '' : 's'}`,
    printedOneScale: 'Amounts converted exactly to million yuan; bars on one scale',
    latest: (k: number, n: number) => `the latest ${k} of ${n} drawn`,
    firstLines: (k: number, n: number) => `the first ${k} of ${n} lines drawn (all on the page)`,
    sumOf: (n: number) => (n === 1 ? 'The total spending of one document.' : `The sum of the total spending of ${n} documents.`),
    largest: (k: number) => `the largest ${k} of each group drawn; the totals are of every document`,
    sources: (n: number) => `Source: ${n} department budget and final account documents (each one's file on its page)`,
    source: (name: string, year: number, kind: string, file: string) => `${name}, ${year} ${kind}, document file ${file}`,
    sourcesOf: (list: string) => `Source: ${list}`,
    catalogCounts: (docs: number, departments: number, regions: number, years: string) =>
      `${docs} documents · ${departments} departments · ${regions} regions · ${years}`,
    catalogCredit: 'Source: the budget and final account documents the departments published (each document on its page)',
    afterTotal: '. ',
    gap: ' ',
    end: '.',
    chart: 'Bars',
  },
} as const;

/** A picture's words: the page's (t, its many and compare sections), these pictures' own, and its amounts. */
interface Words {
  t: Dict;
  m: Dict['many'];
  s: CompareWords;
  w: (typeof PREVIEW_WORDS)['zh'] | (typeof PREVIEW_WORDS)['en'];
  /** As the page in this language shows amounts: printed (Chinese), 百万元 converted exactly (English). */
  av: AmountView;
  /** A figure with its unit, as shown. */
  shown: (amount: string, unit: MoneyUnit) => string;
  /** A bar's length from an amount in 万元: the same 万元, or 百万元 where figures are shown so. */
  bar: (wan: string) => string;
  /** The unit the bars' ruler counts in. */
  barUnit: string;
}

function wordsFor(lang: Lang): Words {
  const t = wordsOf(lang);
  const av = amountView(t, effectiveAmountMode(lang, undefined));
  const million = av.mode === 'million';
  return {
    t,
    m: t.many,
    s: compareWords(lang),
    w: PREVIEW_WORDS[lang],
    av,
    shown: (amount, unit) => `${av.text(amount, unit)} ${av.unit(unit)}`,
    bar: (wan) => (million ? toMillionYuan(wan, '万元') : wan),
    barUnit: million ? av.unit('万元') : '万元',
  };
}

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
function sourcesCredit(x: Words, entries: readonly Pick<BudgetIndexEntry, 'department' | 'departmentEn' | 'year' | 'source' | 'kind'>[]): string {
  const list =
    entries.length <= 3
      ? x.w.sourcesOf(entries.map((e) => x.w.source(deptName(e, x.t), e.year, x.t.kinds[e.kind], e.source)).join(x.t.clauseSep))
      : x.w.sources(entries.length);
  return `${list} · ${x.t.appName}`;
}

const hasYuan = (units: readonly MoneyUnit[]) => units.some((u) => u === '元');
/** The ruler's caption in the bars' unit, saying so where a figure printed in 元 was converted for the bar. */
const barRuler = (x: Words, converted: boolean, more?: string) => (step: string) =>
  [x.w.ruler(step, x.barUnit), converted ? x.m.regionConverted.replace(/[。.]$/, '') : '', more ?? ''].filter(Boolean).join(x.t.clauseSep);

/** 部门: every document's 支出总计, 基本支出 and 项目支出 (else its 支出总计 alone, else the latest that fit). */
export function departmentPreview(file: DepartmentFile, crosswalk: Crosswalk, lang: Lang = 'zh'): RoutePreview {
  const x = wordsFor(lang);
  const { m, t, w } = x;
  const trend = departmentTrend(
    file.entries.map((entry, i) => ({ entry, input: file.trend[i]! })),
    crosswalk,
  );
  const latest = file.entries.at(-1);
  if (!latest) throw new Error(`department preview: ${file.departmentId} lists no documents`);
  const title = m.departmentTitle(deptName(latest, t));
  const levels = [
    { level: 'total', name: m.seriesTotal },
    { level: 'basic', name: m.seriesBasic },
    { level: 'project', name: m.seriesProject },
  ] as const;
  const rows = levels.map(({ level }) => trend.rows.find((r) => r.level === level));
  const cellText = (c: TrendCell | null) => (c ? `${x.shown(c.printed, c.unit)}${c.computed ? t.paren(m.computedSum) : ''}` : m.notPrinted);
  const docs = trend.columns.map((e, i) => ({ entry: e, cells: rows.map((r) => r?.cells[i] ?? null) }));
  const present = new Set(trend.columns.map((c) => c.year));
  const missing = trend.years.filter((y) => !present.has(y));
  const subtitle = [`${w.documents(docs.length)} · ${w.printedOneScale}`, ...(missing.length > 0 ? [m.missingYears(missing.join(', '))] : [])].join(' · ');
  const converted = hasYuan(docs.map((d) => d.entry.unit));
  const credit = sourcesCredit(x, file.entries);
  const variant = (shown: typeof docs, series: number): Variant => {
    const lines: BarLineInput[] = shown.map((d) => ({
      key: d.entry.id,
      label: m.colDoc(d.entry.year, d.entry.kind),
      depth: 0,
      amounts: d.cells.slice(0, series).map((c) => (c ? x.bar(c.wan) : null)),
      texts: d.cells.slice(0, series).map(cellText),
      diffs: [],
    }));
    const trimmed = shown.length < docs.length ? w.latest(shown.length, docs.length) : undefined;
    const alt = `${title}${t.colon}${shown
      .map(
        (d) =>
          `${m.colDoc(d.entry.year, d.entry.kind)} ${d.cells
            .slice(0, series)
            .map((c, i) => `${levels[i]!.name} ${cellText(c)}`)
            .join(t.listSep)}`,
      )
      .join(t.clauseSep)}${trimmed ? t.paren(trimmed) : ''}${w.end}${missing.length > 0 ? `${w.gap}${m.missingYears(missing.join(', '))}` : ''}`;
    return {
      text: {
        title,
        subtitle,
        credit,
        legend: { title: x.s.legend, items: levels.slice(0, series).map((l, i) => ({ fill: budgetColour(i), label: l.name })) },
      },
      bars: { lines, caption: barRuler(x, converted, trimmed), fill: (_, bar) => budgetColour(bar) },
      alt,
    };
  };
  const variants = [variant(docs, 3), variant(docs, 1), ...docs.slice(1).map((_, i) => variant(docs.slice(i + 1), 1))];
  return { path: departmentPreviewPath(file.departmentId, lang), ...firstFitting(`department ${file.departmentId}`, title, variants) };
}

/** A kind's sum and what it leaves out, in the region page's words ("下列" only where every budget it sums is drawn). */
function groupSentence(x: Words, g: RegionGroup, allDrawn: boolean): string {
  const { m, t, w } = x;
  const left = g.excluded.map((e) => m.regionLeftOut(deptName(e.member.entry, t), deptName(e.insideOf, t), e.unitCode));
  const sumOf = allDrawn ? m.regionSumOf(g.included.length) : w.sumOf(g.included.length);
  const total = m.regionTotal(x.av.text(g.totalWan, '万元'), x.av.unit('万元'));
  return [`${m.regionGroupTitle(g.kind, g.included.length + g.excluded.length)}${t.colon}${total}${w.afterTotal}${sumOf}`, ...left].join(w.gap);
}

/** 地区: each kind's total and the budgets it sums as bars in 万元 (the largest that fit); what it leaves out, and why. */
export function regionPreview(index: BudgetIndex, region: string, year: number, lang: Lang = 'zh'): RoutePreview {
  const x = wordsFor(lang);
  const { m, w, t } = x;
  const summary = regionSummary(index, region, year);
  if (!summary) throw new Error(`region preview: index.json has no budget of ${region} ${year}`);
  const entries = summary.groups.flatMap((g) => [...g.included.map((e) => e.entry), ...g.excluded.map((e) => e.member.entry)]);
  const title = m.regionTitle(entries[0] ? regionNameOf(entries[0], t) : region, year);
  const converted = hasYuan(summary.groups.flatMap((g) => g.included.map((e) => e.entry.unit)));
  const most = Math.max(...summary.groups.map((g) => g.included.length));
  const many = summary.groups.length > 1;
  const variant = (k: number): Variant => {
    const lines: BarLineInput[] = summary.groups.flatMap((g) => [
      // Two kinds are never added together: each has its own heading line (no bar) and its own budgets under it.
      ...(many
        ? [
            {
              key: `kind:${g.kind}`,
              label: `${t.kinds[g.kind]} ${m.regionTotal(x.av.text(g.totalWan, '万元'), x.av.unit('万元'))}`,
              depth: 0,
              amounts: [],
              texts: [],
              diffs: [],
            },
          ]
        : []),
      ...g.included.slice(0, k).map((e) => ({
        key: e.entry.id,
        label: deptName(e.entry, t),
        depth: many ? 1 : 0,
        amounts: [x.bar(e.totalWan)],
        texts: [x.shown(e.entry.total, e.entry.unit)],
        diffs: [],
      })),
    ]);
    const trimmed = k < most ? w.largest(k) : undefined;
    const subtitle = summary.groups.map((g) => groupSentence(x, g, trimmed === undefined)).join(w.gap);
    const drawn = summary.groups
      .map(
        (g) =>
          `${t.kinds[g.kind]}${t.colon}${g.included
            .slice(0, k)
            .map((e) => `${deptName(e.entry, t)} ${x.shown(e.entry.total, e.entry.unit)}`)
            .join(t.listSep)}`,
      )
      .join(t.clauseSep);
    return {
      text: { title, subtitle, credit: sourcesCredit(x, entries) },
      bars: { lines, caption: barRuler(x, converted, trimmed), fill: () => budgetColour(0) },
      alt: `${title}${t.colon}${subtitle}${w.gap}${w.chart}${trimmed ? t.paren(trimmed) : ''}${t.colon}${drawn}${w.end}`,
    };
  };
  const variants = Array.from({ length: most }, (_, i) => variant(most - i));
  return { path: regionPreviewPath(region, year, lang), ...firstFitting(`region ${region} ${year}`, title, variants) };
}

/** 对比: the compare page's 支出总计、基本支出与项目支出 bars (figures, shares, differences) and its legend. */
export function comparePreview(budgets: readonly Budget[], crosswalk: Crosswalk | undefined, lang: Lang = 'zh'): RoutePreview {
  const x = wordsFor(lang);
  const { s, t, w } = x;
  const printed = compareBudgets(budgets, crosswalk ? { crosswalk } : {});
  // As the compare page shows it in this language (CompareContent): in 百万元, converted exactly, in English.
  const c = x.av.mode === 'million' ? comparisonInMillionYuan(printed) : printed;
  const labels = shortLabels(c.budgets);
  const title = `${s.title} · ${c.budgets.map((b) => budgetLabel(b, s)).join(' / ')}`;
  const lines = c.totals.filter(drawable);
  const bars = barInputs(lines, c.totals, labels, s);
  const unit = x.av.unit(printed.unit);
  const full: FrameText = {
    title,
    subtitle: [x.av.unitShort(printed.unit), ...relations(printed, t)].join(' · '),
    // The legend names each budget: the credit names each one's document by its short label.
    credit: `${s.credit(c.budgets.map((b, i) => `${labels[i] ?? ''} ${budgets.find((e) => e.id === b.id)?.source ?? b.id}`).join(s.clauseSep))} · ${t.appName}`,
    legend: { title: s.legend, items: c.budgets.map((b, i) => ({ fill: budgetColour(i), label: `${labels[i] ?? ''} · ${budgetLabel(b, s)}` })) },
  };
  // Long names (English ones are) leave too little for the bars under a title naming every budget: then the
  // title gives the short labels alone, and the legend says which budget each is.
  const text = chartBox(full).height >= MIN_CHART_HEIGHT ? full : { ...full, title: `${s.title} · ${labels.join(' / ')}` };
  // Every line, else the first k (支出总计 first): the ruler says how many of how many are drawn.
  const variant = (k: number): Variant => {
    const drawn = bars.slice(0, k);
    const trimmed = k < bars.length ? w.firstLines(k, bars.length) : undefined;
    return {
      text,
      bars: {
        lines: drawn,
        // A straight apostrophe: the picture's font (Noto Sans CJK) draws ’ full-width ("budget’ s").
        caption: (step) => [w.ruler(step, unit), s.shareNote.totals.replace(/[。.]$/, '').replace(/’/g, "'"), trimmed ?? ''].filter(Boolean).join(t.clauseSep),
        fill: (_, bar) => budgetColour(bar),
      },
      alt: `${title}${t.paren(unit)}${t.colon}${drawn
        .map(
          (b) =>
            `${b.label} ${b.texts.map((e, i) => `${labels[i] ?? ''} ${e}`).join(t.listSep)}${b.diffs.length > 0 ? `${t.listSep}${b.diffs.join(t.listSep)}` : ''}`,
        )
        .join(t.clauseSep)}${trimmed ? t.paren(trimmed) : ''}${w.end}`,
    };
  };
  const variants = Array.from({ length: bars.length }, (_, i) => variant(bars.length - i));
  return {
    path: comparePreviewPath(
      c.budgets.map((b) => b.id),
      lang,
    ),
    ...firstFitting(`compare ${c.budgets.map((b) => b.id).join(',')}`, title, variants),
  };
}

/** The catalog card's type sizes (CSS px at LAYOUT; drawn 1.5×). */
const CARD = { counts: 22, countsLine: 32, row: 14, rowLine: 20, rowGap: 6, note: 12, noteLine: 17, gap: 12 } as const;

/** 目录: a card — the counts, the catalog's first documents with their totals as printed, and why no grand total. */
export function catalogPreview(index: BudgetIndex, head: CatalogHead, lang: Lang = 'zh'): RoutePreview {
  const x = wordsFor(lang);
  const { t, w } = x;
  const title = `${t.appName} · ${t.catalogTitle}`;
  const years = index.budgets.map((e) => e.year);
  const span = years.length === 0 ? '' : Math.min(...years) === Math.max(...years) ? `${Math.min(...years)}` : `${Math.min(...years)}–${Math.max(...years)}`;
  const counts = w.catalogCounts(head.count, new Set(index.budgets.map((e) => e.departmentId)).size, new Set(index.budgets.map((e) => e.region)).size, span);
  const text: FrameText = { title, subtitle: t.tagline, credit: `${w.catalogCredit} · ${t.appName}` };
  const box = chartBox(text);
  const amountOf = (e: BudgetIndexEntry) => x.shown(e.total, e.unit);
  const docOf = (e: BudgetIndexEntry) => `${deptName(e, t)} ${e.year} ${t.kinds[e.kind]}`;
  const amountW = Math.ceil(Math.max(0, ...head.first.map((e) => textWidth(amountOf(e), CARD.row))));
  const nameW = box.width - amountW - 24;
  const rowsOf = (k: number) => head.first.slice(0, k).map((e) => ({ e, lines: wrapText(docOf(e), nameW, CARD.row) }));
  const noteOf = (k: number) => wrapText(`${t.staticCatalogFirst(k, head.count)}${w.gap}${t.noGrandTotal}`, box.width, CARD.note);
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
  const alt = `${title}${t.colon}${counts}${w.end}${w.gap}${t.colTotal}${t.colon}${head.first
    .slice(0, k)
    .map((e) => `${docOf(e)} ${amountOf(e)}`)
    .join(t.clauseSep)}${w.end}${w.gap}${t.staticCatalogFirst(k, head.count)}${w.gap}${t.noGrandTotal}`;
  return { path: catalogPreviewPath(lang), alt, svg: framedSvg('catalog', svg, text, box) };
}

/** A page's pictures, one per language: what to draw (for renderPreviews) and the image each language's page names. */
export interface RoutePictures {
  jobs: PreviewJob[];
  imageOf: (lang: Lang) => ShellImage;
}

/** Draws a page's picture in each language its pages are written in (each page's words and amounts are its language's). */
export function picturesOf(pictureOf: (lang: Lang) => RoutePreview): RoutePictures {
  const byLang = new Map(PAGE_LANGS.map((lang) => [lang, pictureOf(lang)] as const));
  const of = (lang: Lang) => {
    const p = byLang.get(lang);
    if (!p) throw new Error(`preview images: no ${lang} picture drawn for this page`);
    return p;
  };
  return {
    jobs: [...byLang.values()].map((p) => ({ path: p.path, svg: p.svg })),
    imageOf: (lang) => ({ path: of(lang).path, alt: of(lang).alt, ...PREVIEW_SIZE }),
  };
}
