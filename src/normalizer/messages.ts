/**
 * One catalog of the normalizer's warning and error codes with their message builders (vega-lite's
 * src/log/message.ts), so that tests assert exact codes and readers never invent wording.
 */
import type { SourceRef } from '../model/types';

export type WarningCode =
  | 'ROW_UNREAD' // a row with amounts that no reader could place
  | 'CELL_COUNT' // a row with fewer or more amounts than the table's columns
  | 'TABLE_EMPTY' // a table printed with no rows (本表本年无发生额)
  | 'TABLE_INCOMPLETE' // the source text lost part of a table (a page missing from the extraction)
  | 'TABLE_MISSING_FROM_TEXT' // the 目录 lists a table the text does not hold (cut off, a page lost)
  | 'TEXT_ENDS_IN_TABLE' // the text ends inside its last table, whose figures do not add up
  | 'ROWS_SHIFTED' // the extraction moved a table's figures against its rows: the table is kept raw only
  | 'COLUMNS_UNDECIDED' // flowing text dropped blank cells and the table's sums cannot tell which column a figure is in
  | 'TEXT_COLUMNS_MERGED' // a project's 项目内容/绩效目标 columns could not be told apart: kept together
  | 'CORRECTION_APPLIED'
  | 'CORRECTION_UNUSED'
  | 'NARRATIVE_MISSING';

export interface Warning {
  code: WarningCode;
  message: string;
  at?: SourceRef;
}

export type ErrorCode =
  | 'SOURCE_MISSING'
  | 'SOURCE_UNREADABLE'
  | 'NO_TABLES'
  | 'TABLE_MISSING'
  | 'TABLE_UNREADABLE'
  | 'META_MISSING'
  | 'CORRECTIONS_INVALID'
  | 'SCHEMA_INVALID'
  | 'WRITE_FAILED'
  | 'DEPARTMENTS_INVALID' // data/departments.json malformed or inconsistent (an unknown parent, a name under two departments)
  | 'CORRECTION_UNUSED'; // a correction for a document that is not in the sources folder

/** A failure that stops `npm run data`: says which document, table and line broke it. */
export class NormalizeError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly source: string,
    readonly detail: string,
    readonly at?: { table?: string; line?: number },
  ) {
    super(`${source}${at?.table ? ` ${at.table}` : ''}${at?.line ? ` line ${at.line}` : ''}: [${code}] ${detail}`);
    this.name = 'NormalizeError';
  }
}

export const warn = {
  rowUnread: (table: string, lines: [number, number], text: string): Warning => ({
    code: 'ROW_UNREAD',
    message: `row not understood, kept in the raw table only: ${text}`,
    at: { table, lines },
  }),
  cellCount: (table: string, lines: [number, number], expected: number, got: number): Warning => ({
    code: 'CELL_COUNT',
    message: `expected ${expected} amounts, found ${got}`,
    at: { table, lines },
  }),
  /** Shown to readers (Budget.sourceIssues): in Chinese. */
  tableIncomplete: (table: string, lines: [number, number], firstRow: string): Warning => ({
    code: 'TABLE_INCOMPLETE',
    message: `原文提取不完整：该表从“${firstRow}”一行开始，前面的行（包括合计行）在提取出的文字中缺失，无法核对该表合计。`,
    at: { table, lines },
  }),
  /** Shown to readers (Budget.sourceIssues): in Chinese. */
  columnsUndecided: (table: string, lines: [number, number], text: string): Warning => ({
    code: 'COLUMNS_UNDECIDED',
    message: `原文提取时丢失了空白单元格，表内合计也无法确定“${text}”一行的数字属于哪一列：该行只保留在原表数据中，不计入图表。`,
    at: { table, lines },
  }),
  /** Shown to readers (Budget.sourceIssues): in Chinese. */
  rowsShifted: (table: string, lines: [number, number], text: string): Warning => ({
    code: 'ROWS_SHIFTED',
    message: `原文提取时该表的数字与行错位：从“${text}”一行起，各行印着下面几行的数字（与部门支出表同一科目的数字对照可见）。该表只保留原始数据，不计入图表和核对。`,
    at: { table, lines },
  }),
  tableEmpty: (table: string, lines: [number, number]): Warning => ({
    code: 'TABLE_EMPTY',
    message: 'table printed without rows',
    at: { table, lines },
  }),
  correctionApplied: (table: string, line: number, printed: string, corrected: string): Warning => ({
    code: 'CORRECTION_APPLIED',
    message: `correction applied: ${JSON.stringify(printed)} → ${JSON.stringify(corrected)}`,
    at: { table, lines: [line, line] },
  }),
  correctionUnused: (source: string, line: number, printed: string): Warning => ({
    code: 'CORRECTION_UNUSED',
    message: `correction for ${source} line ${line} (${JSON.stringify(printed)}) matched nothing`,
  }),
  narrativeMissing: (key: string): Warning => ({ code: 'NARRATIVE_MISSING', message: `narrative figure not found: ${key}` }),
};
