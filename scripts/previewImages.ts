/**
 * Preview images (issue 11): each budget's treemap — title, total with its unit, legend and the credit line
 * (source document · 预算透视) — as a 1200 × 630 PNG in dist/preview/<id>.png, for link cards (og:image, in
 * scripts/staticPages.ts) and the static image embed (src/app/embed/imageEmbed.ts); the same in English
 * (English names and words, figures in million yuan converted exactly) in dist/preview/<id>.en.png, for the
 * English pages. The other pages' pictures (catalog, department, region, compare: scripts/routePreviews.ts)
 * are drawn in the same frame and rendered here too (renderPreviews).
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
import { amountView } from '../src/app/amounts/amountView';
import { en } from '../src/app/i18n/en';
import { zh } from '../src/app/i18n/zh';
import type { Crosswalk } from '../src/model/crosswalkTypes';
import { effectiveAmountMode, shownFormatter } from '../src/model/displayAmount';
import type { Lang } from '../src/model/lang';
import type { Budget, BudgetIndex } from '../src/model/types';
import type { BudgetRouteT } from '../src/state/route';
import { pageFolder } from './pageShell';
import { readJson } from './readJson';

/**
 * The picture is laid out at 800 × 420 CSS px and drawn 1.5×: a link card shows it 500–600 px wide, where
 * the export's 18 px title and 12 px labels drawn 1× would shrink to 8 and 5 px.
 */
export const PREVIEW_SCALE = 1.5;
export const LAYOUT = { width: PREVIEW_SIZE.width / PREVIEW_SCALE, height: PREVIEW_SIZE.height / PREVIEW_SCALE };
/**
 * A chart shorter than this (a legend of very many 类) would not show the budget: stop rather than publish it.
 * 150 (225 px drawn): the English picture of a long name with eleven 类 (two title lines, four legend lines, two
 * credit lines) leaves 170, and its three largest cells still carry name, amount and share.
 */
export const MIN_CHART_HEIGHT = 150;
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

/** The frame's words around a chart: everything of ExportText but the chart's size. */
export type FrameText = Omit<ExportText, 'width' | 'height'>;

/**
 * The chart's box in the picture: what the frame's margins, title, subtitle, legend and credit leave of
 * LAYOUT at this text (the legend wraps to the chart's width, as the export wraps it).
 */
export function chartBox(text: FrameText): { width: number; height: number } {
  const probe = layoutExport({ ...text, width: 1000, height: 100 });
  const width = LAYOUT.width - (probe.width - 1000);
  const height = LAYOUT.height - (layoutExport({ ...text, width, height: 100 }).height - 100);
  return { width, height };
}

/**
 * The chart, drawn at `box` (its chartBox), in the export's frame: checked to be exactly LAYOUT
 * (PREVIEW_SIZE / PREVIEW_SCALE), else the build stops (a cut-off or stretched picture is not published).
 */
export function framedSvg(what: string, chart: string, text: FrameText, box: { width: number; height: number }): string {
  if (box.height < MIN_CHART_HEIGHT) throw new Error(`preview images: ${what}: title, legend and credit leave ${box.height} px for the chart`);
  const final: ExportText = { ...text, ...box };
  const size = layoutExport(final);
  if (size.width !== LAYOUT.width || size.height !== LAYOUT.height) {
    throw new Error(`preview images: ${what}: laid out at ${size.width}×${size.height}, not ${LAYOUT.width}×${LAYOUT.height}`);
  }
  return buildExportSvg(chart, final);
}

/**
 * The budget's top-level treemap in the export's frame, exactly LAYOUT: the SVG the PNG is drawn from. In
 * Chinese with the figures as printed; in English (`lang` 'en') with the English words and names and the
 * English default unit (effectiveAmountMode: 百万元, converted exactly), as the English page shows them.
 */
