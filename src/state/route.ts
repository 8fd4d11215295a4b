/**
 * What is on screen, as it lives in the URL hash (the source of truth): page, budget, view, drill path,
 * size measure, grouping and language. Pure parse/format; a hostile or malformed hash never throws —
 * it yields a usable route plus a list of problems the page explains to the reader.
 *
 *   #/                                        catalog (目录)
 *   #/?lang=en                                catalog in English
 *   #/?region=海珠区&year=2021&kind=final&q=…    catalog filtered by facets and text
 *   #/budget/001                              budget 001, treemap
 *   #/budget/001/treemap?path=206,20601&measure=basic&by=unit&lang=en
 *   #/budget/001/sankey   #/budget/001/tables
 *   #/budget/001/treemap?amounts=printed&lang=en   amounts as printed (元/万元) or in million yuan (百万元)
 *   #/budget/001/sankey?kuan=1&flows=table    the Sankey with its 款 column and its flows as a table (sankeyQuery.ts)
 *   #/embed/001/treemap?path=206&lang=en      the same view alone, for an <iframe> in a news article:
 *                                             no navigation chrome (same parser, same query)
 *   #/budget/001/tables?tab=projects&row=p03  the tables view on a tab, one row marked and scrolled to
 *                                             (where a search hit leads)
 *   #/budget/001/tables?tab=units&sort=project.desc&filter=中心   sorted and filtered (tableQuery.ts)
 *   #/compare?ids=001,002&measure=basic       budgets side by side (对比); #/embed/compare?ids=… alone
 *   #/source/001?lines=474-476&table=t03      the source document (原文) of budget 001, lines 474–476
 *                                             marked and scrolled to, under the heading of table t03
 *   #/data                                    数据下载: every budget as JSON and CSV, the archive, the dictionary
 *   #/department/haizhu-data-bureau           部门: every document of one department, a trend over the years
 *   #/region/海珠区/2021                        地区: every department of a region in a year, what its total sums
 */
import type { Measure } from '../model/tree';
import { ROW_KEY } from './routeLinks';
import { parseCatalogFilter } from './catalogQuery';
import { isEmptyFilter, type CatalogFilter } from '../model/catalogFacets';
import { parseTableFilter, parseTableSort, type TableSort } from './tableQuery';
import { parseAmounts } from './amountsParam';
import type { AmountMode } from '../model/displayAmount';
import { parseSankeyQuery, type SankeyQuery } from './sankeyQuery';

export { budgetRoute, compareRoute, embedRoute, formatHash, fullRoute, sourceRoute } from './routeLinks';

export type View = 'treemap' | 'sankey' | 'tables';
export type { Lang } from '../model/lang';
import type { Lang } from '../model/lang';
import { isCompareSection, type CompareSectionId } from './compareSections';
/** Treemap grouping: 功能分类 (类→款→项) or 单位→项目. */
export type Grouping = 'function' | 'unit';

export const VIEWS: readonly View[] = ['treemap', 'sankey', 'tables'];
const MEASURE_SET: readonly Measure[] = ['total', 'basic', 'project'];

/** Tabs of the tables view (the same ids as TableId in src/model/tableRows.ts). */
export type TableTab = 'functional' | 'economic' | 'units' | 'projects';
export const TABLE_TABS: readonly TableTab[] = ['functional', 'economic', 'units', 'projects'];

/** At most this many budgets side by side: more would not fit a phone, and a link stays short. */
export const MAX_COMPARE = 6;

/**
 * `embed: true` (only ever present as true) marks the embed page of a view (嵌入): the same route read
 * from `#/embed/…` instead of `#/budget/…`, so every deep link has an embed twin and drilling inside an
 * embedded chart stays embedded. A bad embed link keeps the flag so that its message shows without the
 * site's chrome.
 */
