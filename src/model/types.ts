/**
 * The data model of 预算透视: the shape of public/data/index.json and public/data/budgets/<id>.json.
 *
 * Written by the normalizer (src/normalizer, build time) and read by the app (src/model, browser).
 * The JSON Schema in public/data/schema/ is generated from these types (npm run schema) and every
 * emitted file is validated against it in tests.
 *
 * Rules that hold everywhere:
 * - Amounts are decimal strings exactly as printed, in the unit the document prints (Budget.unit: 元 or
 *   万元; a table printed in another unit says so in BudgetTable.unit, and 三公 figures carry their own
 *   ThreePublic.unit), with spaces and thousands separators removed ("1,182.90" → "1182.90",
 *   "243. 57" → "243.57", "13,097,100" → "13097100"). Never numbers; the app converts exactly
 *   (decimal.js) where budgets of different units meet.
 * - Codes are strings ("2010301"), leading zeros and all.
 * - Every figure carries `src`: the table it was read from and the 1-based line(s) of the source text.
 */

/**
 * A decimal string as printed, e.g. "1309.71". Branded so that a plain string is not mistaken for one.
 * @pattern ^-?\d+(\.\d+)?$
 */
export type Amount = string & { readonly __amount: unique symbol };

/**
 * Where a figure comes from: table key (see BudgetTable.key) and the 1-based source line range
 * [first, last] of the printed row (a row broken over several lines spans several).
 */
export interface SourceRef {
  table: string;
  lines: [number, number];
}

/** Kinds of table we recognise by their printed title (表名), whatever the layout family. */
export type TableKind =
  | 'summary' // 收支总体情况表 / 收支预算总表
  | 'income' // 收入总体情况表 / 收入预算总表
  | 'expenditure' // 支出总体情况表 / 支出预算总表
  | 'fiscalSummary' // 财政拨款收支总体情况表 / 财政拨款收支总表
  | 'nonTaxIncome' // 非税收入预算表
  | 'generalByFunction' // 一般公共预算支出(预算)表(按功能分类科目) / 一般公共预算安排基本支出和项目支出预算表
  | 'fundByFunction' // 政府性基金预算支出情况表 / 政府性基金预算安排基本支出和项目支出预算表
  | 'stateCapitalByFunction' // 国有资本经营预算支出情况表
  | 'basicByUnit' // 部门预算基本支出预算表
  | 'basicByEconomic' // 一般公共预算基本支出情况表(按(支出)经济分类科目)
  | 'goodsServicesByUnit' // 一般公共预算安排基本支出（商品和服务支出）预算表 (003 表六)
  | 'projectByEconomic' // 一般公共预算项目支出情况表（按经济分类科目）
  | 'projects' // 部门预算项目支出(及其他支出)预算表 / 一般公共预算安排项目支出预算明细表
  | 'specialFunds' // 市级财政专项资金预算表
  | 'transfer' // 部门预算转移支付项目预算表
  | 'threePublic' // 财政拨款安排的行政经费及“三公”经费预算表 / “三公”经费和会议费支出预算表
  | 'procurement' // 政府采购预算表 / 项目支出政府采购预算表
  | 'purchaseOfServices'; // 政府购买服务预算表

/**
 * One logical row of a printed table, after broken lines are joined and repeated page headers dropped.
 * This raw layer keeps every figure of every table, even where no semantic reader understands the
 * column, so that nothing printed is lost.
 */
export interface RawRow {
  lines: [number, number];
  /** Text cells in reading order (names, codes, descriptions), whitespace-trimmed. */
  text: string[];
  /** Numeric cells in reading order, normalised (see Amount). */
  values: Amount[];
  /** The same numeric cells exactly as printed ("243. 57", "1,182.90"). */
  printed: string[];
}

export interface BudgetTable {
  /** Stable key within the budget, e.g. "t03" for the document's third table. */
  key: string;
  kind: TableKind;
  /** The unit line printed with this table (单位：元 / 单位：万元), or the document's unit where it prints none. */
  unit: MoneyUnit;
  /** The number as printed ("表3", "表三"), or "" where the document prints none. */
  number: string;
  title: string;
  /** True where the document printed no title and the table was recognised by its column header. */
  titleInferred?: boolean;
  lines: [number, number];
  rows: RawRow[];
}

