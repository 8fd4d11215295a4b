import { formatHash, VIEWS, type Route, type View } from '../../state/route';
import { useT } from '../i18n';
import styles from './ViewNav.module.css';

/** Links to the three views; each view has its own URL (#/budget/<id>/<view>). */
export function ViewNav({ route }: { route: Extract<Route, { page: 'budget' }> }) {
  const t = useT();
  const href = (view: View) => formatHash({ ...route, view, ...(view !== route.view ? { path: [] } : {}) });
  return (
    <nav className={styles.viewNav} data-testid="view-nav" aria-label={t.viewsNav}>
      <ul>
        {VIEWS.map((v) => (
          <li key={v}>
            <a href={href(v)} aria-current={route.view === v ? 'page' : undefined} data-testid={`view-link-${v}`}>
              {t.views[v]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
