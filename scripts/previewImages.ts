/**
 * Preview images (issue 11): each budget's treemap — title, total with its unit, legend and the credit line
 * (source document · 预算透视) — as a 1200 × 630 PNG in dist/preview/<id>.png, for link cards (og:image, in
 * scripts/staticPages.ts) and the static image embed (src/app/embed/imageEmbed.ts).
 *
 * The picture is the export's: the cells are the live chart's (computeTreemap, TreemapCellShape, rendered
 * to markup by react-dom/server through TreemapStaticSvg) and the frame around them is buildExportSvg, as
 * 下载 SVG / PNG draws it. resvg draws the PNG with the system's CJK font (fonts-noto-cjk): without one it
 * would draw boxes for every Chinese character, so the build stops instead. PNGs are cached by a hash of
 * their SVG and the font in .tmp/preview-cache, so a rebuild with unchanged data renders nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ComputedTreemap } from '../src/charts/Treemap/useTreemap';
import { budgetTreemap, treemapSvgMarkup } from './treemapMarkup';
import { buildExportSvg, layoutExport, type ExportText } from '../src/charts/export/svgExport';
import { previewImagePath, PREVIEW_SIZE } from '../src/app/embed/imageEmbed';
import { exportMeta } from '../src/app/exportMeta';
import { zh } from '../src/app/i18n/zh';
import type { Crosswalk } from '../src/model/crosswalkTypes';
import { formatAmount } from '../src/model/format';
import type { Budget, BudgetIndex } from '../src/model/types';
import type { BudgetRouteT } from '../src/state/route';
import { readJson } from './readJson';

/**
 * The picture is laid out at 800 × 420 CSS px and drawn 1.5×: a link card shows it 500–600 px wide, where
 * the export's 18 px title and 12 px labels drawn 1× would shrink to 8 and 5 px.
 */
export const PREVIEW_SCALE = 1.5;
const LAYOUT = { width: PREVIEW_SIZE.width / PREVIEW_SCALE, height: PREVIEW_SIZE.height / PREVIEW_SCALE };
/** A chart shorter than this (a legend of very many 类) would not show the budget: stop rather than publish it. */
const MIN_CHART_HEIGHT = 180;
/** The family resvg is told to use for every text (the export's font stack names it too). */
const CJK_FAMILY = 'Noto Sans CJK SC';
const FONT_NAMES = [/^NotoSansCJK-(Regular|Bold)\.ttc$/, /^NotoSansCJKsc-(Regular|Bold)\.otf$/, /^NotoSansSC-(Regular|Bold)\.otf$/];

/**
 * The CJK font files: CJK_FONT (a file, e.g. a copy of NotoSansCJK-Regular.ttc) or Noto Sans CJK found
 * under /usr/share/fonts. Throws, naming what is missing, where there is none.
 */
export function findCjkFonts(env: NodeJS.ProcessEnv = process.env, roots: readonly string[] = ['/usr/share/fonts', '/usr/local/share/fonts']): string[] {
  const given = env.CJK_FONT;
  if (given) {
    if (!existsSync(given)) throw new Error(`preview images: CJK_FONT=${given} does not exist`);
    return [given];
  }
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 4 || !existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p, depth + 1);
      else if (FONT_NAMES.some((re) => re.test(name))) found.push(p);
    }
  };
  for (const r of roots) walk(r, 0);
  if (!found.some((f) => /Regular/.test(f))) {
    throw new Error(
      `preview images: no CJK font (Noto Sans CJK, NotoSansCJK-Regular.ttc) under ${roots.join(' or ')}: the images would show boxes instead of Chinese. ` +
        'Install it (apt-get install -y fonts-noto-cjk) or set CJK_FONT to the font file.',
    );
  }
  return found.sort();
}

