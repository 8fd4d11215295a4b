/**
 * Phase 4 — facts: what the readers of each table kind contribute to a budget.
 * Readers return partial facts; document.ts merges them in table order.
 */
import type { Budget, DocumentProfile, PrintedTotal, TableKind } from '../model/types';
import type { Result } from '../model/result';
import type { Row } from './rows';
import type { Document, TableBlock } from './segment';
import type { Warning } from './messages';

export type Facts = Partial<
  Pick<
    Budget,
    | 'units'
    | 'income'
    | 'incomeTotal'
    | 'expenditure'
    | 'functional'
    | 'functionalByFund'
    | 'economic'
    | 'basicByUnit'
    | 'projects'
    | 'threePublic'
    | 'procurement'
    | 'narrative'
    | 'glossary'
    | 'finalTotals'
  >
> & {
  /** Figures a table prints that other checks compare against (e.g. 表1's 本年支出合计), keyed by name. */
  printedTotals?: PrintedTotal[];
};

/** A total printed in one table, for the cross-table checks (TABLES_AGREE) of reconcile.ts. */
export type { PrintedTotal } from '../model/types';

export interface TableContext {
  doc: Document;
  /** How the document was extracted (profile.ts): readers of the national template use its style. */
  profile?: DocumentProfile;
  table: TableBlock;
  /** The table's logical rows (rows.ts). */
  rows: Row[];
  warn(w: Warning): void;
}

export type TableReader = (ctx: TableContext) => Result<Facts>;

export interface DocumentContext {
  doc: Document;
  tables: TableBlock[];
  warn(w: Warning): void;
}

/** Readers of prose (第三部分 说明, 名词解释) and of the document's identity. */
export type DocumentReader = (ctx: DocumentContext) => Result<Facts>;

export type ReaderRegistry = Partial<Record<TableKind, TableReader>>;
