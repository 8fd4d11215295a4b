import { formatHash } from '../../state/route';
import { useAppStore } from '../../state/store';
import { selectLang } from '../../state/selectors';
import { useT } from '../i18n';

export function NotFoundPage() {
  const t = useT();
  const lang = useAppStore(selectLang);
  return (
    <div data-testid="not-found">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <a href={formatHash({ page: 'catalog', lang })}>{t.backToCatalog}</a>
      </p>
    </div>
  );
}
