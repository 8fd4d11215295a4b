/**
 * Words for a SourceRef: the table's printed number and title (looked up in Budget.tables by key), or the
 * heading of the text section it cites (Budget.sections), and the line range of the source text. Pure.
 */
import type { Budget, BudgetTable, SourceRef, TextSection } from '../model/types';
import type { Dict } from './i18n/dict';

export function findTable(budget: Budget, key: string): BudgetTable | null {
  return budget.tables.find((t) => t.key === key) ?? null;
}

/** A text section figures cite besides the tables (the prose stating the budget, 名词解释): Budget.sections. */
export function findSection(budget: Budget, key: string): TextSection | null {
  return budget.sections.find((s) => s.key === key) ?? null;
}

/** "表六 一般公共预算支出预算表" (the number as printed; a Chinese number gets 表 in front). */
export function tableName(budget: Budget, key: string, t: Dict): string {
  const table = findTable(budget, key);
  if (!table) return findSection(budget, key)?.title ?? t.unknownTable(key);
  const num = table.number.trim();
  const label = num === '' ? '' : num.startsWith('表') ? num : `表${num}`;
  return label ? `${label} ${table.title}` : table.title;
}

export function describeSrc(budget: Budget, src: SourceRef, t: Dict): string {
  return `${tableName(budget, src.table, t)} · ${t.provenanceLines(src.lines[0], src.lines[1])}`;
}