export type Route =
  /** `filter`: the catalog's facets and text (筛选), only where one is set. */
  | { page: 'catalog'; lang: Lang; filter?: CatalogFilter }
  | ({
      page: 'budget';
      lang: Lang;
      budgetId: string;
      view: View;
      path: string[];
      measure: Measure;
      group: Grouping;
      /** Tables view only: the tab shown (default: the first the budget has). */
      tab?: TableTab;
      /** Tables view only: the row to mark and scroll to — a code ("30101"), project id ("p03") or unit code. */
      row?: string;
      /** Tables view only: the sorted column and the filter text (tableQuery.ts), per budget, restored on reload. */
      sort?: TableSort;
      filter?: string;
      /** Amounts as printed or in 百万元 (million yuan); absent: the language's default (displayAmount.ts). */
      amounts?: AmountMode;
      embed?: true;
      /**
       * Embeds only (`controls=1`): the view's own controls (grouping, measure, the Sankey's toggles, the
       * table tabs) and help text. Without it an embed is chart-only, as a news article wants it.
       */
      controls?: true;
    } & SankeyQuery)
  /**
   * 对比: budgets side by side, in the order given (differences go from each to the next). Fewer than
   * two ids shows the picker. `measure` is the 功能分类 figure compared (合计 / 基本支出 / 项目支出).
   */
  | {
      page: 'compare';
      lang: Lang;
      ids: string[];
      measure: Measure;
      /** Amounts in the comparison's printed unit or in 百万元; absent: the language's default. */
      amounts?: AmountMode;
      embed?: true;
      /** Embeds only: the one section embedded (a news article shows one chart, not the whole page). */
      section?: CompareSectionId;
    }
  /**
   * 原文: the source document of a budget, as published, with the cited lines (first, last; 1-based, as
   * every SourceRef counts them) marked. `table` is the SourceRef's table or section key, naming the
   * heading when tables overlap; without it the heading is looked up from the lines.
   */
  | { page: 'source'; lang: Lang; budgetId: string; lines?: [number, number]; table?: string }
  /** 数据下载: the downloads, data dictionary, citations and terms. */
  | { page: 'data'; lang: Lang }
  /** 部门: one department's budgets and final accounts across its names and years. */
  | { page: 'department'; lang: Lang; departmentId: string }
  /** 地区: the budgets of one region (district or city, as printed) in one year. */
  | { page: 'region'; lang: Lang; region: string; year: number }
  | { page: 'notFound'; lang: Lang; embed?: true };

export type BudgetRouteT = Extract<Route, { page: 'budget' }>;
export type CompareRoute = Extract<Route, { page: 'compare' }>;
export type SourceRouteT = Extract<Route, { page: 'source' }>;
/** Routes that have an embed twin. */
export type EmbeddableRoute = BudgetRouteT | CompareRoute;

/** What was wrong with the hash; each has a message in the i18n dictionaries. */
export type RouteProblem =
  | 'malformed' // undecodable %-escapes, or far too long
  | 'unknownPage'
  | 'badBudgetId'
  | 'unknownView'
  | 'badMeasure'
  | 'badGroup'
  | 'badLang'
  | 'badPath'
  | 'badIds' // a compare link naming an invalid or repeated budget id, or too many
  | 'badTab'
  | 'badRow'
  | 'badSort' // a tables link whose sort is not "<column>.asc|desc"
  | 'badFilter' // a tables or catalog link whose filter (text, region, year, kind, unit) is not one
  | 'badLines' // a source link whose line range is not "a-b" with 1 ≤ a ≤ b
  | 'badTable' // a source link whose table key is not a plain key
  | 'badAmounts' // amounts= neither printed nor million
  | 'badSankey' // a Sankey toggle (kuan, flows) with a value other than 1/0, table/chart
  | 'badControls' // an embed's controls= other than 1 or 0
  | 'badSection'; // a compare section= that is not one of the page's sections

export interface ParsedRoute {
  route: Route;
  problems: RouteProblem[];
}

export const DEFAULT_ROUTE: Route = { page: 'catalog', lang: 'zh' };

const MAX_HASH = 2000;
const MAX_DEPTH = 8;
const BUDGET_ID = /^[A-Za-z0-9_-]{1,64}$/;
// A region as printed (海珠区, 广州市): letters only — no markup, no control characters, short.
const REGION = /^[\p{L}\p{M}·()（）]{1,30}$/u;
// Path keys are codes ("20601"), project ids ("p03") or unit keys ("unit:550004", or a unit name where
// no code is printed); refuse control characters and absurd lengths, the tree lookup does the rest.
const PATH_KEY = /^[^\u0000-\u001f\u007f]{1,120}$/;
// A source line range: "474" or "474-476"; documents are a few thousand lines, never a million.
const LINES = /^(\d{1,6})(?:-(\d{1,6}))?$/;

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