/** Income sources (收入来源). Keys are stable across documents; `name` is as printed. */
export type IncomeKey =
  | 'generalPublic' // 一般公共预算 (拨款)
  | 'govFund' // 政府性基金预算
  | 'stateCapital' // 国有资本经营预算
  | 'fiscalSpecial' // 财政专户管理资金 / 财政专户拨款
  | 'business' // 事业收入
  | 'operating' // 经营收入 / 事业单位经营收入
  | 'otherIncome' // 其他收入 / 其他资金
  | 'superiorSubsidy' // 上级补助收入
  | 'subordinateRemit' // 附属单位上缴收入
  | 'businessFund' // 用事业基金弥补收支差额
  | 'carryover'; // 上年结转 / 上年预结转

export interface IncomeLine {
  key: IncomeKey;
  name: string;
  amount: Amount;
  src: SourceRef;
}

export interface Expenditure {
  total: Amount;
  basic: Amount;
  project: Amount;
  src: SourceRef;
}

/** 功能分类 level by code length: 类 3 digits, 款 5, 项 7. */
export type FunctionalLevel = 'lei' | 'kuan' | 'xiang';

/**
 * Columns some tables print beside 基本支出/项目支出 for each 功能分类 row: the split of 基本支出 by
 * economic category (003: 工资福利, 商品和服务, 对个人和家庭), of 项目支出 by kind (003: 经常性/一次性;
 * 000/001 表6: 部门项目支出/财政专项资金(本级支出)), 003's 市级财政专项资金, and the 支出总体情况表
 * columns outside both (事业单位经营支出, 对附属单位补助支出, 上缴上级支出, 结转下年).
 */
export type FunctionalPart =
  | 'basic.wages'
  | 'basic.goodsServices'
  | 'basic.householdSubsidy'
  | 'project.recurring'
  | 'project.oneOff'
  | 'project.department'
  | 'project.special'
  | 'specialFunds'
  | 'operating'
  | 'subsidiaryGrants'
  | 'remitToSuperior'
  | 'carryForward';

export interface FunctionalRow {
  code: string;
  name: string;
  level: FunctionalLevel;
  total: Amount;
  basic: Amount;
  project: Amount;
  /** Set where the row belongs to one sub-unit (单位) of a per-unit table, e.g. 003 表三. */
  unit?: string;
  /** Prior-year figures where printed (003 表五: 2016 年初预算, 调整后预算, 预算执行, 执行率%). */
  prior?: { budget?: Amount; adjusted?: Amount; executed?: Amount; rate?: Amount };
  /**
   * Cells of total/basic/project that the table leaves blank (003's 2017 layout prints nothing where
   * nothing is budgeted): the amount is then "0" — without decimals, never a printed "0.00" — and the
   * app shows the cell as blank, as printed.
   */
  blank?: ('total' | 'basic' | 'project')[];
  /** The other columns printed for this row, where the table has them (see FunctionalPart). */
  parts?: Partial<Record<FunctionalPart, Amount>>;
  src: SourceRef;
}

export type Spending = 'basic' | 'project';

export interface EconomicRow {
  /** 部门预算经济分类 code: 301 (类) or 30101 (款). */
  code: string;
  name: string;
  /** 政府预算经济分类 code where printed: 505 / 50501. */
  govCode?: string;
  govName?: string;
  amount: Amount;
  spending: Spending;
  /** Set where the block belongs to one sub-unit. A code printed once per unit stays one row per unit. */
  unit?: string;
  src: SourceRef;
}

/** 部门预算基本支出预算表: basic spending of each sub-unit by category (人员支出, 公用经费 …). */
export interface BasicByUnitRow {
  unit: string;
  unitName: string;
  category: string;
  amount: Amount;
  src: SourceRef;
}

export interface Unit {
  /** 单位编码 as printed ("550004", "190001"); "" where the document prints none. */
  code: string;
  name: string;
  /** 单位类别 where printed (行政单位, 公益一类事业单位, 参公事业单位). */
  kind?: string;
  /** Totals printed for this unit where a table gives them. */
  total?: Amount;
  basic?: Amount;
  project?: Amount;
  src: SourceRef;
}

