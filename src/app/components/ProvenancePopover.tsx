import { useLayoutEffect, useState } from 'react';
import type { VirtualElement } from '@floating-ui/react';
import type { Budget } from '../../model/types';
import { formatAmount } from '../../model/format';
import { srcUnit } from '../../model/units';
import { formatShown, shownUnit } from '../../model/displayAmount';
import { useAmountMode } from '../amounts/amountView';
import { useAppStore } from '../../state/store';
import { selectCloseProvenance, selectProvenance } from '../../state/selectors';
import { useT } from '../i18n';
import { findSection, findTable, tableName } from '../describeSrc';
import { useSourceLinker } from '../source/useSourceLinker';
import styles from './ProvenancePopover.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';
import { Popover } from '../../ui/Popover';
import type { ProvenanceTarget } from '../../state/uiSlice';

/** The figure that was clicked, or (if a re-render replaced it) the rectangle it had when clicked. */
function anchorOf(target: ProvenanceTarget): Element | VirtualElement | null {
  const el = document.querySelector(`[data-figure-id="${CSS.escape(target.id)}"]`);
  if (el) return el;
  const a = target.anchor;
  if (!a) return null;
  const rect = { x: a.left, y: a.top, left: a.left, top: a.top, width: a.width, height: a.bottom - a.top, right: a.left + a.width, bottom: a.bottom };
  return { getBoundingClientRect: () => rect };
}

/**
 * 数字出处: the document, table (number and title) and line range a clicked figure was read from.
 * Non-modal (ui/Popover): Escape, the close button or a press elsewhere closes it; focus returns to the figure.
 */
export function ProvenancePopover({ budget }: { budget: Budget }) {
  const target = useAppStore(selectProvenance);
  const close = useAppStore(selectCloseProvenance);
  const t = useT();
  const linker = useSourceLinker(budget.id);
  const mode = useAmountMode();
  // The figure is looked up after render (it is in the page, this popover in a portal).
  const [anchor, setAnchor] = useState<Element | VirtualElement | null>(null);
  useLayoutEffect(() => setAnchor(target ? anchorOf(target) : null), [target]);

  if (!target || !anchor) return null;
  const table = findTable(budget, target.src.table);
  const [first, last] = target.src.lines;
  const unit = target.unit ?? srcUnit(budget, target.src);
  return (
    <Popover anchor={anchor} onClose={close} maxWidth={340} className={ui.popover} aria-labelledby="provenance-title" data-testid="provenance">
      <h2 id="provenance-title" className={ui.popoverTitle}>
        {t.provenanceTitle}
      </h2>
      <p className={styles.figure}>
        {target.amount === undefined ? (
          target.label
        ) : (
          <>
            {/* Always the figure exactly as printed, with its printed unit; in 百万元 mode also how the page shows it. */}
            {target.label}: <strong data-testid="provenance-printed">{formatAmount(target.amount)}</strong> <span className={styles.unit}>{t.unit(unit)}</span>
            {mode === 'printed' ? null : (
              <span className={styles.shownAs} data-testid="provenance-shown">
                {t.amounts.shownAs(formatShown(target.amount, unit, mode), shownUnit(unit, mode))}
              </span>
            )}
          </>
        )}
      </p>
      <dl className={styles.list}>
        <dt>{t.provenanceDoc}</dt>
        <dd data-testid="provenance-doc">{budget.source}</dd>
        <dt>{t.provenanceTable}</dt>
        <dd data-testid="provenance-table">{tableName(budget, target.src.table, t)}</dd>
        <dt>{t.provenanceLinesLabel}</dt>
        <dd data-testid="provenance-lines">{t.provenanceLines(first, last)}</dd>
      </dl>
      {table === null && findSection(budget, target.src.table) === null ? <p>{t.unknownTable(target.src.table)}</p> : null}
      <p className={styles.sourceLink}>
        {/* 查看原文: the document itself, the cited lines marked (the hash change closes this popover). */}
        <a href={linker.href(target.src)} data-testid="provenance-source-link">
          {t.viewInDocument}
        </a>
      </p>
      <button type="button" className={cx(ui.button, ui.small)} onClick={close}>
        {t.close}
      </button>
    </Popover>
  );
}
