/**
 * The two hatches of the Sankey: grey for 来源未细分 (a flow the document does not break down), vermillion
 * for a 差额 node (the source's figures do not balance). Shared by the live chart (SankeyView) and the static
 * SVG the build renders (SankeyStaticSvg): `patternId` must be unique in the page.
 */
import { IMBALANCE, UNITEMISED } from '../palette';

export type SankeyHatchKind = 'unitemised' | 'gap';

export function SankeyHatches({ patternId }: { patternId: (kind: SankeyHatchKind) => string }) {
  return (
    <defs>
      <pattern id={patternId('unitemised')} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill={UNITEMISED.hatchGround} />
        <line x1="0" y1="0" x2="0" y2="6" stroke={UNITEMISED.hatchLine} strokeWidth="2" />
      </pattern>
      <pattern id={patternId('gap')} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <rect width="6" height="6" fill={IMBALANCE.hatchGround} />
        <line x1="0" y1="0" x2="0" y2="6" stroke={IMBALANCE.hatchLine} strokeWidth="2" />
      </pattern>
    </defs>
  );
}
