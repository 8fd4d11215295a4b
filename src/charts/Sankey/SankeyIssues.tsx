/**
 * Where the source does not add up, say so above the chart: the Sankey shows it (gap nodes, ⚠ on an
 * unbalanced node) and this list gives the exact figures. Nothing is hidden or evened out.
 */
import { formatAmount, formatDifference } from '../../model/format';
import type { SankeyIssue } from '../../model/sankeyGraph';
import type { SankeyImbalance } from '../../layout/sankeyLayout';
import type { MoneyUnit } from '../../model/types';
import type { SankeyWords } from './words';
import styles from './SankeyView.module.css';

export interface SankeyIssuesProps {
  issues: SankeyIssue[];
  imbalances: SankeyImbalance[];
  labels: Map<string, string>;
  t: SankeyWords;
  unit: MoneyUnit;
}

export function SankeyIssues({ issues, imbalances, labels, t, unit }: SankeyIssuesProps) {
  if (issues.length === 0 && imbalances.length === 0) return null;
  return (
    <div className={styles.issues} role="note" data-testid="sankey-issues">
      <strong>{t.issuesTitle}</strong>
      <ul>
        {issues.map((i) => (
          <li key={`${i.code}:${i.subject ?? ''}`} data-code={i.code}>
            {t.issueLine(t.issues[i.code], i.subject, formatAmount(i.expected), formatAmount(i.actual), formatDifference(i.difference))}
          </li>
        ))}
        {imbalances.map((b) => (
          <li key={`imbalance:${b.id}`} data-code="IMBALANCE">
            ⚠ {t.imbalance(labels.get(b.id) ?? b.id, formatAmount(b.inflow), formatAmount(b.outflow), unit)}
          </li>
        ))}
      </ul>
    </div>
  );
}
