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

/** A one-line stacked bar of shares (widths are geometry only; the figures are printed next to it). */
export function ShareBar({ parts, label }: { parts: ShareBarPart[]; label: string }) {
  return (
    <div className={styles.shareBar} role="img" aria-label={`${label}: ${parts.map((p) => `${p.label} ${formatShare(p.share)}`).join(', ')}`}>
      {parts.map((p) => {
        const pct = p.share === null ? 0 : Math.max(0, Math.min(100, p.share.toNumber()));
        return pct > 0 ? <span key={p.key} className={cx(styles.shareSeg, p.className)} style={{ width: `${pct}%` }} /> : null;
      })}
    </div>
  );
}
