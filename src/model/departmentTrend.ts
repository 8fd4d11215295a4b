/**
 * One department across its documents (部门): every budget and final account filed under its id (the
 * department keeps its id across names, data/departments.json), and a trend of 支出总计, 基本支出, 项目支出
 * and each 功能分类 类 over the years. Figures stay as printed with their unit; the trend meets in 万元,
 * converted exactly. A year with no document is missing — never 0 — and so is a 类 a document does not
 * print. Where a 类's printed name differs between years the names are kept, with the crosswalk's reason.
 */
import { nameEnField } from './englishName';
import type { Amount, BudgetIndex, BudgetIndexEntry, Crosswalk, DocumentKind, MoneyUnit } from './types';
import type { TrendInput } from './departmentFile';
import { convertAmount } from './units';
import { crosswalkEntry } from './crosswalk';

/** The department's documents, oldest first; a budget before the final account of the same year. */
export function departmentEntries(index: BudgetIndex, departmentId: string): BudgetIndexEntry[] {
  const order: Record<DocumentKind, number> = { budget: 0, unitBudget: 1, final: 2 };
  return index.budgets.filter((e) => e.departmentId === departmentId).sort((a, b) => a.year - b.year || order[a.kind] - order[b.kind]);
}

export interface TrendCell {
  printed: Amount;
  unit: MoneyUnit;
  /** The printed figure in 万元, exact (for the chart's one scale). */
  wan: Amount;
  /** True where the document prints no row and the figure is the exact sum of its units' rows (003). */
  computed: boolean;
}

export interface TrendRow {
  key: string;
  /** 'total' | 'basic' | 'project' for the headline figures, 'lei' for a 功能分类 类. */
  level: 'total' | 'basic' | 'project' | 'lei';
  code?: string;
  /** Names as printed, per document; more than one where the wording changed. */
  names: { budgetId: string; name: string; nameEn?: string }[];
  /** The crosswalk's reason where it knows the code (names across years). */
  reason?: string;
  /** One cell per document (column), null where that document does not print the line. */
  cells: (TrendCell | null)[];
}

export interface DepartmentTrend {
  /** One column per document, in order. */
  columns: BudgetIndexEntry[];
  /** Every year from the first document to the last: years without a document are gaps. */
  years: number[];
  rows: TrendRow[];
}

function cell(printed: Amount | null | undefined, unit: MoneyUnit, computed = false): TrendCell | null {
  if (printed === null || printed === undefined) return null;
  return { printed, unit, wan: convertAmount(printed, unit, '万元'), computed };
}

/** The trend from each document's figures (departmentFile.ts: trendInputOf, written at data time). */
export function departmentTrend(columns: readonly { entry: BudgetIndexEntry; input: TrendInput }[], crosswalk: Crosswalk): DepartmentTrend {
  const entries = columns.map((c) => c.entry);
  const first = entries[0]?.year;
  const last = entries.at(-1)?.year;
  const years = first === undefined || last === undefined ? [] : Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const headline = (level: 'total' | 'basic' | 'project'): TrendRow => ({
    key: level,
    level,
    names: [],
    cells: columns.map(({ input }) => cell(input.expenditure[level], input.unit)),
  });
  const rows: TrendRow[] = [headline('total'), headline('basic'), headline('project')];
  // 类 from each document's 功能分类 tree (printed rows, or the exact sum of its units' rows where only those are printed).
  const lei = new Map<string, TrendRow>();
  columns.forEach(({ entry, input }, i) => {
    for (const node of input.lei) {
      let row = lei.get(node.code);
      if (!row) {
        const reason = crosswalkEntry(crosswalk, 'functional', node.code)?.reason;
        row = { key: `lei:${node.code}`, level: 'lei', code: node.code, names: [], cells: columns.map(() => null), ...(reason ? { reason } : {}) };
        lei.set(node.code, row);
      }
      if (!row.names.some((n) => n.name === node.name)) row.names.push({ budgetId: entry.id, name: node.name, ...nameEnField(node.nameEn) });
      row.cells[i] = cell(node.total, input.unit, !node.printed);
    }
  });
  rows.push(...[...lei.values()].sort((a, b) => (a.code ?? '').localeCompare(b.code ?? '')));
  return { columns: entries, years, rows };
}
