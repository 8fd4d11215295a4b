import { Suspense, useEffect } from 'react';
import { formatHash } from '../state/route';
import { pageLink } from '../state/pagePath';
import { useAppStore } from '../state/store';
import { selectRoute, selectSetLang, selectCloseProvenance } from '../state/selectors';
import { loadDict, useDict } from './i18n';
import { BudgetPage, CatalogPage, ComparePage, DataPage, DepartmentPage, EmbedShell, RegionPage, SourcePage } from './pages';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteProblems } from './components/RouteProblems';
import { ErrorBoundary } from './components/ErrorBoundary';
import { RenderError } from './components/RenderError';
import { SearchBox } from './search/SearchBox';
import styles from './App.module.css';
import ui from '../styles/ui.module.css';
import { cx } from '../styles/cx';

/**
 * The app. Its first render has the words of its language (main.tsx waits for them); the boundary here is
 * for an address in the other language reached later through the hash (a link, the back button) while
 * that language's words are still on their way: index.html's own loading line until they are.
 */
export function App() {
  return (
    <Suspense fallback={<p className="boot">加载中… Loading…</p>}>
      <Shell />
    </Suspense>
  );
}

/** The shell: header with language switch, the page the URL names, footer; or, for #/embed/…, the bare embed page. */
function Shell() {
  const route = useAppStore(selectRoute);
  const setLang = useAppStore(selectSetLang);
  const closeProvenance = useAppStore(selectCloseProvenance);
  const t = useDict(route.lang);
  const hash = formatHash(route);

  // Once the app has taken the page over (hydrated or rendered): a plain click is the app's from then on
  // (data-app-ready, for tests and benchmarks that must not act on the page as written).
  useEffect(() => {
    document.documentElement.setAttribute('data-app-ready', '');
  }, []);

  useEffect(() => {
    document.documentElement.lang = t.htmlLang;
    // The catalog and the not-found page are named here; every other page names itself.
    if (route.page === 'catalog') document.title = `${t.appName} · ${t.catalogTitle}`;
    else if (route.page === 'notFound') document.title = `${t.notFoundTitle} · ${t.appName}`;
  }, [t, route.page]);

  // A popover belongs to the page it was opened on: the hash is the trigger, not an input.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of page (hash)
  useEffect(() => {
    closeProvenance();
  }, [hash, closeProvenance]);

  if ('embed' in route && route.embed) return <EmbedShell route={route} />;

  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link that moves focus; the hash is the router, so it must not navigate */}
      <a
        className={styles.skipLink}
        data-testid="skip-link"
        href="#main"
        onClick={(e) => {
          // The hash is our router: focus the main region instead of navigating.
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t.skipToContent}
      </a>
      <header className={styles.header} data-testid="site-header">
        <a className={styles.brand} {...pageLink({ page: 'catalog', lang: route.lang })}>
          {t.appName}
        </a>
        <span className={styles.tagline}>{t.tagline}</span>
        <SearchBox />
        {/* A link to this page in the other language (its own page where it has one: it works without a script
            and opens in a new tab); a plain click switches in place, once the other words are here. */}
        <a
          className={cx(styles.button, ui.button, ui.small, styles.langSwitch)}
          href={pageLink({ ...route, lang: t.otherLangCode }).href}
          lang={t.otherLangHtml}
          hrefLang={t.otherLangHtml}
          aria-label={t.otherLangLabel}
          // The other language's words load when the reader heads for the switch; it switches once they are here.
          onPointerEnter={() => void loadDict(t.otherLangCode)}
          onFocus={() => void loadDict(t.otherLangCode)}
          onClick={(e) => {
            if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
            e.preventDefault();
            const lang = t.otherLangCode;
            void loadDict(lang).then(() => setLang(lang));
          }}
          data-testid="lang-switch"
        >
          {t.otherLang}
        </a>
      </header>
      <main id="main" tabIndex={-1}>
        <RouteProblems />
        <ErrorBoundary resetKey={hash} fallback={(error) => <RenderError error={error} />}>
          <Suspense
            fallback={
              <p className={cx(ui.loading, styles.pageLoading)} data-testid="loading">
                {t.loading}
              </p>
            }
          >
            {route.page === 'catalog' ? (
              <CatalogPage route={route} />
            ) : route.page === 'budget' ? (
              <BudgetPage route={route} />
            ) : route.page === 'compare' ? (
              <ComparePage route={route} />
            ) : route.page === 'source' ? (
              <SourcePage route={route} />
            ) : route.page === 'department' ? (
              <DepartmentPage route={route} />
            ) : route.page === 'region' ? (
              <RegionPage route={route} />
            ) : route.page === 'data' ? (
              <DataPage lang={route.lang} />
            ) : (
              <NotFoundPage />
            )}
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className={styles.footer} data-testid="site-footer">
        <p>{t.footer}</p>
        <p>
          {/* Its own page (downloads/), which works without a script; a plain click stays in the app (data-hash). */}
          <a {...pageLink({ page: 'data', lang: route.lang })} data-testid="footer-data-link">
            {t.dataNav}
          </a>
        </p>
      </footer>
    </>
  );
}
