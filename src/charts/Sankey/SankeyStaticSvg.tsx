/**
 * One part of a computed Sankey as a plain <svg> with nothing interactive (no handlers, focus or ARIA roles):
 * what the build renders to markup (react-dom/server) for a budget's static 资金流向 page. Bands and nodes are
 * drawn by the live chart's own SankeyLinkShape and SankeyNodeShape, from computeSankey, so the page shows
 * the chart the app then draws in its place. Node and band test ids are the live chart's.
 */
import { SVG_NS } from '../svgNamespace';
import type { SankeyPart } from './computeSankey';
import { SankeyHatches, type SankeyHatchKind } from './SankeyHatches';
import { SankeyLinkShape } from './SankeyLinkShape';
import { SankeyNodeShape } from './SankeyNodeShape';

export interface SankeyStaticSvgProps {
  part: SankeyPart;
  fontSize: number;
  lineHeight: number;
  /** What the picture shows, for readers of the SVG who cannot see it. */
  title: string;
  /** Unique in the page: the part's hatch patterns are named after it (two charts in one page each need their own). */
  idPrefix: string;
}

export function SankeyStaticSvg({ part, fontSize, lineHeight, title, idPrefix }: SankeyStaticSvgProps) {
  const patternId = (kind: SankeyHatchKind) => `${idPrefix}-hatch-${kind}`;
  return (
    <svg xmlns={SVG_NS} width={part.width} height={part.height} viewBox={`0 0 ${part.width} ${part.height}`} data-part={part.key}>
      <title>{title}</title>
      <SankeyHatches patternId={patternId} />
      <g>
        {part.links.map((item) => (
          <g key={item.link.id} data-testid={`sankey-link-${item.link.source}-${item.link.target}`} data-amount={item.link.amount}>
            <SankeyLinkShape item={item} />
          </g>
        ))}
      </g>
      <g>
        {part.nodes.map((item) => (
          <g
            key={item.node.id}
            data-testid={item.repeated ? `sankey-node-${item.node.id}--continued` : `sankey-node-${item.node.id}`}
            data-amount={item.node.amount}
          >
            <SankeyNodeShape item={item} fontSize={fontSize} lineHeight={lineHeight} patternId={patternId} />
          </g>
        ))}
      </g>
    </svg>
  );
}
