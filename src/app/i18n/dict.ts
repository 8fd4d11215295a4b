/**
 * The shape of the message catalog: every interface string of the app, its charts and its tables, in one
 * typed object per language (zh.ts, en.ts). A key missing in either language is a type error; a message
 * with parameters is a typed function. Line names from the documents are never translated.
 * Charts and tables never read this catalog: the app gives them their part (`sankey`, `tables`, and the
 * whole dictionary as TreemapWords) as props.
 */
import type { LoadErrorKind } from '../../model/loadBudget';
import type { Measure } from '../../model/tree';
import type { RouteProblem, View } from '../../state/route';
import type { ThreePublicPartKey } from '../../model/headline';
import type { DocumentKind, FinalAccountTotals, MoneyUnit } from '../../model/types';
import type { CheckFigureKind } from '../../model/checkStatus';
import type { CheckSentenceCatalog } from './checkSentences';
import type { CheckCode, IncomeKey } from '../../model/types';
import type { Lang } from '../../model/lang';
import type { TreemapWords } from '../../charts/Treemap/words';
import type { SankeyWords } from '../../charts/Sankey/words';
import type { TableWords } from '../../tables/words';
import type { ManyWords } from './manyWords';
import type { FacetWords } from './facetWords';
import type { FirstAnswerWords } from './firstAnswerWords';
import type { PlanActualWords } from './planActualWords';
import type { CompareScaleWords } from './compareScaleWords';
import type { TrailWords } from './trailWords';
import type { NamesWords } from './namesWords';
import type { AmountWords } from './amountWords';
import type { GlossaryWords } from './glossaryWords';

export interface Dict extends TreemapWords {
  /** The language these words are in (the sections that load with their own pages pick theirs by it). */
  lang: Lang;
  htmlLang: string;
  appName: string;
  tagline: string;
  /** Label of the button that switches to the other language, written in that language. */
  otherLang: string;
  otherLangLabel: string;
  /** The other language: its code in the URL and its `lang` attribute. */
  otherLangCode: Lang;
  otherLangHtml: string;
  skipToContent: string;
  listSep: string;
  /** Ends a sentence before another (。 in Chinese, '. ' in English). */
  fullStop: string;
  colon: string;
  /** Between the items of an enumeration (“、” / “, ”) and between clauses (“；” / “; ”). */
  enumSep: string;
  clauseSep: string;
  /** Brackets around an aside: “（…）” in Chinese, “ (…)” in English. */
  paren: (text: string) => string;
  /** “第 a–b 行” / “lines a–b”: the one formatter of a line range; the others say where (原文…) around it. */
  lines: (a: number, b: number) => string;
  /** An income source's label: the printed name in Chinese, its English name in English. */
  incomeName: (key: IncomeKey, printed: string) => string;
  /** The unit after a figure ("万元", "yuan"): every amount is shown in the unit its budget prints. */
  unit: (u: MoneyUnit) => string;
  unitShort: (u: MoneyUnit) => string;
  unitLong: (u: MoneyUnit) => string;
  /** 部门预算 / 单位预算 / 部门决算. */
  kinds: Record<DocumentKind, string>;
  /** The headline total's title: "2026 年部门预算 支出总计", "2025 年部门决算 本年支出合计". */
  headlineTotal: (kind: DocumentKind, year: number) => string;
  /** 决算 only: the final account's own totals (收入支出决算总表). */
  finalTotalsTitle: string;
  finalTotals: Record<Exclude<keyof FinalAccountTotals, 'src'>, string>;
  finalTotalsHelp: string;
  loading: string;
  footer: string;

  catalogTitle: string;
  whatIsBudget: string;
  noGrandTotal: string;
  catalogCaption: string;
  colDepartment: string;
  colRegion: string;
  colYear: string;
  colTotal: string;
  colKind: string;
  /** Under the catalog: units differ between budgets; the sort converts exactly. */
  catalogUnitNote: string;
  colChecks: string;
  sortBy: (col: string) => string;
  sortedAsc: string;
  sortedDesc: string;
  /** Catalog 数据核对 cell: contradictions (red where any), rounding notes (never red), all checks, source issues. */
  catalogFailed: (n: number) => string;
  catalogRounding: (n: number) => string;
  catalogChecksTotal: (n: number) => string;
  catalogSourceIssues: (n: number) => string;
  partOfNote: (parent: string) => string;
  containsNote: (children: string) => string;
  emptyCatalog: string;

