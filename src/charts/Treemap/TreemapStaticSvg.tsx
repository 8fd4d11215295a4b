/**
 * A treemap level as a plain <svg> with nothing interactive (no handlers, focus or ARIA roles): what the
 * build renders to markup (react-dom/server) and hands to the image export's builder (svgExport.ts) for a
 * budget's preview image. Cells are drawn by the live chart's own TreemapCellShape, from computeTreemap.
 */
import { SVG_NS } from '../svgNamespace';
import { TreemapCellShape, TreemapHatch } from './TreemapCellShape';
import type { ComputedTreemap } from './useTreemap';

/** `title`: what the picture shows (the image's own title), for readers of the SVG who cannot see it. */
export function TreemapStaticSvg({ computed, title, hatchId = 'treemap-hatch' }: { computed: ComputedTreemap; title: string; hatchId?: string }) {
  const { width, height } = computed;
  return (
    <svg xmlns={SVG_NS} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <title>{title}</title>
      <defs>
        <TreemapHatch id={hatchId} />
      </defs>
      {computed.cells.map((cell) => (
        <g key={cell.key} transform={`translate(${cell.rect.x0},${cell.rect.y0})`}>
          <TreemapCellShape cell={cell} hatchId={hatchId} />
        </g>
      ))}
    </svg>
  );
}
