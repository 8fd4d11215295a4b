/**
 * What one Sankey node draws: its bar (hatched where the document does not itemise it, 来源未细分, or where it
 * is a 差额), the sources folded into it, the band-free lane its label sits in, and the label (name lines,
 * amount, folded sources; a name cut short keeps its full text in a <title>). Shared by the live chart
 * (SankeyNodes, which wraps each node in its focusable <g>) and the static SVG the build renders
 * (SankeyStaticSvg): one drawing of a node, wherever it is shown.
 *
 * Colours, the label's halo and the lane's tint are presentation attributes: the page's CSS
 * (SankeyView.module.css, given through `classes`) wins over them in the app; an SVG without that CSS (a
 * static page, whose CSP refuses style attributes) still draws the same.
 */
import { IMBALANCE, isHatched } from '../palette';
import type { SankeyNodeItem } from './computeSankey';
import type { SankeyHatchKind } from './SankeyHatches';

export interface SankeyNodeClasses {
  lane?: string | undefined;
  label?: string | undefined;
  labelAmount?: string | undefined;
  labelSegment?: string | undefined;
}

/** The CSS's colours (tokens.css --color-ink, --color-text-2, --color-card), for an SVG drawn without it. */
const INK = '#1a1a1a';
const TEXT_2 = '#444';
const HALO = '#fff';
const BAR_STROKE = 'rgba(0,0,0,0.45)';
/** The lane is lighter than a band, so the text on it stays dark on light (.lane). */
const LANE_OPACITY = 0.2;

export interface SankeyNodeShapeProps {
  item: SankeyNodeItem;
  fontSize: number;
  lineHeight: number;
  patternId: (kind: SankeyHatchKind) => string;
  classes?: SankeyNodeClasses;
}

export function SankeyNodeShape({ item, fontSize, lineHeight, patternId, classes = {} }: SankeyNodeShapeProps) {
  const { node, box } = item;
  const h = Math.max(1, box.y1 - box.y0);
  const hatched = isHatched(node);
  const fill = hatched ? `url(#${patternId(node.kind === 'gap' ? 'gap' : 'unitemised')})` : item.color;
  const firstBaseline = item.labelTop + lineHeight - (lineHeight - fontSize) / 2 - 1;
  return (
    <>
      <rect
        x={box.x0}
        y={box.y0}
        width={box.x1 - box.x0}
        height={h}
        fill={fill}
        stroke={box.imbalance ? IMBALANCE.hatchLine : hatched ? item.color : BAR_STROKE}
        strokeWidth={box.imbalance ? 2 : undefined}
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
          stroke={BAR_STROKE}
          data-testid={`sankey-segment-${seg.node.id}`}
          data-amount={seg.link.amount}
        />
      ))}
      {item.lane > 0 ? (
        // The band-free lane the outgoing bands start after: the flow continues through it, behind the label.
        <rect
          className={classes.lane}
          x={box.x1}
          y={box.y0}
          width={item.lane}
          height={h}
          fill={item.color}
          fillOpacity={LANE_OPACITY}
          data-testid="sankey-lane"
        />
      ) : null}
      <text
        className={classes.label}
        data-testid="sankey-label"
        x={item.labelX}
        y={firstBaseline}
        fontSize={fontSize}
        fill={INK}
        stroke={HALO}
        strokeWidth={3}
        strokeLinejoin="round"
        paintOrder="stroke"
      >
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
            className={classes.labelAmount}
            data-testid="sankey-label-amount"
            x={item.labelX}
            dy={lineHeight}
            fill={TEXT_2}
          >
            {line}
          </tspan>
        ))}
        {item.segments.flatMap((seg) =>
          seg.lines.map((line, i) => (
            <tspan
              key={`${seg.node.id}-${line}`}
              className={classes.labelSegment}
              data-testid="sankey-label-segment"
              x={item.labelX}
              dy={lineHeight}
              fill={TEXT_2}
            >
              {i === 0 ? '▪ ' : '  '}
              {line}
            </tspan>
          )),
        )}
      </text>
    </>
  );
}
