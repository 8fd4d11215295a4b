/**
 * 一句话读懂: the first thing a reader sees on a budget page — how much, mostly for what, and how it splits
 * into basic and project spending — from the model (headlineSentence.ts), before any chart or card.
 */
import { useMemo } from 'react';
import type { Budget } from '../../model/types';
import { headlineSentence } from '../../model/headlineSentence';
import type { AmountView } from '../amounts/amountView';
import { useT } from '../i18n';
import { useMisprint } from '../useMisprint';
import styles from './FirstAnswer.module.css';

/** `view`: the page's amounts (as printed or in 百万元), so the sentence says the figure the page shows. */
export function FirstAnswer({ budget, view }: { budget: Budget; view: AmountView }) {
  const t = useT();
  const lookup = useMisprint();
  // A 类 name the crosswalk knows to be misprinted keeps its printed form, marked [原文如此] as everywhere else.
  const s = useMemo(() => {
    const plain = headlineSentence(budget);
    return { ...plain, lines: plain.lines.map((l) => (lookup('functional', l.code, l.name) ? { ...l, name: `${l.name}${t.treemapMore.sic}` } : l)) };
  }, [budget, lookup, t]);
  return (
    <div className={styles.answer}>
      <p className={styles.sentence} data-testid="first-answer">
        {t.firstAnswer.sentence(s, view.text(s.total, s.unit), view.unit(s.unit), t.kinds[s.kind])}
      </p>
      <p className={styles.note}>{t.firstAnswer.basisNote}</p>
    </div>
  );
}
