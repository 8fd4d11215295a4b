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
import type { Amount, AppliedCorrection, BudgetTable, DocumentKind, DocumentProfile, MoneyUnit, SourceIssue, SourceRef, TextSection } from './documentTypes';
import type {
  BasicByUnitRow,
  EconomicRow,
  Expenditure,
  FinalAccountTotals,
  FunctionalRow,
  GlossaryEntry,
  IncomeKey,
  IncomeLine,
  NarrativeFigure,
  PrintedTotal,
  Procurement,
  Project,
  ThreePublic,
  Unit,
} from './lineTypes';
import type { Crosswalk } from './crosswalkTypes';

export type * from './documentTypes';
export type * from './lineTypes';
export type * from './crosswalkTypes';

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

/** Which document a budget is: the fields a budget file and its catalog entry (index.json) share. */
export interface BudgetIdentity {
  /** The budget's id in links and file names (data/budgets/<id>.json). */
  id: string;
  /** The department's id (data/departments.json, or derived from its printed name and region). */
  departmentId: string;
  /** The source text's file name (data/sources/): the document every line reference points into. */
  source: string;
  /** The department's name as printed. */
  department: string;
  /** The district or city as printed in the department's name (海珠区, 普陀区 …). */
  region: string;
  /**
   * English names beside the printed Chinese (data/names-en.json, never replacing it): absent where the
   * file has none, and then the English interface shows the Chinese as printed.
   */
  departmentEn?: string;
  regionEn?: string;
  /** The budget year (预算年度) or the year the final account covers (决算年度). */
  year: number;
  /** 部门预算 / 单位预算 / 部门决算. */
  kind: DocumentKind;
}

/** 原文出处: where the department itself publishes the document (an http(s) address from data/departments.json). */
export interface Publication {
  /** @pattern ^https?://[^\s]+$ */
  url: string;
}

export interface Budget extends BudgetIdentity {
  schemaVersion: 1;
  /** The department's own publication of this document, where departments.json states its address. */
  publication?: Publication;
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

export interface BudgetIndexEntry extends BudgetIdentity {
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
