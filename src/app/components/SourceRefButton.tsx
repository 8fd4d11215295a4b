import type { Budget, SourceRef } from '../../model/types';
import { useAppStore } from '../../state/store';
import { selectOpenProvenance } from '../../state/selectors';
import { useT } from '../i18n';
import { describeSrc } from '../describeSrc';
import styles from './SourceRefButton.module.css';

interface Props {
  budget: Budget;
  src: SourceRef;
  /** Stable id (focus return and tests), e.g. "source-issue-ROWS_SHIFTED:t05:295". */
  id: string;
  /** What the place is, for the popover. */
  label: string;
}

/**
 * A place in the source (表N and lines) the reader can click to see its document, table and lines in the
 * provenance popover (数字出处), like a printed figure; for what has no figure of its own (a source issue,
 * the lines a check involves).
 */
export function SourceRefButton({ budget, src, id, label }: Props) {
  const open = useAppStore(selectOpenProvenance);
  const t = useT();
  const text = describeSrc(budget, src, t);
  return (
    <button
      type="button"
      className={styles.sourceRef}
      data-testid={id}
      data-figure-id={id}
      aria-haspopup="dialog"
      aria-label={`${text}${t.listSep}${t.showSource}`}
      onClick={(e) => {
        const r = e.currentTarget.getBoundingClientRect();
        open({ id, label, src, anchor: { left: r.left, top: r.top, bottom: r.bottom, width: r.width } });
      }}
    >
      {text}
    </button>
  );
}
