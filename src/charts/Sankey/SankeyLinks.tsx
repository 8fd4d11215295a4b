/** The bands of the Sankey (each drawn by SankeyLinkShape). Each is focusable; hover, focus and tap make it the active item. */
import { formatAmount } from '../../model/format';
import type { SankeyLinkItem } from './computeSankey';
import { activationHandlers, type Highlight, type SankeyActive } from './highlight';
import { SankeyLinkShape } from './SankeyLinkShape';
import styles from './SankeyView.module.css';
import { cx } from '../../styles/cx';

export interface SankeyLinksProps {
  links: SankeyLinkItem[];
  labels: Map<string, string>;
  highlight: Highlight | null;
  unit: string;
  /** The amount as shown (the page's unit); formatAmount where absent. */
  formatAmount?: ((a: string) => string) | undefined;
  part: number;
  onActive: (active: SankeyActive, pin?: boolean) => void;
  onLeave: () => void;
}

const LINK_CLASSES = { band: styles.linkBand, line: styles.linkLine };

export function SankeyLinks({ links, labels, highlight, unit, formatAmount: shown = formatAmount, part, onActive, onLeave }: SankeyLinksProps) {
  return (
    <g>
      {links.map((item) => {
        const { link, geom } = item;
        const on = highlight ? highlight.links.has(link.id) : null;
        const active = { kind: 'link' as const, id: link.id, part };
        const label = `${labels.get(link.source) ?? link.source} → ${labels.get(link.target) ?? link.target}: ${shown(link.amount)} ${unit}`;
        return (
          <g
            key={link.id}
            className={cx(styles.link, on === true && styles.isOn, on === false && styles.isOff)}
            data-testid={`sankey-link-${link.source}-${link.target}`}
            data-amount={link.amount}
            tabIndex={0}
            role="button"
            aria-label={label}
            {...activationHandlers(active, onActive, onLeave)}
          >
            <SankeyLinkShape item={item} classes={LINK_CLASSES} />
            {/* A thin flow gets a wider invisible stroke, to be hovered/tapped. */}
            {geom.width < 12 ? <path d={geom.path} stroke="transparent" strokeWidth={12} fill="none" /> : null}
          </g>
        );
      })}
    </g>
  );
}
