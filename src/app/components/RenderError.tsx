import { useT } from '../i18n';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

/** What the error boundary shows instead of a blank page when a view throws while rendering. */
export function RenderError({ error }: { error: Error }) {
  const t = useT();
  return (
    <div className={cx(ui.notice, ui.error)} role="alert" data-testid="render-error">
      <p>{t.loadError.shape}</p>
      <details>
        <summary>{t.errorDetail}</summary>
        <p>{error.message}</p>
      </details>
    </div>
  );
}
