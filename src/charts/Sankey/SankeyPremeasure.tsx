/**
 * The Sankey before its box is measured (width 0): the page rendered at build time shows it without
 * JavaScript, and the browser's first render, which hydrates that page, draws the same — laid out by the
 * live chart's computeSankey at the desktop column's width (one part) and at a phone's (two stacked parts,
 * each with its caption), drawn by SankeyStaticSvg; base.css shows the one that fits. Once the box has its
 * width the live, interactive chart takes its place.
 */
import { useMemo } from 'react';
import type { Budget } from '../../model/types';
import { computeSankey, type ComputedSankey } from './computeSankey';
import { SankeyStaticSvg } from './SankeyStaticSvg';
import type { SankeyWords } from './words';
import { STATIC_CHART_WIDTHS, STATIC_DRAWINGS, type StaticDrawing } from '../staticWidths';
import styles from './SankeyView.module.css';

export interface SankeyPremeasureDrawing {
  key: StaticDrawing;
  computed: ComputedSankey;
}

/** The two drawings while `width` is 0, else null. */
export function useSankeyPremeasure(width: number, budget: Budget, words: SankeyWords, kuan: boolean): SankeyPremeasureDrawing[] | null {
  const live = width > 0;
  return useMemo(
    () => (live ? null : STATIC_DRAWINGS.map((key) => ({ key, computed: computeSankey(budget, { width: STATIC_CHART_WIDTHS[key], words, kuan }) }))),
    [live, budget, words, kuan],
  );
}

/** `idPrefix` is unique in the page: the hatch patterns are named after it. */
export function SankeyPremeasure({
  drawings,
  words: t,
  title,
  idPrefix,
}: {
  drawings: SankeyPremeasureDrawing[];
  words: SankeyWords;
  title: string;
  idPrefix: string;
}) {
  return (
    <div className="prerendered-chart" data-testid="sankey-premeasure">
      {drawings.map(({ key, computed }) =>
        computed.ok ? (
          <div key={key} className={`prerendered-${key}`}>
            {computed.value.parts.map((part) => {
              const caption = part.key === 'income' ? t.partIncome : part.key === 'spending' ? t.partSpending : null;
              return (
                <div key={part.key} className={styles.part}>
                  {caption ? <p className={styles.partCaption}>{caption}</p> : null}
                  <SankeyStaticSvg
                    part={part}
                    fontSize={computed.value.fontSize}
                    lineHeight={computed.value.lineHeight}
                    title={title}
                    idPrefix={`${idPrefix}-${key}-${part.key}`}
                  />
                </div>
              );
            })}
          </div>
        ) : null,
      )}
    </div>
  );
}
