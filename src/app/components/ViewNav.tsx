import { budgetPagePath } from '../../state/pagePath';
import { formatHash, VIEWS, type Route, type View } from '../../state/route';
import { useT } from '../i18n';
import styles from './ViewNav.module.css';

/**
 * Links to the three views; each view has its own URL (#/budget/<id>/<view>). The href is the view's
 * pre-rendered page (budget/<id>/<view>/, relative to the site's root, which a static page's <base> names),
 * so the tabs work without a script and a tab opened in a new window is a real page; its hash is in
 * data-hash, which a plain click with the script running follows instead (state/hashSync.ts, as for every
 * page link: pagePath.pageLink), keeping the page's state (language, amounts) and the app.
 */
export function ViewNav({ route }: { route: Extract<Route, { page: 'budget' }> }) {
  const t = useT();
  const hash = (view: View) => formatHash({ ...route, view, ...(view !== route.view ? { path: [] } : {}) });
  return (
    <nav className={styles.viewNav} data-testid="view-nav" aria-label={t.viewsNav}>
      <ul>
        {VIEWS.map((v) => (
          <li key={v}>
            <a
              href={budgetPagePath(route.budgetId, v, route.lang)}
              aria-current={route.view === v ? 'page' : undefined}
              data-hash={hash(v)}
              data-testid={`view-link-${v}`}
            >
              {t.views[v]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
