/**
 * Under the chart, what it says instead of drawing: each rounding gap (舍入差异, a difference within the printing
 * precision by the checks' own rule) as a sentence with a link to its check, and a dropped pass-through column.
 */
import { formatAmount } from '../../model/format';
import { dec, toAmount } from '../../model/decimal';
import { roundingCheckOf } from '../../model/sankeyGraph';
import type { Budget } from '../../model/types';
import type { SankeyChart } from './computeSankey';
import type { SankeyWords } from './words';
import styles from './SankeyView.module.css';

export interface SankeyReadNotesProps {
  chart: SankeyChart;
  budget: Budget;
  labels: Map<string, string>;
  t: SankeyWords;
  onShowCheck?: (roundingIndex: number) => void;
}

export function SankeyReadNotes({ chart, budget, labels, t, onShowCheck }: SankeyReadNotesProps) {
  const folds = chart.folded.flatMap((id) => {
    const fold = chart.parts.flatMap((p) => p.graph.folds).find((f) => f.node === id);
    if (!fold) return [];
    const sources = fold.segments.map(
      (s) =>
        chart.parts
          .flatMap((p) => p.nodes)
          .find((n) => n.node.id === id)
          ?.segments.find((x) => x.node.id === s.node.id)?.label ?? s.node.name,
    );
    return [{ id, text: t.read.folded(labels.get(id) ?? id, sources.join(t.read.foldedSep)) }];
  });
  if (chart.roundings.length === 0 && folds.length === 0) return null;
  // Rounding is about the printed digits: the figures below are as printed, so their unit is the printed one.
  const u = (t.printedUnitAfter ?? t.unitAfter)(budget.unit);
  return (
    <div className={styles.readNotes} data-testid="sankey-notes">
      {folds.map((f) => (
        <p key={f.id} data-testid="sankey-folded">
          {f.text}
        </p>
      ))}
      {chart.roundings.length > 0 ? (
        <ul className={styles.roundings}>
          {chart.roundings.map((r) => {
            const found = roundingCheckOf(budget.checks, r);
            const text = t.read.rounding(
              r.kind,
              labels.get(r.node) ?? r.node,
              formatAmount(r.expected),
              formatAmount(r.actual),
              formatAmount(toAmount(dec(r.difference).abs())),
              u,
            );
            return (
              <li key={`${r.kind}:${r.node}`} data-testid="sankey-rounding" data-node={r.node} data-difference={r.difference} data-unit={u}>
                {text}
                {found && onShowCheck ? (
                  <>
                    {' '}
                    <button type="button" className={styles.linkButton} data-testid="sankey-rounding-check" onClick={() => onShowCheck(found.index)}>
                      {t.read.roundingCheck}
                    </button>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
