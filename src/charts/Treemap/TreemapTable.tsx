import { nodeShare, measureValue, type Measure, type TreeNode } from '../../model/tree';
import { formatAmount, formatShare } from '../../model/format';
import type { TreemapWords } from './words';
import ui from '../../styles/ui.module.css';

interface Props {
  focus: TreeNode;
  measure: Measure;
  t: TreemapWords;
  amountHeader: string;
  caption: string;
  nameOf: (n: TreeNode) => string;
  gapAmount: string | null;
}

/**
 * Text alternative to the chart: every item of the level shown, including those too small (or zero) to
 * draw, as a table that screen readers read and that is visually hidden.
 */
export function TreemapTable({ focus, measure, t, amountHeader, caption, nameOf, gapAmount }: Props) {
  return (
    // The wrapper, not the table, is visually hidden: a table ignores width and would widen the page.
    <div className={ui.srOnly}>
      <table data-testid="treemap-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colCode}</th>
            <th scope="col">{t.colName}</th>
            <th scope="col">{amountHeader}</th>
            <th scope="col">{t.colShare}</th>
          </tr>
        </thead>
        <tbody>
          {focus.children.map((c) => {
            const v = measureValue(c, measure);
            return (
              <tr key={c.key}>
                <td>{c.level === 'project' ? '' : c.code}</td>
                <th scope="row">{nameOf(c)}</th>
                <td>{v === null ? '—' : (t.formatAmount ?? formatAmount)(v)}</td>
                <td>{formatShare(nodeShare(c, focus, measure))}</td>
              </tr>
            );
          })}
          {gapAmount !== null ? (
            <tr>
              <td />
              <th scope="row">{t.gapName}</th>
              <td>{gapAmount}</td>
              <td />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
