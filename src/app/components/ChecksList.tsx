import { Decimal } from '../../model/decimal';
import type { Budget, Check } from '../../model/types';
import { formatAmount, formatDifference } from '../../model/format';
import { useAppStore } from '../../state/store';
import { selectLang } from '../../state/selectors';
import { useT } from '../i18n';
import { CHECK_NAMES } from '../i18n/domainNames';
import { describeSrc } from '../describeSrc';
import { checkUnit } from '../../model/units';
import { uniqueKeys } from '../uniqueKeys';
import { GlossaryTerm } from '../glossary/GlossaryTerm';

/** A check over many rows (项目之和) names every row; the first few say where to look. */
const MAX_REFS = 3;
/** Shown open; the rest sit behind a disclosure so that a phone reader reaches the footer. */
const FIRST_CHECKS = 3;

/**
 * 数据核对: the budget's failed checks in plain words (Check.message, built by the normalizer), with
 * what was expected, what the parts add up to and the difference. Printed figures are never changed.
 */
export function ChecksList({ budget }: { budget: Budget }) {
  const t = useT();
  // The largest contradictions first (a procurement 6 times the budget before a 0.01 rounding gap);
  // decimal comparison, stable for equal sizes.
  const failed = budget.checks
    .filter((c) => c.status === 'fail')
    .map((c, i) => ({ c, i, size: new Decimal(c.difference).abs() }))
    .sort((a, b) => b.size.comparedTo(a.size) || a.i - b.i)
    .map((x) => x.c);
  const total = budget.checks.length;
  const keys = uniqueKeys(failed, (c) => `${c.code}:${c.subject ?? ''}:${c.refs.map((r) => `${r.table}@${r.lines[0]}`).join(',')}`);
  const corrKeys = uniqueKeys(budget.corrections, (c) => `${c.table}:${c.line}:${c.printed}`);
  return (
    <section className="checks" aria-labelledby="checks-title" data-testid="checks">
      <h2 id="checks-title">{t.checksTitle}</h2>
      {failed.length === 0 ? (
        <p data-testid="checks-summary">{t.checksAllPass(total)}</p>
      ) : (
        <>
          <p data-testid="checks-summary">{t.checksFailed(failed.length, total)}</p>
          <ol className="check-list">
            {failed.slice(0, FIRST_CHECKS).map((c, i) => (
              <CheckItem key={keys[i]} check={c} budget={budget} />
            ))}
          </ol>
          {failed.length > FIRST_CHECKS ? (
            <details className="more-checks" data-testid="more-checks">
              <summary>{t.moreChecks(failed.length - FIRST_CHECKS)}</summary>
              <ol className="check-list" start={FIRST_CHECKS + 1}>
                {failed.slice(FIRST_CHECKS).map((c, i) => (
                  <CheckItem key={keys[i + FIRST_CHECKS]} check={c} budget={budget} />
                ))}
              </ol>
            </details>
          ) : null}
        </>
      )}
      {budget.sourceIssues.length > 0 ? (
        <div className="source-issues" data-testid="source-issues">
          <h3>{t.sourceIssuesTitle}</h3>
          <ul>
            {budget.sourceIssues.map((issue) => (
              <li key={`${issue.code}:${issue.src?.table ?? ''}:${issue.src?.lines[0] ?? ''}`}>
                <span lang="zh-CN">{issue.message}</span>
                {issue.src ? <> ({describeSrc(budget, issue.src, t)})</> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {budget.corrections.length > 0 ? (
        <details className="corrections">
          <summary>{t.correctionsTitle(budget.corrections.length)}</summary>
          <ul>
            {budget.corrections.map((c, i) => (
              <li key={corrKeys[i]}>
                {describeSrc(budget, { table: c.table, lines: [c.line, c.line] }, t)}: “{c.printed}” → “{c.corrected}”. {t.correctionReason}: {c.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

/** One failed check: the rule in plain words, expected / actual / difference, and where to look. */
function CheckItem({ check: c, budget }: { check: Check; budget: Budget }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  // A check over a table printed in another unit (三公 in 万元 inside a 元 document) says so.
  const unit = t.unit(checkUnit(budget, c));
  return (
    <li className="check" data-testid="check-failed">
      {lang === 'en' ? (
        <>
          <p className="check-rule">{CHECK_NAMES[c.code]?.en ?? c.code}</p>
          <p className="check-message">
            {t.checkMessageNote} <span lang="zh-CN">{c.message}</span>
          </p>
        </>
      ) : (
        <p className="check-message">{c.message}</p>
      )}
      {c.code === 'PROCUREMENT_WITHIN_BUDGET' || c.code === 'PROCUREMENT_PARTS' ? (
        <p className="check-term">
          <GlossaryTerm term="procurement">{lang === 'en' ? 'Government procurement (政府采购)' : '政府采购'}</GlossaryTerm>
        </p>
      ) : null}
      <dl className="check-figures">
        <div>
          <dt>{t.checkExpected}</dt>
          <dd>
            {formatAmount(c.expected)} {unit}
          </dd>
        </div>
        <div>
          <dt>{t.checkActual}</dt>
          <dd>
            {formatAmount(c.actual)} {unit}
          </dd>
        </div>
        <div>
          <dt>{t.checkDifference}</dt>
          <dd>
            {formatDifference(c.difference)} {unit}
          </dd>
        </div>
      </dl>
      {c.refs.length > 0 ? (
        <p className="check-where">
          {t.checkWhere}: {c.refs.slice(0, MAX_REFS).map((r) => describeSrc(budget, r, t)).join('；')}
          {c.refs.length > MAX_REFS ? ` ${t.moreRefs(c.refs.length - MAX_REFS)}` : ''}
        </p>
      ) : null}
    </li>
  );
}
