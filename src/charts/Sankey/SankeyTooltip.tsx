/**
 * The details of the active node or link: amount as printed, share of its source, how the figure is known
 * (printed / exact sum / budget balance / remainder) and where it is printed (table number and title, lines,
 * document), so that a reader can trace every figure.
 */
import type { ReactNode } from 'react';
import { linkShareOfSource } from '../../model/sankeyGraph';
import { formatAmount, formatShare } from '../../model/format';
import { groupSourceRefs } from '../../model/tableRows';
import type { Budget, SourceRef } from '../../model/types';
import type { SankeyPart } from './computeSankey';
import type { SankeyActive } from './highlight';
import type { SankeyWords } from './words';
import { ChartTooltip } from '../ChartTooltip';
import styles from './SankeyTooltip.module.css';
import { cx } from '../../styles/cx';

export interface SankeyTooltipProps {
  budget: Budget;
  part: SankeyPart;
  active: NonNullable<SankeyActive>;
  t: SankeyWords;
  pinned: boolean;
  onClose: () => void;
}

const MAX_GROUPS = 3;

function Sources({ budget, refs, t }: { budget: Budget; refs: SourceRef[]; t: SankeyWords }) {
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
            {t.listSep}
            {g.ranges
              .slice(0, 4)
              .map(([a, b]) => t.lines(a, b))
              .join(t.enumSep)}
            {g.ranges.length > 4 ? ` ${t.more(g.ranges.length - 4)}` : ''}
          </li>
        ))}
        {groups.length > MAX_GROUPS ? <li>{t.more(groups.length - MAX_GROUPS)}</li> : null}
      </ul>
      <div className={styles.doc}>{budget.source}</div>
    </div>
  );
}

export function SankeyTooltip({ budget, part, active, t, pinned, onClose }: SankeyTooltipProps) {
  const label = (id: string) => part.nodes.find((n) => n.node.id === id)?.label ?? id;

  let body: ReactNode;
  let x = 0;
  let y = 0;
  if (active.kind === 'link') {
    const item = part.links.find((l) => l.link.id === active.id);
    if (!item) return null;
    const { link, geom } = item;
    const source = part.graph.nodes.find((n) => n.id === link.source);
    const pct = linkShareOfSource(part.graph, link);
    x = (geom.x0 + geom.x1) / 2;
    y = (geom.y0 + geom.y1) / 2;
    body = (
      <>
        <div className={styles.title}>
          {label(link.source)} → {label(link.target)}
        </div>
        <div className={styles.amount} data-testid="sankey-tooltip-amount">
          {(t.formatAmount ?? formatAmount)(link.amount)} <span className={styles.unit}>{t.unitAfter(budget.unit)}</span>
        </div>
        {source && pct !== null ? <div>{t.shareOf(label(source.id), formatShare(pct))}</div> : null}
        <div className={styles.basis}>{t.derivation[link.derivation]}</div>
        <Sources budget={budget} refs={link.refs} t={t} />
      </>
    );
  } else {
    const item = part.nodes.find((n) => n.node.id === active.id);
    if (!item) return null;
    const { node, box } = item;
    x = box.x1 + 6;
    y = (box.y0 + box.y1) / 2;
    const note = node.note ? t.notes[node.note] : null;
    body = (
      <>
        <div className={styles.title}>{item.label}</div>
        {/* The printed Chinese beside an English name (data/names-en.json). */}
        {t.englishNames && node.nameEn && node.name ? (
          <div lang="zh-CN" data-printed-name="">
            {node.name}
          </div>
        ) : null}
        <div className={styles.amount} data-testid="sankey-tooltip-amount">
          {(t.formatAmount ?? formatAmount)(node.amount)} <span className={styles.unit}>{t.unitAfter(budget.unit)}</span>
        </div>
        {box.imbalance ? (
          <div className={styles.warn}>{t.imbalance(item.label, formatAmount(box.imbalance.inflow), formatAmount(box.imbalance.outflow), budget.unit)}</div>
        ) : null}
        {note ? <div className={styles.note}>{note.explain}</div> : null}
        <div className={styles.basis}>{t.derivation[node.derivation]}</div>
        <Sources budget={budget} refs={node.refs} t={t} />
      </>
    );
  }

  return (
    <ChartTooltip
      x={x}
      y={y}
      boxWidth={part.width}
      boxHeight={part.height}
      maxWidth={280}
      align="center"
      className={cx(styles.tooltip, pinned && styles.isPinned)}
      data-testid="sankey-tooltip"
      role="status"
      onClick={(e) => e.stopPropagation()}
    >
      {pinned ? (
        <button type="button" className={styles.close} onClick={onClose} aria-label={t.close}>
          ×
        </button>
      ) : null}
      {body}
    </ChartTooltip>
  );
}