/** The budget's top-level treemap in the export's frame, exactly LAYOUT (PREVIEW_SIZE / PREVIEW_SCALE): the SVG the PNG is drawn from. */
export function previewSvg(budget: Budget, crosswalk?: Crosswalk): string {
  const t = zh;
  const route: BudgetRouteT = { page: 'budget', lang: 'zh', budgetId: budget.id, view: 'treemap', path: [], measure: 'total', group: 'function' };
  const meta = exportMeta(budget, route, t);
  const text = (width: number, height: number, legend: ExportText['legend']): ExportText => ({
    title: meta.title,
    // The total with its unit under the title: a link card's first answer.
    subtitle: `${t.kinds[budget.kind]} · ${t.colTotal} ${formatAmount(budget.expenditure.total)} ${t.unit(budget.unit)}`,
    credit: meta.credit,
    width,
    height,
    ...(legend ? { legend } : {}),
  });
  const treemap = budgetTreemap(budget, crosswalk);
  const cellsAt = treemap.at;
  const legendOf = (computed: ComputedTreemap): ExportText['legend'] => {
    const items = treemap.legend(computed);
    return items.length > 0 ? { title: t.treemapMore.legendTitle, items } : undefined;
  };
  // The frame's margins and text take what they take at this width; the chart gets the rest of the height.
  const probe = layoutExport(text(1000, 100, undefined));
  const chartWidth = LAYOUT.width - (probe.width - 1000);
  const legend = legendOf(cellsAt(chartWidth, 300));
  const around = layoutExport(text(chartWidth, 100, legend)).height - 100;
  const chartHeight = LAYOUT.height - around;
  if (chartHeight < MIN_CHART_HEIGHT) throw new Error(`preview images: ${budget.id}: title, legend and credit leave ${chartHeight} px for the chart`);
  const computed = cellsAt(chartWidth, chartHeight);
  const chart = treemapSvgMarkup(computed, meta.title);
  const final = text(chartWidth, chartHeight, legendOf(computed));
  const size = layoutExport(final);
  if (size.width !== LAYOUT.width || size.height !== LAYOUT.height) {
    throw new Error(`preview images: ${budget.id}: laid out at ${size.width}×${size.height}, not ${LAYOUT.width}×${LAYOUT.height}`);
  }
  return buildExportSvg(chart, final);
}

export interface PreviewReport {
  images: number;
  rendered: number;
  ms: number;
  bytes: number[];
}

/** Writes dist/preview/<id>.png for every budget of dist/data/index.json. */
export async function writePreviewImages(outDir: string, cacheDir: string): Promise<PreviewReport> {
  const start = performance.now();
  const fonts = findCjkFonts();
  const index = readJson(resolve(outDir, 'data', 'index.json')) as BudgetIndex;
  // resvg is a native module: loaded only here, at build time, never by the app or by the config alone.
  const { renderAsync } = await import('@resvg/resvg-js');
  const fontKey = fonts.map((f) => `${f}:${statSync(f).size}`).join('|');
  mkdirSync(cacheDir, { recursive: true });
  const report: PreviewReport = { images: 0, rendered: 0, ms: 0, bytes: [] };
  // renderAsync works on libuv's thread pool: the images (most of the time is reading the font, per image)
  // are drawn side by side on every core.
  const pngs = await Promise.all(
    index.budgets.map(async (e) => {
      const budget = readJson(resolve(outDir, 'data', e.file)) as Budget;
      const svg = previewSvg(budget, index.crosswalk);
      const hash = createHash('sha256').update(svg).update('\0').update(fontKey).digest('hex').slice(0, 32);
      const cached = join(cacheDir, `${hash}.png`);
      if (existsSync(cached)) return { id: e.id, png: readFileSync(cached) };
      const image = await renderAsync(svg, {
        fitTo: { mode: 'zoom', value: PREVIEW_SCALE },
        background: '#ffffff',
        font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: CJK_FAMILY, sansSerifFamily: CJK_FAMILY },
      });
      const png = image.asPng();
      writeFileSync(cached, png);
      report.rendered++;
      return { id: e.id, png };
    }),
  );
  for (const { id, png } of pngs) {
    const out = resolve(outDir, previewImagePath(id));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, png);
    report.images++;
    report.bytes.push(png.length);
  }
  report.ms = Math.round(performance.now() - start);
  return report;
}
