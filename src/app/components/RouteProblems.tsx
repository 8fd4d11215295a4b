import { useAppStore } from '../../state/store';
import { selectDismissProblems, selectProblems } from '../../state/selectors';
import { useT } from '../i18n';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

/** What was wrong with the URL, once, in plain words. */
export function RouteProblems() {
  const problems = useAppStore(selectProblems);
  const dismiss = useAppStore(selectDismissProblems);
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <div className={cx(ui.notice, ui.warn)} role="status" data-testid="route-problems">
      <p>
        <strong>{t.problemsTitle}</strong>
      </p>
      <ul>
        {[...new Set(problems)].map((p) => (
          <li key={p}>{t.problems[p]}</li>
        ))}
      </ul>
      <button type="button" className={cx(ui.button, ui.small, ui.secondary)} onClick={dismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