export function previewSvg(budget: Budget, crosswalk?: Crosswalk, lang: Lang = 'zh'): string {
  const t = lang === 'en' ? en : zh;
  const route: BudgetRouteT = { page: 'budget', lang, budgetId: budget.id, view: 'treemap', path: [], measure: 'total', group: 'function' };
  const meta = exportMeta(budget, route, t);
  const mode = effectiveAmountMode(lang, undefined);
  const av = amountView(t, mode);
  const text = (legend: ExportText['legend']): FrameText => ({
    title: meta.title,
    // The total with its unit under the title: a link card's first answer.
    subtitle: `${t.kinds[budget.kind]} · ${t.colTotal} ${av.text(budget.expenditure.total, budget.unit)} ${av.unit(budget.unit)}`,
    credit: meta.credit,
    ...(legend ? { legend } : {}),
  });
  const treemap = budgetTreemap(budget, crosswalk, t, mode === 'printed' ? undefined : shownFormatter(budget.unit, mode));
  const legendOf = (computed: ComputedTreemap): ExportText['legend'] => {
    const items = treemap.legend(computed);
    return items.length > 0 ? { title: t.treemapMore.legendTitle, items } : undefined;
  };
  // The frame's margins and text take what they take at this width; the chart gets the rest of the height
  // (the legend is of the cells drawn: laid out once at a probe height, then at the box's).
  const probe = chartBox(text(undefined));
  const box = chartBox(text(legendOf(treemap.at(probe.width, 300))));
  if (box.height < MIN_CHART_HEIGHT) throw new Error(`preview images: ${budget.id}: title, legend and credit leave ${box.height} px for the chart`);
  const computed = treemap.at(box.width, box.height);
  return framedSvg(budget.id, treemapSvgMarkup(computed, meta.title), text(legendOf(computed)), box);
}

export interface PreviewReport {
  images: number;
  rendered: number;
  ms: number;
  bytes: number[];
}

/** One picture to draw: its file below the site root (URL-encoded, as pages name it) and its SVG at LAYOUT. */
export interface PreviewJob {
  path: string;
  svg: string;
}

/**
 * Draws every job's PNG into outDir (from .tmp/preview-cache where the same SVG was drawn before with the
 * same font). Two jobs naming one file stop the build: one picture would silently replace the other.
 */
export async function renderPreviews(outDir: string, cacheDir: string, jobs: readonly PreviewJob[]): Promise<PreviewReport> {
  const start = performance.now();
  const seen = new Set<string>();
  for (const j of jobs) {
    if (seen.has(j.path)) throw new Error(`preview images: two pictures would be written to ${j.path}`);
    seen.add(j.path);
  }
  const fonts = findCjkFonts();
  // resvg is a native module: loaded only here, at build time, never by the app or by the config alone.
  const { renderAsync } = await import('@resvg/resvg-js');
  const fontKey = fonts.map((f) => `${f}:${statSync(f).size}`).join('|');
  mkdirSync(cacheDir, { recursive: true });
  const report: PreviewReport = { images: 0, rendered: 0, ms: 0, bytes: [] };
  // renderAsync works on libuv's thread pool: the images (most of the time is reading the font, per image)
  // are drawn side by side on every core.
  const pngs = await Promise.all(
    jobs.map(async (job) => {
      const path = job.path;
      // The export names a stack of system fonts (svgExport's FONT) for readers' machines; resvg has only
      // Noto Sans CJK and looks up every family of the stack for every text: naming the one it has draws
      // the same pixels in about half the time (text layout is most of a picture's time).
      const svg = job.svg.replace(/ font-family="[^"]*"/, ` font-family="${CJK_FAMILY}"`);
      const hash = createHash('sha256').update(svg).update('\0').update(fontKey).digest('hex').slice(0, 32);
      const cached = join(cacheDir, `${hash}.png`);
      if (existsSync(cached)) return { path, png: readFileSync(cached) };
      const image = await renderAsync(svg, {
        fitTo: { mode: 'zoom', value: PREVIEW_SCALE },
        background: '#ffffff',
        font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: CJK_FAMILY, sansSerifFamily: CJK_FAMILY },
      });
      const png = image.asPng();
      writeFileSync(cached, png);
      report.rendered++;
      return { path, png };
    }),
  );
  for (const { path, png } of pngs) {
    const out = resolve(outDir, pageFolder(path));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, png);
    report.images++;
    report.bytes.push(png.length);
  }
  report.ms = Math.round(performance.now() - start);
  return report;
}

/** Writes dist/preview/<id>.png and <id>.en.png for every budget of dist/data/index.json. */
export async function writePreviewImages(outDir: string, cacheDir: string): Promise<PreviewReport> {
  const index = readJson(resolve(outDir, 'data', 'index.json')) as BudgetIndex;
  const jobs = index.budgets.flatMap((e) => {
    const budget = readJson(resolve(outDir, 'data', e.file)) as Budget;
    return (['zh', 'en'] as const).map((lang) => ({ path: previewImagePath(e.id, lang), svg: previewSvg(budget, index.crosswalk, lang) }));
  });
  return renderPreviews(outDir, cacheDir, jobs);
}