  backToCatalog: string;
  sourceDoc: string;
  /** A budget view's static page without JavaScript: what it holds and what needs the script. */
  staticNoScript: string;
  /** The site root without JavaScript: the catalog's text version, and what needs the script. */
  staticCatalogNoScript: string;
  /** Under the static catalog: how many documents it lists of how many the site holds. */
  staticCatalogFirst: (shown: number, count: number) => string;
  headlineTitle: string;
  totalSpending: string;
  totalIncome: string;
  incomeBySource: string;
  zeroIncomeSources: (n: number) => string;
  basicVsProject: string;
  basic: string;
  project: string;
  basicHelp: string;
  projectHelp: string;
  threePublic: string;
  threePublicHelp: string;
  threePublicParts: Record<ThreePublicPartKey | 'vehiclePurchase' | 'vehicleOperation', string>;
  meeting: string;
  adminCost: string;
  noThreePublic: string;
  shareOf: (whole: string) => string;
  diffIncomeLines: (d: string, u: MoneyUnit) => string;
  diffIncomeVsSpending: (d: string, u: MoneyUnit) => string;
  diffBasicProject: (d: string, u: MoneyUnit) => string;
  diffThreePublic: (d: string, u: MoneyUnit) => string;
  showSource: string;

  views: Record<View, string>;
  viewsNav: string;
  viewPending: string;

  groupLabel: string;
  groupFunction: string;
  groupUnit: string;
  measureLabel: string;
  measures: Record<Measure, string>;
  unitViewNote: string;
  noProjects: string;
  noFunctional: string;
  treemapTitle: (name: string) => string;
  treemapHelp: string;
  /** The same for a phone, one line: the tap gestures only. */
  treemapHelpShort: string;
  breadcrumbLabel: string;
  breadcrumbRoot: string;
  breadcrumbRootProjects: string;
  drillUp: string;
  drillIn: string;
  levels: Record<'root' | 'lei' | 'kuan' | 'xiang' | 'unit' | 'project', string>;
  gapName: string;
  gapHelp: string;
  notPrinted: string;
  standardName: string;
  unnamed: string;
  noUnit: string;
  shareOfParent: string;
  shareOfAll: string;
  source: string;
  omitted: (n: number, measure: string) => string;
  overParent: (name: string, d: string, u: MoneyUnit) => string;
  underParent: (name: string, d: string, u: MoneyUnit) => string;
  conflicts: (codes: string) => string;
  basisUnitsAdded: string;
  textAltCaption: (name: string, measure: string) => string;
  colCode: string;
  colName: string;
  colAmount: (u: MoneyUnit) => string;
  colShare: string;
  pathNotFound: string;
  emptyLevel: string;

  provenanceTitle: string;
  provenanceDoc: string;
  provenanceTable: string;
  provenanceLinesLabel: string;
  /** The cited lines in the document (“原文第 a–b 行”): in a figure's source and above the source view's marked lines. */
  provenanceLines: (a: number, b: number) => string;
  /** A table or text section the budget does not describe: its words where the key is known (narrative, glossary), else the key. */
  unknownTable: (key: string) => string;
  /** The link from a figure's source to the source view (查看原文). */
  viewInDocument: string;

  // 原文 (the source view, #/source/<id>?lines=a-b)
  sourceTitle: string;
  /** The page's heading: department, year and kind, e.g. "…政务服务数据管理局 2021 部门预算 · 原文". */
  sourceHeading: (department: string, year: number, kind: string) => string;
  sourceIntro: string;
  backToBudget: string;
  /** The cited lines are not in the document (which has `total` lines). */
  sourceLinesMissing: (a: number, b: number, total: number) => string;
  /** The cited lines lie outside every table and section the budget knows. */
  sourceNoPlace: string;
  /** The source text could not be loaded; names the file. */
  sourceLoadError: (file: string) => string;
  sourceLinesShown: (first: number, last: number, total: number) => string;
  showMoreAbove: (n: number) => string;
  showMoreBelow: (n: number) => string;
  lineNumbersLabel: string;
  close: string;

