/** Text alternative: every flow as a table row (visually hidden unless the reader asks to see it). */
import { formatAmount } from '../../model/format';
import type { SankeyGraphLink } from '../../model/sankeyGraph';
import type { MoneyUnit } from '../../model/types';
import type { SankeyPart } from './computeSankey';
import type { SankeyWords } from './words';
import styles from './SankeyView.module.css';
import ui from '../../styles/ui.module.css';

export function SankeyFlowTable({ parts, t, unit, visible }: { parts: SankeyPart[]; t: SankeyWords; unit: MoneyUnit; visible: boolean }) {
  const label = new Map(parts.flatMap((p) => p.nodes.flatMap((n) => [[n.node.id, n.label] as const, ...n.segments.map((s) => [s.node.id, s.label] as const)])));
  // Reading order: part by part, by the source's column, then the graph order (not the draw order, by width).
  const order = new Map<string, number>();
  parts.forEach((p, i) => {
    for (const f of p.graph.folds) for (const [j, s] of f.segments.entries()) order.set(s.node.id, i * 1e6 - 1000 + j);
    for (const n of p.graph.nodes) if (!order.has(n.id)) order.set(n.id, i * 1e6 + n.column * 1000 + n.order);
  });
  const unique = new Map<string, SankeyGraphLink>();
  // Flows into a folded pass-through node (drawn as its segments) are flows all the same: listed first.
  for (const p of parts) {
    for (const l of [...p.graph.folds.flatMap((f) => f.segments.map((s) => s.link)), ...p.graph.links]) if (!unique.has(l.id)) unique.set(l.id, l);
  }
  const links = [...unique.values()].sort(
    (a, b) => (order.get(a.source) ?? 0) - (order.get(b.source) ?? 0) || (order.get(a.target) ?? 0) - (order.get(b.target) ?? 0),
  );
  return (
    // The wrapper does the hiding (a <table> ignores width/overflow) and scrolls sideways when shown on a phone.
    <div className={visible ? styles.flowWrap : ui.srOnly}>
      <table className={styles.flowTable} data-testid="sankey-flow-table">
        <caption>{t.tableCaption(unit)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.from}</th>
            <th scope="col">{t.to}</th>
            <th scope="col">{t.amount(unit)}</th>
            <th scope="col">{t.basis}</th>
          </tr>
        </thead>
        <tbody>
          {links.map((l) => (
            <tr key={l.id}>
              <td>{label.get(l.source) ?? l.source}</td>
              <td>{label.get(l.target) ?? l.target}</td>
              <td className={styles.num}>{(t.formatAmount ?? formatAmount)(l.amount)}</td>
              <td>{t.derivation[l.derivation]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
