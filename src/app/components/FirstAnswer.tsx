/**
 * 一句话读懂: the first thing a reader sees on a budget page — how much, mostly for what, and how it splits
 * into basic and project spending — from the model (headlineSentence.ts), before any chart or card.
 */
import { useMemo } from 'react';
import type { Budget } from '../../model/types';
import { headlineSentence } from '../../model/headlineSentence';
import { formatAmount } from '../../model/format';
import { useT } from '../i18n';
import styles from './FirstAnswer.module.css';

export function FirstAnswer({ budget }: { budget: Budget }) {
  const t = useT();
  const s = useMemo(() => headlineSentence(budget), [budget]);
  return (
    <div className={styles.answer}>
      <p className={styles.sentence} data-testid="first-answer">
        {t.firstAnswer.sentence(s, formatAmount(s.total), t.unit(s.unit), t.kinds[s.kind])}
      </p>
      <p className={styles.note}>{t.firstAnswer.basisNote}</p>
    </div>
  );
}