export interface Project {
  /** Stable id within the budget: "p01", "p02", … in printed order. */
  id: string;
  name: string;
  unit?: string;
  unitName?: string;
  /** 项目类别 where printed (经常性专项, 一次性专项, 经济和社会发展类 …). */
  category?: string;
  /** 功能分类 code of the project where printed. */
  functionalCode?: string;
  amount: Amount;
  /** Funding split where printed, by income source. */
  funding?: Partial<Record<IncomeKey, Amount>>;
  content?: string;
  targets?: string;
  indicators?: string;
  /** The lines of the amount and the name. */
  src: SourceRef;
  /** The whole printed row where it is longer (项目内容 and 绩效目标 over many lines). */
  textSrc?: SourceRef;
}

/**
 * 三公经费. Only the total is always printed: 003's 2017 table has no 公务用车购置及运行费 column and
 * prints blank cells where nothing is budgeted, so a part not printed is absent, never "0.00".
 */
export interface ThreePublicFigures {
  total?: Amount;
  outbound?: Amount; // 因公出国（境）
  vehicle?: Amount; // 公务用车购置及运行(维护)费
  vehiclePurchase?: Amount; // 公务用车购置费
  vehicleOperation?: Amount; // 公务用车运行(维护)费
  reception?: Amount; // 公务接待费
  /** 会议费 where printed. */
  meeting?: Amount;
  /** 行政经费 / 机关运行经费 where printed in the table. */
  adminCost?: Amount;
}

export interface ThreePublic extends ThreePublicFigures {
  total: Amount;
  /** Set where the 三公 table prints another unit than the budget (often 万元 inside a 元 document). */
  unit?: MoneyUnit;
  /** Prior-year (2016) figures where printed (003 表十). */
  prior?: ThreePublicFigures;
  src: SourceRef;
}

export interface Procurement {
  total: Amount;
  goods?: Amount;
  works?: Amount;
  services?: Amount;
  /** Where goods/works/services are printed (their own rows, not the 合计 row of `src`). */
  partsSrc?: Partial<Record<'goods' | 'works' | 'services', SourceRef>>;
  items: { unit?: string; project?: string; name: string; quantity?: string; measure?: string; amount: Amount; src: SourceRef }[];
  src: SourceRef;
}

/** A figure stated in the prose (第三部分 部门预算安排情况说明), to be checked against the tables. */
export interface NarrativeFigure {
  key: string; // e.g. "total", "income.generalPublic", "threePublic.total", "procurement.total"
  label: string;
  amount: Amount;
  src: SourceRef;
}

export interface GlossaryEntry {
  term: string;
  definition: string;
  src: SourceRef;
}

export type CheckCode =
  | 'INCOME_EQUALS_EXPENDITURE'
  | 'BASIC_PLUS_PROJECT'
  | 'ROW_BASIC_PLUS_PROJECT'
  | 'FUNCTIONAL_CHILDREN_SUM'
  | 'FUNCTIONAL_TOTAL'
  | 'ECONOMIC_SUM_BASIC'
  | 'ECONOMIC_SUM_PROJECT'
  | 'ECONOMIC_CHILDREN_SUM'
  | 'PROJECTS_SUM'
  | 'UNITS_SUM'
  | 'INCOME_LINES_SUM'
  | 'THREE_PUBLIC_PARTS'
  | 'PROCUREMENT_PARTS'
  | 'PROCUREMENT_WITHIN_BUDGET'
  | 'FUND_MATCHES_INCOME'
  | 'NARRATIVE_MATCHES_TABLE'
  | 'TABLES_AGREE'
  | 'FUNCTIONAL_MATCHES_ECONOMIC'
  | 'ECONOMIC_MATCHES_BASIC'
  | 'FINAL_TOTALS';

