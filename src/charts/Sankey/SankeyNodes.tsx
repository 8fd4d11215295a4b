/** Node bars with their labels (name lines + amount). Labels sit right of the bar; computeSankey made room. */
import type { SankeyNodeItem } from './computeSankey';
import { activationHandlers, type Highlight, type SankeyActive } from './highlight';
import { isHatched } from '../palette';
import styles from './SankeyView.module.css';
import { cx } from '../../styles/cx';

export interface SankeyNodesProps {
  nodes: SankeyNodeItem[];
  highlight: Highlight | null;
  fontSize: number;
  lineHeight: number;
  unit: string;
  patternId: (kind: 'unitemised' | 'gap') => string;
  part: number;
  onActive: (active: SankeyActive, pin?: boolean) => void;
  onLeave: () => void;
}

export function SankeyNodes({ nodes, highlight, fontSize, lineHeight, unit, patternId, part, onActive, onLeave }: SankeyNodesProps) {
  return (
    <g>
      {nodes.map((item) => {
        const { node, box } = item;
        const on = highlight ? highlight.nodes.has(node.id) : null;
        const active = { kind: 'node' as const, id: node.id, part };
        const h = Math.max(1, box.y1 - box.y0);
        const hatched = isHatched(node);
        const fill = hatched ? `url(#${patternId(node.kind === 'gap' ? 'gap' : 'unitemised')})` : item.color;
        const firstBaseline = item.labelTop + lineHeight - (lineHeight - fontSize) / 2 - 1;
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
            <rect
              x={box.x0}
              y={box.y0}
              width={box.x1 - box.x0}
              height={h}
              fill={fill}
              stroke={hatched ? item.color : 'rgba(0,0,0,0.45)'}
              strokeDasharray={node.kind === 'gap' || box.imbalance ? '3 2' : undefined}
            />
            <text className={styles.label} data-testid="sankey-label" x={item.labelX} y={firstBaseline} fontSize={fontSize}>
              {item.lines.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one wrapped label are identified by their position
                <tspan key={`l${i}`} x={item.labelX} dy={i === 0 ? 0 : lineHeight}>
                  {i === 0 && box.imbalance ? `⚠ ${line}` : line}
                </tspan>
              ))}
              {item.amountLines.map((line, i) => (
                <tspan
                  // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one wrapped amount are identified by their position
                  key={`a${i}`}
                  className={styles.labelAmount}
                  data-testid="sankey-label-amount"
                  x={item.labelX}
                  dy={lineHeight}
                >
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </g>
  );
}
