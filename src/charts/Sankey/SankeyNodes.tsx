/**
 * Node bars with their labels (name lines + amount, then any folded sources). Labels sit right of the bar: in
 * the last column in the reserved right margin, elsewhere in a lane that the node's outgoing bands start
 * after (computeSankey, layoutSankey's lanes), tinted in the node's colour so that bar, lane and bands read
 * as one flow; no band runs under a label. A name cut short keeps its full text in a <title>.
 */
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
            {item.segments.map((seg) => (
              // A source folded into this node (its column was a mere pass-through): one stacked part of the bar.
              <rect
                key={seg.node.id}
                x={box.x0}
                y={seg.y0}
                width={box.x1 - box.x0}
                height={Math.max(1, seg.y1 - seg.y0)}
                fill={seg.color}
                stroke="rgba(0,0,0,0.45)"
                data-testid={`sankey-segment-${seg.node.id}`}
                data-amount={seg.link.amount}
              />
            ))}
            {item.lane > 0 ? (
              // The band-free lane the outgoing bands start after: the flow continues through it, behind the label.
              <rect className={styles.lane} x={box.x1} y={box.y0} width={item.lane} height={h} fill={item.color} data-testid="sankey-lane" />
            ) : null}
            <text className={styles.label} data-testid="sankey-label" x={item.labelX} y={firstBaseline} fontSize={fontSize}>
              {item.truncated ? <title>{item.label}</title> : null}
              {item.lines.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one wrapped label are identified by their position
                <tspan key={`l${i}`} x={item.labelX} dy={i === 0 ? 0 : lineHeight}>
                  {line}
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
              {item.segments.flatMap((seg) =>
                seg.lines.map((line, i) => (
                  <tspan key={`${seg.node.id}-${line}`} className={styles.labelSegment} data-testid="sankey-label-segment" x={item.labelX} dy={lineHeight}>
                    {i === 0 ? '▪ ' : '  '}
                    {line}
                  </tspan>
                )),
              )}
            </text>
          </g>
        );
      })}
    </g>
  );
}