export interface Check {
  code: CheckCode;
  /**
   * 'rounding': the figures differ by no more than the printing precision of the parts added up (0.01
   * per part in a 万元 table with two decimals, 1 元 per part in whole 元): a rounding note, counted and
   * shown apart, never as a contradiction. 'fail': a real contradiction.
   */
  status: 'pass' | 'rounding' | 'fail';
  /** Plain-language statement in Chinese, built by the message catalog (src/normalizer/messages.ts). */
  message: string;
  /** What the rule expects (e.g. the printed total) and what the parts add up to. */
  expected: Amount;
  actual: Amount;
  /** expected − actual, exact. */
  difference: Amount;
  /** The tables and lines involved. */
  refs: SourceRef[];
  /** The subject of the check where there is one: a code, a unit, a project id. */
  subject?: string;
  /**
   * What the check compares, as data, so that the app words it in each language (src/app/i18n): the
   * parts and the whole, by what they are. Keys by code — table (a table key), fund (IncomeKey), unit
   * (单位 code or name), code and name (a classification line as printed), column ('total' | 'basic' |
   * 'project'), side ('income' | 'expenditure'), part ('total' | 'vehicle'), scope (which total), source
   * ('table' | 'narrative'), label (a figure's printed label), key (a printed figure's key).
   */
  params: CheckParams;
}

export type CheckParams = Partial<
  Record<
    | 'table'
    | 'fund'
    | 'unit'
    | 'code'
    | 'name'
    | 'column'
    | 'side'
    | 'part'
    | 'scope'
    | 'source'
    | 'label'
    | 'key'
    | 'otherTable'
    | 'economicCode'
    | 'economicName'
    | 'spending'
    | 'category',
    string
  >
>;

export interface PrintedTotal {
  key: string;
  amount: Amount;
  src: SourceRef;
}

/** Damage in the source text that the reader should know about (a table page lost in extraction). */
export interface SourceIssue {
  code: string;
  /** In Chinese, for the reader. */
  message: string;
  src?: SourceRef;
}

/**
 * A part of the document's text that figures cite besides its tables: the prose that states the budget
 * (narrative figures cite key "narrative") and the 名词解释 (glossary entries cite key "glossary").
 */
export interface TextSection {
  key: 'narrative' | 'glossary';
  /** The section's heading as printed (第三部分 部门预算安排情况说明, 名词解释). */
  title: string;
  lines: [number, number];
}

export interface AppliedCorrection {
  table: string;
  line: number;
  printed: string;
  corrected: string;
  reason: string;
}

/** The money unit a table prints (单位：元 / 单位：万元). 1 万元 = 10,000 元. */
export type MoneyUnit = '元' | '万元';

/**
 * What a document is: 部门预算 (a department's budget, all its units), 单位预算 (one unit's budget),
 * 部门决算 (a department's final account: what was actually received and spent).
 */
export type DocumentKind = 'budget' | 'unitBudget' | 'final';

/**
 * How a document was read, detected once from its own text (src/normalizer/profile.ts) and kept so that a
 * reader can see it: kind, unit, region, and the extraction style of its text.
 */
export interface DocumentProfile {
  kind: DocumentKind;
  /** The unit of the expenditure table (the budget's figures); tables printing another unit say so. */
  unit: MoneyUnit;
  /** Province-level or city name as printed at the start of the department name (上海市, 广州市). */
  city: string;
  /** 区/县 where the department belongs to one ("普陀区"); "" for a city-level department. */
  district: string;
  /**
   * The extraction style of the tables: 'aligned' (columns kept by spaces or tabs, blank cells visible by
   * position), 'flow' (cells separated by single spaces, blank cells dropped), 'cellPerLine' (one table
   * cell per line).
   */
  style: 'aligned' | 'flow' | 'cellPerLine';
  /** The printed template family ('national' for the national 部门预算/决算 table set; else the local one). */
  template: string;
}

/**
 * 决算 only: the final account's own totals, kept apart (收入支出决算总表): 年初结转和结余 (carried in),
 * 本年收入合计, 本年支出合计, 结余分配, 年末结转和结余 (carried out), 总计.
 */
export interface FinalAccountTotals {
  incomeThisYear: Amount;
  spendingThisYear: Amount;
  carriedIn?: Amount;
  carriedOut?: Amount;
  surplusDistribution?: Amount;
  nonFiscalSurplusUsed?: Amount;
  grandTotal?: Amount;
  src: SourceRef;
}

