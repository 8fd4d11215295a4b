import type { Budget } from '../../model/types';
import { useT } from '../i18n';
import { uniqueKeys } from '../uniqueKeys';
import { SourceRefButton } from './SourceRefButton';
import styles from './ChecksList.module.css';
import ui from '../../styles/ui.module.css';

/**
 * 原文提取问题: every Budget.sourceIssues entry (a table the extraction cut short, a row whose column
 * cannot be decided, figures shifted against their rows), with its table and line as a source link.
 * Never a contradiction: the figures there were not checked.
 */
export function SourceIssues({ budget }: { budget: Budget }) {
  const t = useT();
  if (budget.sourceIssues.length === 0) return null;
  // The same issue may be reported twice for one line (two header rows of one table): keys stay unique.
  const keys = uniqueKeys(budget.sourceIssues, (s) => `${s.code}:${s.src?.table ?? ''}:${s.src?.lines[0] ?? ''}`);
  return (
    <div className={styles.sourceIssues} data-testid="source-issues" data-count={budget.sourceIssues.length}>
      <h3>
        {t.sourceIssuesTitle} <span className={styles.countBadge}>{budget.sourceIssues.length}</span>
      </h3>
      <p className={ui.note}>{t.sourceIssuesIntro}</p>
      <ul>
        {budget.sourceIssues.map((issue, i) => {
          const name = t.sourceIssueNames[issue.code] ?? issue.code;
          return (
            <li key={keys[i]} className={styles.sourceIssue} data-testid="source-issue" data-code={issue.code}>
              <p className={styles.sourceIssueName}>{name}</p>
              <p>
                {t.checkMessageNote ? <>{t.checkMessageNote} </> : null}
                <span lang="zh-CN">{issue.message}</span>
              </p>
              {issue.src ? (
                <p className={styles.checkWhere}>
                  {t.source}
                  {t.colon}
                  <SourceRefButton budget={budget} src={issue.src} id={`source-issue-${keys[i]}`} label={name} />
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