  checksTitle: string;
  /** The sentence above the lists: contradictions, rounding notes, out of how many checks. */
  checksSummaryText: (failed: number, rounding: number, total: number) => string;
  moreChecks: (n: number) => string;
  /** The collapsed group of rounding differences: its title and the one sentence that explains it. */
  roundingTitle: (n: number) => string;
  roundingExplain: string;
  /** A check's two figures and their difference, worded by what they are (see CHECK_FIGURE_KIND). */
  checkFigures: Record<CheckFigureKind, { expected: string; actual: string; difference: string }>;
  /** A difference anywhere (the treemap's printed total against its items). */
  checkDifference: string;
  /** Each check's sentence, from its code, params and figures (checkSentencesZh.ts / checkSentencesEn.ts). */
  checkSentences: CheckSentenceCatalog;
  /** Each check's rule, named (数据核对 list). */
  checkNames: Record<CheckCode, string>;
  /** Kinds of damage in the source text (Budget.sourceIssues[].code); an unknown code is shown as it is. */
  sourceIssueNames: Readonly<Record<string, string>>;
  /** The glossary term shown on a procurement check. */
  procurementTerm: string;
  checkWhere: string;
  moreRefs: (n: number) => string;
  /** Before the normalizer's Chinese sentence where the interface is not Chinese (empty in Chinese). */
  checkMessageNote: string;
  sourceIssuesTitle: string;
  sourceIssuesIntro: string;
  correctionsTitle: (n: number) => string;
  correctionReason: string;

  loadError: Record<LoadErrorKind, string>;
  errorDetail: string;
  notFoundTitle: string;
  notFoundText: string;
  problems: Record<RouteProblem, string>;
  problemsTitle: string;
  dismiss: string;
  relationTitle: string;

  // 嵌入 (embed) and export
  /** The one-line source credit under an embed and on an exported image. */
  credit: (department: string, year: number, source: string, kind: DocumentKind) => string;
  viewToolsLabel: string;
  embedButton: string;
  embedDialogTitle: string;
  embedIntro: string;
  embedAutoHeight: string;
  embedAutoHeightHelp: string;
  /** The embed code's optional text link under the frame (for platforms that strip iframes). */
  embedWithLink: string;
  embedWithLinkHelp: string;
  /** Chart-only is the default; this option adds the view's controls (grouping, measure, toggles, tabs). */
  embedControls: string;
  embedControlsHelp: string;
  /** 嵌入方式: the interactive frame, or a static picture (the budget's preview image) for platforms that strip iframes. */
  embedFormat: string;
  embedFormatFrame: string;
  embedFormatImage: string;
  embedImageHelp: string;
  /** The picture's alt text: title, total with its unit, and the largest 功能分类 类 with its amount (each already formatted). */
  imageAlt: (p: { title: string; total: string; largest: string | null }) => string;
  embedCode: string;
  embedCopy: string;
  embedCopied: string;
  embedCopyFailed: string;
  embedPreview: string;
  embedViewFull: string;
  /** Said to screen readers after a link that opens a new window. */
  newWindow: string;
  exportSvg: string;
  exportPng: string;
  /** 图表数据: download what the chart shows (CSV / JSON), on the page and in embeds. */
  chartDataCsv: string;
  chartDataJson: string;
  chartDataLabel: string;
  chartDataHelp: string;
  embedData: string;
  exportFailed: string;
  /** The 图表数据 code did not load (offline, a deploy in between). */
  chartDataFailed: string;
  exportNothing: string;

  // 对比 (compare): the entry points that live outside the lazily loaded compare page
  compareNav: string;
  compareSelected: string;
  compareSelectHelp: string;
  compareSelectLabel: (department: string, year: number) => string;
  compareSelectedCount: (n: number) => string;
  compareOtherYear: string;
  compareWithYear: (year: number) => string;
  compareTitle: string;

  // 搜索 (search) in the header
  searchLabel: string;
  searchPlaceholder: string;
  searchLoading: string;
  searchFailed: string;
  searchNoHits: string;
  searchHits: (n: number) => string;
  searchHelp: string;
  searchKinds: Record<'department' | 'functional' | 'economic' | 'project' | 'glossary', string>;
  searchDescriptionMatch: string;
  searchFocused: (label: string) => string;

  // 名词解释 (glossary) buttons
  glossaryButton: (term: string) => string;
  departmentBudget: string;
  glossary: GlossaryWords;

  // The words given to the lazily loaded pages and views (their parts of the catalog).
  /** The footer's link to 数据下载 (the data page, whose own words load with it: dataPageLang.ts). */
  dataNav: string;
  /** 部门 and 地区 pages. */
  many: ManyWords;
  facets: FacetWords;
  firstAnswer: FirstAnswerWords;
  planActual: PlanActualWords;
  compareScale: CompareScaleWords;
  /** The source trail (links to the source view) and the printed page. */
  trail: TrailWords;
  /** English names beside the printed Chinese. */
  names: NamesWords;
  /** Amounts as printed or in 百万元 (the budget page's toggle). */
  amounts: AmountWords;
  sankey: SankeyWords;
  tables: TableWords;
}
