import { nodeShare, measureValue, type Measure, type TreeNode } from '../../model/tree';
import { formatAmount, formatDifference, formatShare } from '../../model/format';
import type { SourceRef } from '../../model/types';
import { withSign } from '../../model/displayAmount';
import type { TreemapWords } from './words';
import { sumBasis } from '../../model/sumBasis';
import type { TreemapCell } from './useTreemap';
import { ChartTooltip } from '../ChartTooltip';
import styles from './TreemapTooltip.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

interface Props {
  cell: TreemapCell;
  focus: TreeNode;
  root: TreeNode;
  measure: Measure;
  t: TreemapWords;
  /** The unit after each amount ("万元", "yuan"). */
  unitLabel: string;
  /** "表六 一般公共预算支出预算表 · 第 571 行" */
  describeSrc: (src: SourceRef) => string;
  printedName: string | null;
  /** Pinned by a tap: stays open and offers a drill button. */
  pinned: boolean;
  x: number;
  y: number;
  boxWidth: number;
  boxHeight: number;
  onDrill(): void;
  onClose(): void;
}

/** Details of one cell, on hover, keyboard focus or tap. */
export function TreemapTooltip({
  cell,
  focus,
  root,
  measure,
  t,
  unitLabel,
  describeSrc,
  printedName,
  pinned,
  x,
  y,
  boxWidth,
  boxHeight,
  onDrill,
  onClose,
}: Props) {
  const node = cell.node;
  return (
    <ChartTooltip
      x={x}
      y={y}
      boxWidth={boxWidth}
      boxHeight={boxHeight}
      maxWidth={272}
      align="start"
      className={cx(styles.tooltip, pinned && styles.pinned)}
      role={pinned ? 'dialog' : 'tooltip'}
      aria-label={cell.name}
      data-testid="treemap-tooltip"
      onPointerDown={(e) => e.stopPropagation()}
    >
      <p className={styles.name}>
        {node?.code && node.level !== 'project' ? <span className={styles.code}>{node.code} </span> : null}
        {cell.name}
      </p>
      {printedName ? <p className={styles.printed}>{printedName}</p> : null}
      {node ? (
        <>
          <p className={styles.level}>{t.levels[node.level]}</p>
          <dl className={styles.figures}>
            {(['total', 'basic', 'project'] as const)
              .filter((m) => measureValue(node, m) !== null && (m === measure || node.level !== 'project'))
              .map((m) => (
                <div key={m} className={m === measure ? styles.current : undefined}>
                  <dt>{t.measures[m]}</dt>
                  <dd>
                    {(t.formatAmount ?? formatAmount)(measureValue(node, m) ?? '')} {unitLabel}
                  </dd>
                </div>
              ))}
            <div>
              <dt>{t.shareOfParent}</dt>
              <dd>{formatShare(nodeShare(node, focus, measure))}</dd>
            </div>
            {focus !== root ? (
              <div>
                <dt>{t.shareOfAll}</dt>
                <dd>{formatShare(nodeShare(node, root, measure))}</dd>
              </div>
            ) : null}
          </dl>
          {sumBasis(node, measure).basis !== 'printed' ? (
            <p className={styles.note} data-testid="treemap-basis-note">
              {t.treemapMore.basisNote(sumBasis(node, measure))}
            </p>
          ) : null}
          {node.difference[measure] !== null ? (
            <p className={styles.note}>
              {t.checkDifference}: {withSign(node.difference[measure] ?? '0', t.formatAmount ?? formatDifference)} {unitLabel}
            </p>
          ) : null}
          {node.src ? (
            <p className={styles.src}>
              {t.source}: {describeSrc(node.src)}
            </p>
          ) : null}
        </>
      ) : (
        <>
          <dl className={styles.figures}>
            <div className={styles.current}>
              <dt>{t.measures[measure]}</dt>
              <dd>
                {cell.amount} {unitLabel}
              </dd>
            </div>
            <div>
              <dt>{t.shareOfParent}</dt>
              <dd>{cell.share}</dd>
            </div>
          </dl>
          <p className={styles.note}>{t.gapHelp}</p>
        </>
      )}
      {pinned ? (
        <div className={styles.actions}>
          {cell.drillable ? (
            <button type="button" className={cx(ui.button, ui.small)} onClick={onDrill} data-testid="treemap-tooltip-drill">
              {t.drillIn} →
            </button>
          ) : null}
          <button type="button" className={cx(ui.button, ui.small, ui.secondary)} onClick={onClose}>
            {t.close}
          </button>
        </div>
      ) : null}
    </ChartTooltip>
  );
}