export interface Budget {
  schemaVersion: 1;
  id: string;
  /** The department's id (data/departments.json, or derived from its printed name and region). */
  departmentId: string;
  source: string;
  department: string;
  region: string;
  year: number;
  /** 部门预算 / 单位预算 / 部门决算. */
  kind: DocumentKind;
  /** The unit every figure of this budget is printed in, unless its table says otherwise. */
  unit: MoneyUnit;
  profile: DocumentProfile;
  /** 决算 only. */
  finalTotals?: FinalAccountTotals;
  /** Where this budget is itself a unit of another budget (000 inside 001): never add them together. */
  partOf?: { budget: string; unitCode: string };
  units: Unit[];
  income: IncomeLine[];
  /** Income total as printed (收入总计). */
  incomeTotal: Amount;
  expenditure: Expenditure;
  /** 功能分类, department-wide, all funds (支出总体情况表 / 支出预算总表), plus per-unit rows where printed. */
  functional: FunctionalRow[];
  /**
   * The same classification restricted to one fund where the document prints it: 一般公共预算 (表6/表5),
   * 政府性基金 (表7/表9/表八), 国有资本经营 (表10). Lets a reader see which money pays for which function.
   */
  functionalByFund: { fund: IncomeKey; rows: FunctionalRow[]; src: SourceRef }[];
  economic: EconomicRow[];
  basicByUnit: BasicByUnitRow[];
  projects: Project[];
  threePublic?: ThreePublic;
  procurement?: Procurement;
  narrative: NarrativeFigure[];
  glossary: GlossaryEntry[];
  /**
   * Totals and subtotals the tables print that are not rows of the lists above (合计 rows, unit and
   * category subtotals, the other side of a summary table), keyed like "projects.total" or
   * "expenditure.unit.190001.total". The checks compare them; the app can show them.
   */
  printedTotals: PrintedTotal[];
  checks: Check[];
  /** The text sections cited by narrative and glossary figures (their SourceRef.table is the key). */
  sections: TextSection[];
  corrections: AppliedCorrection[];
  /** What the normalizer could not read because the source text lost it (never a contradiction: see checks). */
  sourceIssues: SourceIssue[];
  tables: BudgetTable[];
}

export interface BudgetIndexEntry {
  id: string;
  departmentId: string;
  source: string;
  department: string;
  region: string;
  year: number;
  kind: DocumentKind;
  /** The unit of `total` (and of every figure of the budget). */
  unit: MoneyUnit;
  total: Amount;
  file: string;
  partOf?: { budget: string; unitCode: string };
  /** Budgets whose department is a unit of this one. */
  contains?: string[];
  /** failed: contradictions; rounding: differences within the printing precision (shown apart). */
  checks: { passed: number; failed: number; rounding: number };
  /** How many source issues (what the source text lost or garbled) the budget lists. */
  sourceIssues: number;
}

export interface BudgetIndex {
  schemaVersion: 1;
  budgets: BudgetIndexEntry[];
  /**
   * data/crosswalk.json as checked by the normalizer: classification names across years and moves, for
   * the compare page (the app reads only public/data).
   */
  crosswalk: Crosswalk;
}

/** 功能分类 code, 部门预算经济分类 code, or an income source key (IncomeLine.key) for 'income'. */
export type CrosswalkScheme = 'functional' | 'economic' | 'income';

export interface CrosswalkName {
  /** As printed (without a list ordinal such as "一、"). */
  name: string;
  /** Budget years whose documents print this name. */
  years: number[];
  /** A printing error, not the classification's name in those years. */
  misprint?: boolean;
}

export interface CrosswalkEntry {
  scheme: CrosswalkScheme;
  code: string;
  names: CrosswalkName[];
  reason: string;
}

/** The same name printed under another code from some year on (a 项 moved to another 款). */
export interface CrosswalkMove {
  scheme: CrosswalkScheme;
  name: string;
  from: { code: string; years: number[] };
  to: { code: string; years: number[] };
  reason: string;
}

export interface Crosswalk {
  entries: CrosswalkEntry[];
  moves: CrosswalkMove[];
}
