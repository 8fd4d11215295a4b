import type { Budget, Check } from '../../model/types';
import { groupChecks } from '../../model/checkStatus';
import { useT } from '../i18n';
import { SourceRefButton } from './SourceRefButton';
import { uniqueKeys } from '../uniqueKeys';
import { CheckItem } from './CheckItem';
import { SourceIssues } from './SourceIssues';
import styles from './ChecksList.module.css';

/** Shown open; the rest sit behind a disclosure so that a phone reader reaches the footer. */
const FIRST_CHECKS = 3;

const checkKey = (c: Check) => `${c.code}:${c.subject ?? ''}:${c.refs.map((r) => `${r.table}@${r.lines[0]}`).join(',')}`;

/**
 * 数据核对: the budget’s contradictions in plain words (each worded by CheckItem from its code and params), largest
 * first; then what the source text lost (原文提取问题); then, collapsed, the rounding differences (舍入差异:
 * within the printing precision, not contradictions). Printed figures are never changed.
 */
export function ChecksList({ budget }: { budget: Budget }) {
  const t = useT();
  const { contradictions, rounding, total } = groupChecks(budget.checks);
  const failKeys = uniqueKeys(contradictions, checkKey);
  const roundKeys = uniqueKeys(rounding, checkKey);
  const corrKeys = uniqueKeys(budget.corrections, (c) => `${c.table}:${c.line}:${c.printed}`);
  const item = (c: Check, key: string) => <CheckItem key={key} check={c} budget={budget} id={key} />;
  return (
    <section className={styles.checks} aria-labelledby="checks-title" data-testid="checks" data-failed={contradictions.length} data-rounding={rounding.length}>
      <h2 id="checks-title">{t.checksTitle}</h2>
      <p data-testid="checks-summary">{t.checksSummaryText(contradictions.length, rounding.length, total)}</p>
      {contradictions.length > 0 ? (
        <div data-testid="contradictions">
          <ol className={styles.checkList}>{contradictions.slice(0, FIRST_CHECKS).map((c, i) => item(c, failKeys[i] ?? ''))}</ol>
          {contradictions.length > FIRST_CHECKS ? (
            <details data-testid="more-checks">
              <summary>{t.moreChecks(contradictions.length - FIRST_CHECKS)}</summary>
              <ol className={styles.checkList} start={FIRST_CHECKS + 1}>
                {contradictions.slice(FIRST_CHECKS).map((c, i) => item(c, failKeys[i + FIRST_CHECKS] ?? ''))}
              </ol>
            </details>
          ) : null}
        </div>
      ) : null}
      <SourceIssues budget={budget} />
      {rounding.length > 0 ? (
        <details id="rounding-checks" className={styles.roundingChecks} data-testid="rounding-checks">
          <summary data-testid="rounding-summary">{t.roundingTitle(rounding.length)}</summary>
          <p className={styles.roundingExplain} data-testid="rounding-explain">
            {t.roundingExplain}
          </p>
          <ol className={styles.checkList}>{rounding.map((c, i) => item(c, roundKeys[i] ?? ''))}</ol>
        </details>
      ) : null}
      {budget.corrections.length > 0 ? (
        <details className={styles.corrections}>
          <summary>{t.correctionsTitle(budget.corrections.length)}</summary>
          <ul>
            {budget.corrections.map((c, i) => (
              <li key={corrKeys[i]}>
                {/* The corrected line, like every other reference: its popover leads to the line in the document. */}
                <SourceRefButton budget={budget} src={{ table: c.table, lines: [c.line, c.line] }} id={`correction-src-${corrKeys[i]}`} label={c.printed} />: “
                {c.printed}” → “{c.corrected}”. {t.correctionReason}: {c.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
