import type { LoadError } from '../../model/loadBudget';
import { useT } from '../i18n';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

/** A failed load, in the reader's language, with the technical detail for whoever hosts the site. */
export function LoadErrorMessage({ error }: { error: LoadError }) {
  const t = useT();
  return (
    <div className={cx(ui.notice, ui.error)} role="alert" data-testid="load-error" data-kind={error.kind}>
      <p>{t.loadError[error.kind]}</p>
      <details>
        <summary>{t.errorDetail}</summary>
        <p>
          <code>{error.url}</code>: {error.detail}
        </p>
      </details>
    </div>
  );
}
