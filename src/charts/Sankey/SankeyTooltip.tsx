/**
 * The details of the active node or link: amount as printed, share of its source, how the figure is known
 * (printed / exact sum / budget balance / remainder) and where it is printed (table number and title, lines,
 * document), so that a reader can trace every figure.
 */
import type { ReactNode } from 'react';
import { share } from '../../model/decimal';
import { formatAmount, formatShare } from '../../model/format';
import { groupSourceRefs } from '../../model/tableRows';
import type { Budget, SourceRef } from '../../model/types';
import type { SankeyPart } from './computeSankey';
import type { SankeyActive } from './highlight';
import { derivationText, noteText, sankeyStrings, type Lang } from './strings';
import styles from './SankeyTooltip.module.css';
import { cx } from '../../styles/cx';

export interface SankeyTooltipProps {
  budget: Budget;
  part: SankeyPart;
  active: NonNullable<SankeyActive>;
  lang: Lang;
  pinned: boolean;
  onClose: () => void;
}

const MAX_GROUPS = 3;

function Sources({ budget, refs, lang }: { budget: Budget; refs: SourceRef[]; lang: Lang }) {
  const t = sankeyStrings(lang, budget.unit);
  const groups = groupSourceRefs(budget, refs);
  if (groups.length === 0) return null;
  const shown = groups.slice(0, MAX_GROUPS);
  return (
    <div className={styles.src}>
      <span className={styles.k}>{t.sources}</span>
      <ul>
        {shown.map((g) => (
          <li key={g.table}>
            {[g.number, g.title].filter(Boolean).join(' ') || g.table}
            {'，'}
            {g.ranges
              .slice(0, 4)
              .map(([a, b]) => t.line(a, b))
              .join('、')}
            {g.ranges.length > 4 ? ` ${t.more(g.ranges.length - 4)}` : ''}
          </li>
        ))}
        {groups.length > MAX_GROUPS ? <li>{t.more(groups.length - MAX_GROUPS)}</li> : null}
      </ul>
      <div className={styles.doc}>{budget.source}</div>
    </div>
  );
}

export function SankeyTooltip({ budget, part, active, lang, pinned, onClose }: SankeyTooltipProps) {
  const t = sankeyStrings(lang, budget.unit);
  const label = (id: string) => part.nodes.find((n) => n.node.id === id)?.label ?? id;

  let body: ReactNode;
  let x = 0;
  let y = 0;
  if (active.kind === 'link') {
    const item = part.links.find((l) => l.link.id === active.id);
    if (!item) return null;
    const { link, geom } = item;
    const source = part.graph.nodes.find((n) => n.id === link.source);
    const pct = source ? share(link.amount, source.amount) : null;
    x = (geom.x0 + geom.x1) / 2;
    y = (geom.y0 + geom.y1) / 2;
    body = (
      <>
        <div className={styles.title}>
          {label(link.source)} → {label(link.target)}
        </div>
        <div className={styles.amount} data-testid="sankey-tooltip-amount">
          {formatAmount(link.amount)} <span className={styles.unit}>{t.wan}</span>
        </div>
        {source && pct !== null ? <div>{t.shareOf(label(source.id), formatShare(pct))}</div> : null}
        <div className={styles.basis}>{derivationText(link.derivation, lang)}</div>
        <Sources budget={budget} refs={link.refs} lang={lang} />
      </>
    );
  } else {
    const item = part.nodes.find((n) => n.node.id === active.id);
    if (!item) return null;
    const { node, box } = item;
    x = box.x1 + 6;
    y = (box.y0 + box.y1) / 2;
    const note = node.note ? noteText(node.note, lang) : null;
    body = (
      <>
        <div className={styles.title}>{item.label}</div>
        <div className={styles.amount} data-testid="sankey-tooltip-amount">
          {formatAmount(node.amount)} <span className={styles.unit}>{t.wan}</span>
        </div>
        {box.imbalance ? (
          <div className={styles.warn}>{t.imbalance(item.label, formatAmount(box.imbalance.inflow), formatAmount(box.imbalance.outflow))}</div>
        ) : null}
        {note ? <div className={styles.note}>{note.explain}</div> : null}
        <div className={styles.basis}>{derivationText(node.derivation, lang)}</div>
        <Sources budget={budget} refs={node.refs} lang={lang} />
      </>
    );
  }

  // Keep the box inside the chart: flip above the point in the lower half, clamp horizontally.
  const boxWidth = Math.min(280, part.width - 8);
  const left = Math.max(4, Math.min(x - boxWidth / 2, part.width - boxWidth - 4));
  const below = y < part.height / 2;
  return (
    <div
      className={cx(styles.tooltip, pinned && styles.isPinned)}
      data-testid="sankey-tooltip"
      role="status"
      onClick={(e) => e.stopPropagation()}
      style={{ left, width: boxWidth, top: below ? y + 14 : undefined, bottom: below ? undefined : part.height - y + 14 }}
    >
      {pinned ? (
        <button type="button" className={styles.close} onClick={onClose} aria-label={t.close}>
          ×
        </button>
      ) : null}
      {body}
    </div>
  );
}
