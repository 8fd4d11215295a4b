/**
 * Node bars with their labels (name lines + amount, then any folded sources), each drawn by SankeyNodeShape
 * inside a focusable <g> that lights up its path. Labels sit right of the bar: in
 * the last column in the reserved right margin, elsewhere in a lane that the node's outgoing bands start
 * after (computeSankey, layoutSankey's lanes), tinted in the node's colour so that bar, lane and bands read
 * as one flow; no band runs under a label. A name cut short keeps its full text in a <title>.
 */
import type { SankeyNodeItem } from './computeSankey';
import { activationHandlers, type Highlight, type SankeyActive } from './highlight';
import { SankeyNodeShape, type SankeyNodeClasses } from './SankeyNodeShape';
import type { SankeyHatchKind } from './SankeyHatches';
import styles from './SankeyView.module.css';
import { cx } from '../../styles/cx';

export interface SankeyNodesProps {
  nodes: SankeyNodeItem[];
  highlight: Highlight | null;
  fontSize: number;
  lineHeight: number;
  unit: string;
  patternId: (kind: SankeyHatchKind) => string;
  part: number;
  onActive: (active: SankeyActive, pin?: boolean) => void;
  onLeave: () => void;
}

/** The page's classes for what SankeyNodeShape draws (they win over its presentation attributes). */
const NODE_CLASSES: SankeyNodeClasses = { lane: styles.lane, label: styles.label, labelAmount: styles.labelAmount, labelSegment: styles.labelSegment };

export function SankeyNodes({ nodes, highlight, fontSize, lineHeight, unit, patternId, part, onActive, onLeave }: SankeyNodesProps) {
  return (
    <g>
      {nodes.map((item) => {
        const { node, box } = item;
        const on = highlight ? highlight.nodes.has(node.id) : null;
        const active = { kind: 'node' as const, id: node.id, part };
        return (
          <g
            key={node.id}
            className={cx(styles.node, on === true && styles.isOn, on === false && styles.isOff, box.imbalance && styles.isUnbalanced)}
            // A node repeated in the second part on a phone keeps its id with a suffix: test ids stay unique.
            data-testid={item.repeated ? `sankey-node-${node.id}--continued` : `sankey-node-${node.id}`}
            data-amount={node.amount}
            tabIndex={0}
            role="button"
            aria-label={`${item.label}: ${item.amountText} ${unit}`}
            {...activationHandlers(active, onActive, onLeave)}
          >
            <SankeyNodeShape item={item} fontSize={fontSize} lineHeight={lineHeight} patternId={patternId} classes={NODE_CLASSES} />
          </g>
        );
      })}
    </g>
  );
}
