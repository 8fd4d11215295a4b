/**
 * The columns of a drillable table as @tanstack/react-table sees them (amounts sorted as exact decimals,
 * shares as decimals, names in Chinese collation), the name a row shows and the class of each cell.
 */
import type { ColumnDef } from '@tanstack/react-table';
import { compareCells, compareShares, type AmountCell, type ColumnSpec, type TableModel, type TableRow } from '../model/tableRows';
import type { Dec } from '../model/decimal';
import styles from './DataTable.module.css';

// The name as shown lives with the words (no CSS there): the build's static tables name rows the same way.
export { displayName } from './words';

export function buildColumns(model: TableModel): ColumnDef<TableRow>[] {
  return model.columns.map((c): ColumnDef<TableRow> => {
    switch (c.kind) {
      case 'code':
        return { id: c.key, accessorFn: (r) => r.code, sortingFn: 'alphanumeric' };
      case 'name':
        return { id: c.key, accessorFn: (r) => r.name, sortingFn: (a, b) => a.original.name.localeCompare(b.original.name, 'zh-Hans-CN') };
      case 'text':
        return { id: c.key, accessorFn: (r) => r.texts[c.key] ?? '', sortingFn: 'text' };
      case 'amount':
        return {
          id: c.key,
          accessorFn: (r) => r.amounts[c.key] ?? undefined,
          // Exact decimal order: "999.99" < "1000.00" (strings would say otherwise), no float rounding.
          sortingFn: (a, b, id) => compareCells(a.getValue<AmountCell | undefined>(id), b.getValue<AmountCell | undefined>(id)),
          sortUndefined: 'last',
          sortDescFirst: true,
        };
      case 'share':
        return {
          id: c.key,
          accessorFn: (r) => r.share ?? undefined,
          sortingFn: (a, b, id) => compareShares(a.getValue<Dec | undefined>(id) ?? null, b.getValue<Dec | undefined>(id) ?? null),
          sortUndefined: 'last',
          sortDescFirst: true,
        };
      default:
        throw new Error(`unknown column kind`);
    }
  });
}

/** Rows that stand out: 支出 lines and units in bold on a tint, 类 lines a little heavier. */
export const ROW_CLASS: Partial<Record<TableRow['kind'], string | undefined>> = { spending: styles.rowSpending, unit: styles.rowUnit, lei: styles.rowLei };

export function cellClass(spec: ColumnSpec): string | undefined {
  switch (spec.kind) {
    case 'amount':
    case 'share':
      return styles.num;
    case 'code':
      return styles.colCode;
    case 'name':
      return styles.nameCell;
    case 'text':
      // Text columns (unit names, categories) keep a width: on a phone they would wrap into very tall rows.
      return styles.textCell;
  }
}
