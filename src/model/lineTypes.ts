/**
 * The lines a budget prints: income, expenditure, 功能分类 and 经济分类 rows, units, projects, 三公经费, procurement,
 * narrative figures, glossary, printed totals. Part of the data model (types.ts).
 */
import type { Amount, MoneyUnit, SourceRef } from './documentTypes';

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
  /** English name (data/names-en.json) beside the printed `name`; absent for a misprint or a wording without English. */
  nameEn?: string;
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
  /** English name (data/names-en.json) beside the printed `name`; absent for a misprint or a wording without English. */
  nameEn?: string;
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
  /** English name of the unit (data/names-en.json organisations) beside the printed `unitName`. */
  unitNameEn?: string;
  category: string;
  amount: Amount;
  src: SourceRef;
}

export interface Unit {
  /** 单位编码 as printed ("550004", "190001"); "" where the document prints none. */
  code: string;
  name: string;
  /** English name (data/names-en.json organisations) beside the printed `name`. */
  nameEn?: string;
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
  /** English name of the unit (data/names-en.json organisations) beside the printed `unitName`. */
  unitNameEn?: string;
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

export interface PrintedTotal {
  key: string;
  amount: Amount;
  src: SourceRef;
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
