/** The head of a drillable table: one sort button per column (ascending, descending, unsorted), aria-sort said. */
import type { Table } from '@tanstack/react-table';
import type { ColumnSpec, TableRow } from '../model/tableRows';
import { cellClass } from './tableColumns';
import { columnLabel, type TableWords } from './words';
import styles from './DataTable.module.css';

export interface TableHeadProps {
  table: Table<TableRow>;
  specs: ReadonlyMap<string, ColumnSpec>;
  t: TableWords;
}

export function TableHead({ table, specs, t }: TableHeadProps) {
  return (
    <thead>
      {table.getHeaderGroups().map((hg) => (
        <tr key={hg.id}>
          {hg.headers.map((h) => {
            const spec = specs.get(h.column.id);
            const sorted = h.column.getIsSorted();
            const numeric = spec?.kind === 'amount' || spec?.kind === 'share';
            return (
              <th
                key={h.id}
                scope="col"
                className={spec ? cellClass(spec) : numeric ? styles.num : undefined}
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
              >
                <button type="button" className={styles.sort} onClick={h.column.getToggleSortingHandler()} data-testid={`tables-sort-${h.column.id}`}>
                  {spec ? columnLabel(spec.label, t, spec.incomeKey) : h.column.id}
                  <span className={styles.sortMark} aria-hidden="true">
                    {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                  </span>
                </button>
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}
