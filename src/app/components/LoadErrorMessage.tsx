import type { LoadError } from '../../model/loadBudget';
import { useT } from '../i18n';

/** A failed load, in the reader's language, with the technical detail for whoever hosts the site. */
export function LoadErrorMessage({ error }: { error: LoadError }) {
  const t = useT();
  return (
    <div className="notice error" role="alert" data-testid="load-error" data-kind={error.kind}>
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