function parseQuery(q: string, problems: RouteProblem[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of q.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const k = eq < 0 ? part : part.slice(0, eq);
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    // `path` keys are decoded one by one (a unit name may hold a comma); others as a whole.
    const v = k === 'path' ? raw : decode(raw.replace(/\+/g, ' '));
    if (v === null) {
      problems.push('malformed');
      continue;
    }
    if (!out.has(k)) out.set(k, v);
  }
  return out;
}

function parsePath(raw: string | undefined, problems: RouteProblem[]): string[] {
  if (raw === undefined || raw === '') return [];
  const keys = raw.split(',').map(decode);
  if (keys.length > MAX_DEPTH || keys.some((k) => k === null || !PATH_KEY.test(k))) {
    problems.push('badPath');
    return [];
  }
  return keys as string[];
}

export function parseHash(hash: string): ParsedRoute {
  const problems: RouteProblem[] = [];
  if (hash.length > MAX_HASH) {
    // Far too long to read, but an embed link still gets the embed page (its message, without chrome).
    const route: Route = /^#?\/embed(\/|$)/.test(hash) ? { page: 'notFound', lang: 'zh', embed: true } : DEFAULT_ROUTE;
    return { route, problems: ['malformed'] };
  }
  const body = hash.replace(/^#/, '');
  const qi = body.indexOf('?');
  const pathPart = qi < 0 ? body : body.slice(0, qi);
  const query = parseQuery(qi < 0 ? '' : body.slice(qi + 1), problems);

  let lang: Lang = 'zh';
  const l = query.get('lang');
  if (l === 'en' || l === 'zh') lang = l;
  else if (l !== undefined) problems.push('badLang');

  const segs = pathPart.split('/').filter((s) => s !== '');
  if (segs.length === 0) {
    const { filter, bad } = parseCatalogFilter(query);
    if (bad) problems.push('badFilter');
    return { route: { page: 'catalog', lang, ...(isEmptyFilter(filter) ? {} : { filter }) }, problems };
  }
  const embed = segs[0] === 'embed';
  const mode = embed ? ({ embed: true } as const) : {};
  // #/compare and #/embed/compare ("compare" is not a budget id: ids are <department>-<year>).
  if ((segs[0] === 'compare' && segs.length === 1) || (embed && segs[1] === 'compare' && segs.length === 2)) {
    const ids = parseIds(query.get('ids'), problems);
    const sec = query.get('section');
    if (sec !== undefined && !isCompareSection(sec)) problems.push('badSection');
    const section = embed && sec !== undefined && isCompareSection(sec) ? { section: sec } : {};
    const amounts = parseAmounts(query.get('amounts'), problems);
    return { route: { page: 'compare', lang, ids, measure: parseMeasure(query.get('measure'), problems), ...amounts, ...section, ...mode }, problems };
  }
  if (segs[0] === 'data' && segs.length === 1) return { route: { page: 'data', lang }, problems };
  if (segs[0] === 'department' && segs.length === 2) {
    const id = decode(segs[1] ?? '');
    if (id === null || !BUDGET_ID.test(id)) return { route: { page: 'notFound', lang }, problems: [...problems, 'badBudgetId'] };
    return { route: { page: 'department', lang, departmentId: id }, problems };
  }
  if (segs[0] === 'region' && segs.length === 3) {
    const region = decode(segs[1] ?? '');
    const year = /^\d{4}$/.test(segs[2] ?? '') ? Number(segs[2]) : null;
    if (region === null || !REGION.test(region) || year === null) return { route: { page: 'notFound', lang }, problems: [...problems, 'unknownPage'] };
    return { route: { page: 'region', lang, region, year }, problems };
  }
  if (segs[0] === 'source' && segs.length === 2) return parseSource(segs[1] ?? '', query, lang, problems);
  if ((segs[0] !== 'budget' && !embed) || segs.length > 3) return { route: { page: 'notFound', lang, ...mode }, problems: [...problems, 'unknownPage'] };

  const id = decode(segs[1] ?? '');
  if (id === null || !BUDGET_ID.test(id)) return { route: { page: 'notFound', lang, ...mode }, problems: [...problems, 'badBudgetId'] };

  let view: View = 'treemap';
  const v = segs[2];
  if (v !== undefined) {
    if ((VIEWS as readonly string[]).includes(v)) view = v as View;
    else problems.push('unknownView');
  }

  const measure = parseMeasure(query.get('measure'), problems);

  let group: Grouping = 'function';
  const g = query.get('by');
  if (g !== undefined) {
    if (g === 'unit' || g === 'function') group = g;
    else problems.push('badGroup');
  }

  const path = parsePath(query.get('path'), problems);
  // tab and row belong to the tables view; elsewhere they are ignored (a shared link may carry them).
  const extra: { tab?: TableTab; row?: string; sort?: TableSort; filter?: string } = {};
  if (view === 'tables') {
    const tab = query.get('tab');
    if (tab !== undefined) {
      if ((TABLE_TABS as readonly string[]).includes(tab)) extra.tab = tab as TableTab;
      else problems.push('badTab');
    }
    const row = query.get('row');
    if (row !== undefined) {
      if (ROW_KEY.test(row)) extra.row = row;
      else problems.push('badRow');
    }
    const sort = parseTableSort(query.get('sort'));
    if (sort === null) problems.push('badSort');
    else if (sort !== undefined) extra.sort = sort;
    const filter = parseTableFilter(query.get('filter'));
    if (filter === null) problems.push('badFilter');
    else if (filter !== undefined) extra.filter = filter;
  }
  const amounts = parseAmounts(query.get('amounts'), problems);
  // kuan and flows belong to the Sankey view; elsewhere they are ignored.
  const sankey = view === 'sankey' ? parseSankeyQuery(query, problems) : {};
  // controls belongs to embeds; a full page always has its controls.
  const c = query.get('controls');
  const controls = embed && c === '1' ? ({ controls: true } as const) : {};
  if (c !== undefined && c !== '1' && c !== '0') problems.push('badControls');
  return { route: { page: 'budget', lang, budgetId: id, view, path, measure, group, ...extra, ...sankey, ...amounts, ...controls, ...mode }, problems };
}

function parseSource(rawId: string, query: Map<string, string>, lang: Lang, problems: RouteProblem[]): ParsedRoute {
  const id = decode(rawId);
  if (id === null || !BUDGET_ID.test(id)) return { route: { page: 'notFound', lang }, problems: [...problems, 'badBudgetId'] };
  const route: SourceRouteT = { page: 'source', lang, budgetId: id };
  const lines = parseLines(query.get('lines'));
  if (lines === null) problems.push('badLines');
  else if (lines !== undefined) route.lines = lines;
  const table = query.get('table');
  if (table !== undefined) {
    if (ROW_KEY.test(table)) route.table = table;
    else problems.push('badTable');
  }
  return { route, problems };
}

/** "474-476" → [474, 476], "474" → [474, 474]; undefined when absent, null when malformed. */
export function parseLines(raw: string | undefined): [number, number] | undefined | null {
  if (raw === undefined) return undefined;
  const m = LINES.exec(raw);
  if (!m) return null;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  return a >= 1 && b >= a ? [a, b] : null;
}

function parseMeasure(m: string | undefined, problems: RouteProblem[]): Measure {
  if (m === undefined) return 'total';
  if ((MEASURE_SET as readonly string[]).includes(m)) return m as Measure;
  problems.push('badMeasure');
  return 'total';
}

/** Budget ids of a compare link: valid, each once, at most MAX_COMPARE; the rest dropped with a problem. */
function parseIds(raw: string | undefined, problems: RouteProblem[]): string[] {
  if (raw === undefined || raw === '') return [];
  const out: string[] = [];
  let bad = false;
  for (const id of raw.split(',')) {
    if (!BUDGET_ID.test(id) || out.includes(id) || out.length >= MAX_COMPARE) bad = true;
    else out.push(id);
  }
  if (bad) problems.push('badIds');
  return out;
}
