/**
 * The embed page's frame (嵌入): no header, navigation or footer — only the view, its title, unit, source
 * credit and a link back to the site, filling whatever width the <iframe> gives it. It reports its height
 * to the page around it (useEmbedHeight) and shows URL problems and load errors like the full site does.
 */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { formatHash, type Route } from '../../state/route';
import { useT } from '../i18n';
import { RouteProblems } from '../components/RouteProblems';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { RenderError } from '../components/RenderError';
import { useEmbedHeight } from './useEmbedHeight';
import { EmbedPage, EmbedNotFound } from './EmbedPage';
import ui from '../../styles/ui.module.css';

// The comparison's code (model, crosswalk, charts) loads only when a compare embed is opened.
const EmbedComparePage = lazy(() => import('./EmbedComparePage').then((m) => ({ default: m.EmbedComparePage })));

type EmbedRoute = Exclude<Route, { page: 'catalog' }>;

export function EmbedShell({ route }: { route: EmbedRoute }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEmbedHeight(ref);
  useEffect(() => {
    // The page background and margins of an embed differ from the site's (styles/base.css: html[data-mode]).
    document.documentElement.dataset.mode = 'embed';
    return () => {
      delete document.documentElement.dataset.mode;
    };
  }, []);
  return (
    <div ref={ref} data-testid="embed-root">
      <main id="main" tabIndex={-1}>
        <RouteProblems />
        <ErrorBoundary resetKey={formatHash(route)} fallback={(error) => <RenderError error={error} />}>
          <Suspense
            fallback={
              <p className={ui.loading} data-testid="loading">
                {t.loading}
              </p>
            }
          >
            {route.page === 'budget' ? <EmbedPage route={route} /> : route.page === 'compare' ? <EmbedComparePage route={route} /> : <EmbedNotFound />}
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
