import type { Amount, MoneyUnit, SourceRef } from '../../model/types';
import { useAppStore } from '../../state/store';
import { selectOpenProvenance } from '../../state/selectors';
import { useT } from '../i18n';
import { amountView, useAmountMode } from '../amounts/amountView';
import styles from './Figure.module.css';
import { cx } from '../../styles/cx';

interface Props {
  /** Stable id, e.g. "headline-total"; also the data-testid. */
  id: string;
  /** What the figure is, for the popover title and the accessible name. */
  label: string;
  amount: Amount;
  /** The unit the figure is printed in (its table's; 三公 may differ from the budget's). */
  unit: MoneyUnit;
  src: SourceRef;
  className?: string;
}

/** A printed amount the reader can click to see where it comes from (数据出处). */
export function Figure({ id, label, amount, unit, src, className }: Props) {
  const open = useAppStore(selectOpenProvenance);
  const t = useT();
  // Shown in the page's unit (as printed, or 百万元); data-amount and the 数字出处 popover keep the printed figure.
  const av = amountView(t, useAmountMode());
  const shown = av.text(amount, unit);
  return (
    <button
      type="button"
      className={cx(styles.figure, className)}
      data-testid={id}
      data-figure-id={id}
      data-amount={amount}
      data-shown={shown}
      aria-haspopup="dialog"
      aria-label={`${label}${t.colon}${shown} ${av.unit(unit)}${t.listSep}${t.showSource}`}
      onClick={(e) => {
        const r = e.currentTarget.getBoundingClientRect();
        open({ id, label, amount, unit, src, anchor: { left: r.left, top: r.top, bottom: r.bottom, width: r.width } });
      }}
    >
      {/* The space between is outside both spans: a long unit ("million yuan") may go to the next line on a phone. */}
      <span className={styles.amount}>{shown}</span> <span className={styles.unit}>{av.unit(unit)}</span>
    </button>
  );
}
