import type { Budget, Check } from '../../model/types';
import { formatAmount, formatDifference } from '../../model/format';
import { figureKindOf, figureSources } from '../../model/checkStatus';
import { checkUnit } from '../../model/units';
import { useT } from '../i18n';
import { budgetLookup, checkSentence } from '../i18n/checkSentences';
import { GlossaryTerm } from '../glossary/GlossaryTerm';
import { SourceRefButton } from './SourceRefButton';
import styles from './ChecksList.module.css';
import { cx } from '../../styles/cx';

/** A check over many rows (项目之和) names every row; the first few say where to look. */
const MAX_REFS = 3;

interface Props {
  check: Check;
  budget: Budget;
  /** Stable per-check key, for the ids of its source links. */
  id: string;
}

/**
 * One check that did not pass: the rule, what it compares in a sentence of the reader's language (built from
 * the check's code, params and figures by the catalog in src/app/i18n — Check.message, the normalizer's
 * Chinese sentence, only for a code the catalog lacks), its two figures worded by what they are
 * (CHECK_FIGURE_KIND: a printed total and its parts added up, a limit and a figure, two printings of one
 * figure), the difference, and where to look. A contradiction is marked as one; a rounding difference is
 * not (no red: it is a note, not an error).
 */
export function CheckItem({ check: c, budget, id }: Props) {
  const t = useT();
  const rounding = c.status === 'rounding';
  // A check over a table printed in another unit (三公 in 万元 inside a 元 document) says so.
  const unit = t.unit(checkUnit(budget, c));
  const words = t.checkFigures[figureKindOf(c.code)];
  const sentence = checkSentence(t.checkSentences, c, unit, budgetLookup(budget));
  const rule = t.checkNames[c.code] ?? c.code;
  // Two printed figures on two lines: each names its own line; otherwise the lines are listed below.
  const sources = figureSources(c);
  const refs = sources ? [] : c.refs;
  const figure = (label: string, amount: string, src: Check['refs'][number] | undefined, which: string) => (
    <div>
      <dt>{label}</dt>
      <dd data-testid={`check-${which}`}>
        {formatAmount(amount)} {unit}
        {src ? (
          <span className={styles.checkFigureSrc}>
            <SourceRefButton budget={budget} src={src} id={`check-src-${id}-${which}`} label={label} />
          </span>
        ) : null}
      </dd>
    </div>
  );
  return (
    <li
      className={rounding ? cx(styles.check, styles.checkRounding) : cx(styles.check, styles.checkContradiction)}
      data-testid={rounding ? 'check-rounding' : 'check-failed'}
      data-code={c.code}
    >
      <p className={styles.checkRule} data-testid="check-rule">
        {rule}
      </p>
      {sentence !== null ? (
        <p data-testid="check-sentence">{sentence}</p>
      ) : t.checkMessageNote ? (
        <p data-testid="check-message">
          {t.checkMessageNote} <span lang="zh-CN">{c.message}</span>
        </p>
      ) : (
        <p data-testid="check-message">{c.message}</p>
      )}
      {c.code === 'PROCUREMENT_WITHIN_BUDGET' || c.code === 'PROCUREMENT_PARTS' ? (
        <p className={styles.checkTerm}>
          <GlossaryTerm term="procurement">{t.procurementTerm}</GlossaryTerm>
        </p>
      ) : null}
      <dl className={styles.checkFigures}>
        {figure(words.expected, c.expected, sources?.expected, 'expected')}
        {figure(words.actual, c.actual, sources?.actual, 'actual')}
        <div>
          <dt>{words.difference}</dt>
          <dd data-testid="check-difference">
            {formatDifference(c.difference)} {unit}
          </dd>
        </div>
      </dl>
      {refs.length > 0 ? (
        <div className={styles.checkWhere}>
          <span>
            {t.checkWhere}
            {t.colon}
          </span>
          <ul className={styles.checkRefs}>
            {refs.slice(0, MAX_REFS).map((r, i) => (
              <li key={`${r.table}@${r.lines[0]}-${r.lines[1]}`}>
                <SourceRefButton budget={budget} src={r} id={`check-src-${id}-${i}`} label={t.checkWhere} />
              </li>
            ))}
            {refs.length > MAX_REFS ? <li>{t.moreRefs(refs.length - MAX_REFS)}</li> : null}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
