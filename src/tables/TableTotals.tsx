/**
 * The foot of a drillable table: the totals this site computes over exactly the rows of the table (each a
 * source-note button saying it is a sum), and where the document prints its own totals (合计), that row
 * with the difference — a printed total is never replaced by the computed one.
 */
import type { ReactNode } from 'react';
import { formatDifference, formatShare } from '../model/format';
import { withSign } from '../model/displayAmount';
import { hasPrintedTotals, totalsShare as totalsShareOf, type AmountCell, type TableModel } from '../model/tableRows';
import { cellClass } from './tableColumns';
import { columnLabel, type TableWords } from './words';
import styles from './DataTable.module.css';

export interface TableTotalsProps {
  model: TableModel;
  t: TableWords;
  /** The table's own amount button (it owns which source note is open). */
  amountButton: (key: string, cell: AmountCell, what: string, note?: string) => ReactNode;
}

export function TableTotals({ model, t, amountButton }: TableTotalsProps) {
  return (
    <tfoot data-testid="tables-totals">
      <tr className={styles.totals}>
        {model.columns.map((spec) => {
          const tc = model.totals[spec.key];
          if (spec.kind === 'name')
            return (
              <th key={spec.key} scope="row" className={cellClass(spec)}>
                {t.totals}
              </th>
            );
          if (spec.kind === 'share')
            return (
              <td key={spec.key} className={styles.num}>
                {formatShare(totalsShareOf(model))}
              </td>
            );
          if (spec.kind !== 'amount' || !tc) return <td key={spec.key} className={cellClass(spec)} />;
          return (
            <td key={spec.key} className={styles.num} data-testid={`tables-total-${spec.key}`} data-amount={tc.sum}>
              {amountButton(
                `total|${spec.key}`,
                { amount: tc.sum, computed: true },
                `${t.totals} · ${columnLabel(spec.label, t, spec.incomeKey)}`,
                t.totalNote,
              )}
              {tc.partial ? <div className={styles.partial}>{t.partial}</div> : null}
            </td>
          );
        })}
      </tr>
      {hasPrintedTotals(model) ? (
        <tr className={styles.printed}>
          {model.columns.map((spec) => {
            const p = model.totals[spec.key]?.printed;
            if (spec.kind === 'name')
              return (
                <th key={spec.key} scope="row" className={cellClass(spec)}>
                  {t.printedTotals}
                </th>
              );
            if (spec.kind !== 'amount' || !p) return <td key={spec.key} className={cellClass(spec)} />;
            return (
              <td key={spec.key} className={styles.num} data-testid={`tables-printed-${spec.key}`} data-amount={p.amount}>
                {amountButton(`printed|${spec.key}`, { amount: p.amount, src: p.src }, `${t.printedTotals} · ${columnLabel(spec.label, t, spec.incomeKey)}`)}
                {p.difference ? (
                  <div className={styles.diff} data-testid={`tables-difference-${spec.key}`}>
                    {t.difference} {withSign(p.difference, t.formatAmount ?? formatDifference)}
                  </div>
                ) : null}
              </td>
            );
          })}
        </tr>
      ) : null}
    </tfoot>
  );
}
