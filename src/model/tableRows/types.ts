/**
 * The shape of a drillable table (功能分类 / 经济分类 / 单位 / 项目) as the table component renders it.
 */
import type { Amount, IncomeKey, SourceRef } from '../types';
import type { Dec } from '../decimal';

export type TableId = 'functional' | 'economic' | 'units' | 'projects';
export const TABLE_IDS: readonly TableId[] = ['functional', 'economic', 'units', 'projects'];

export interface AmountCell {
  amount: Amount;
  src?: SourceRef;
  /** True where the document prints no such figure and it is an exact sum (of the rows below, or see `over`). */
  computed?: boolean;
  /**
   * What a computed figure adds up: 'units' — the document prints this code once per sub-unit (003 表三) and this
   * is their exact sum; 'projects' — a unit's 项目支出 as the sum of its projects (项目支出表); 'parts' — a unit's
   * 合计 as 基本支出 + 项目支出. Without it: the rows below.
   */
  over?: 'units' | 'projects' | 'parts';
  /** The printed lines a computed figure adds up, where they are not rows below it (a unit's projects). */
  refs?: SourceRef[];
}

export type RowKind = 'spending' | 'unit' | 'lei' | 'kuan' | 'xiang' | 'category' | 'project';

export interface TableRow {
  /** Stable id built from codes/keys (never an array index). */
  id: string;
  code: string;
  name: string;
  /** English name beside the printed `name` (data/names-en.json), where there is one. */
  nameEn?: string;
  kind: RowKind;
  depth: number;
  /** Amount columns by key (total/basic/project, amount, funding_<key>); null where not applicable. */
  amounts: Record<string, AmountCell | null>;
  /** Text columns by key (govCode, unit, category, functionalCode, kind). */
  texts: Record<string, string>;
  /** Share of the main amount column in the totals row, exact; null where undefined. */
  share: Dec | null;
  /** Project details (项目内容, 绩效目标, 绩效指标) shown when the row is expanded. */
  detail?: { content?: string; targets?: string; indicators?: string };
  /** Amount columns nobody printed for this row and nothing computes: shown as 未列示 (not printed), never 0.00. */
  unlisted?: string[];
  subRows: TableRow[];
}

export type ColumnKind = 'code' | 'name' | 'text' | 'amount' | 'share';

export interface ColumnSpec {
  key: string;
  kind: ColumnKind;
  /** Label key for the view's dictionary (tables/strings.ts), or a literal printed name (funding columns). */
  label: string;
  /** An IncomeKey for funding columns, so that the view can name it in either language. */
  incomeKey?: IncomeKey;
}

export interface TotalCell {
  /** Exact sum of the column over the top-level rows. */
  sum: Amount;
  /** Some top-level rows have no figure in this column: the sum covers only those that do. */
  partial: boolean;
  /** A total the document prints for the same thing, with printed − sum. */
  printed?: { amount: Amount; src: SourceRef; difference: Amount | null };
}

export interface TableModel {
  id: TableId;
  columns: ColumnSpec[];
  /** The amount column that shares are of. */
  mainColumn: string;
  rows: TableRow[];
  totals: Record<string, TotalCell>;
  /** Sub-units to choose from where the table can be shown per unit (功能分类 per-unit rows). */
  unitOptions?: { key: string; name: string }[];
}

/** A sorted column: its key in the table model (total, basic, name …) and the direction (the URL keeps it). */
export interface TableSort {
  column: string;
  desc: boolean;
}
