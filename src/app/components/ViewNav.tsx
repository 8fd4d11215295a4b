import type { MouseEvent } from 'react';
import { budgetPagePath } from '../../state/pagePath';
import { formatHash, VIEWS, type Route, type View } from '../../state/route';
import { useT } from '../i18n';
import styles from './ViewNav.module.css';

/** A plain click (no modifier, main button): the app's to handle; any other opens the link as the browser does. */
function plainClick(e: MouseEvent): boolean {
  return !e.defaultPrevented && e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

/**
 * Links to the three views; each view has its own URL (#/budget/<id>/<view>). The href is the view's
 * pre-rendered page (budget/<id>/<view>/, relative to the site's root, which a static page's <base> names),
 * so the tabs work without a script and a tab opened in a new window is a real page; a plain click with the
 * script running goes to the view's hash instead, keeping the page's state (language, amounts) and the app.
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
              data-testid={`view-link-${v}`}
              onClick={(e) => {
                if (!plainClick(e)) return;
                e.preventDefault();
                window.location.hash = hash(v);
              }}
            >
              {t.views[v]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
