import type { Dec } from '../../model/decimal';
import { formatShare } from '../../model/format';
import styles from './ShareBar.module.css';
import { cx } from '../../styles/cx';

export interface ShareBarPart {
  key: string;
  label: string;
  share: Dec | null;
  className: string | undefined;
}

/**
 * A one-line stacked bar of shares (widths are geometry only; the figures are printed next to it). Drawn as
 * SVG, each part a rect whose x and width are attributes: the page rendered at build time carries it, and its
 * CSP refuses style attributes.
 */
export function ShareBar({ parts, label }: { parts: ShareBarPart[]; label: string }) {
  let x = 0;
  const segments = parts.flatMap((p) => {
    const pct = p.share === null ? 0 : Math.max(0, Math.min(100 - x, p.share.toNumber()));
    if (pct <= 0) return [];
    const at = x;
    x += pct;
    return [{ key: p.key, x: at, width: pct, className: p.className }];
  });
  return (
    <svg
      className={styles.shareBar}
      role="img"
      aria-label={`${label}: ${parts.map((p) => `${p.label} ${formatShare(p.share)}`).join(', ')}`}
      viewBox="0 0 100 1"
      preserveAspectRatio="none"
    >
      {segments.map((s) => (
        <rect key={s.key} className={cx(styles.shareSeg, s.className)} x={s.x} y="0" width={s.width} height="1" />
      ))}
    </svg>
  );
}
