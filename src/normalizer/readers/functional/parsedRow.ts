/**
 * A 功能分类 table row once its layout is read: what the row is and its figures by column. Both the
 * one-line-per-row layouts (000/001/002/004) and the 2017 per-unit layout (003) come down to this.
 */
import type { Amount } from '../../../model/types';
import type { ColumnKey } from './columns';

export type RowKind =
  | 'total' // 合计 / 总计
  | 'group' // 单位类别 rows of a per-unit table: 行政单位, 参公事业单位, 公益一类事业单位
  | 'unit' // a sub-unit's own total row: "190001 广州市人民政府政务管理办公室"
  | 'functional'; // a 类/款/项 row, department-wide or (with unit) one sub-unit's

export interface ParsedRow {
  kind: RowKind;
  /** 功能分类 code (3, 5 or 7 digits) for functional rows. */
  code?: string;
  /** 单位编码 where the row belongs to (or is) one sub-unit. */
  unit?: string;
  /** As printed, joined across broken lines without spaces. */
  name: string;
  /** Figures by column, normalised; a column missing here was printed blank. */
  cells: Partial<Record<ColumnKey, Amount>>;
  lines: [number, number];
}
