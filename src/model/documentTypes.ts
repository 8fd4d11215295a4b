/**
 * The document's own structure: amounts, source references, tables as printed, and how the document was read
 * (profile). Part of the data model (types.ts).
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
