/**
 * 数据下载: every budget as JSON and as CSV per table, the archive of everything, how to cite each budget,
 * what each document says about its terms, and the data dictionary. Everything comes from the manifest the
 * build wrote (scripts/dataDownloads.ts); links are relative, so the page works from any sub-folder.
 */
import { Suspense, useEffect } from 'react';
import { sourceLinker } from '../source/sourceLinker';
import { useIndex, useDownloads } from '../useData';
import { useT } from '../i18n';
import { dataPageWords } from '../i18n/dataPageLang';
import { LoadErrorMessage } from '../components/LoadErrorMessage';
import { DataDictionary } from './DataDictionary';
import { BudgetDownloadsCard } from './BudgetDownloadsCard';
import { formatBytes } from './formatBytes';
import type { Lang } from '../../model/lang';
import styles from './DataPage.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';
import { siteHref } from '../siteHref';

export function DataPage({ lang }: { lang: Lang }) {
  const t = useT();
  const w = dataPageWords(lang);
  useEffect(() => {
    document.title = `${w.title} · ${t.appName}`;
  }, [w, t]);
  return (
    <article className={styles.page} data-testid="data-page">
      <h1>{w.title}</h1>
      <p>{w.intro}</p>
      <p className={styles.note}>{w.amountsNote}</p>
      <Suspense fallback={<p className={ui.loading}>{w.loading}</p>}>
        <DataPageBody lang={lang} />
      </Suspense>
    </article>
  );
}

function DataPageBody({ lang }: { lang: Lang }) {
  const w = dataPageWords(lang);
  const manifest = useDownloads();
  const index = useIndex();
  if (!manifest.ok) return <LoadErrorMessage error={manifest.reason} />;
  if (!index.ok) return <LoadErrorMessage error={index.reason} />;
  const m = manifest.value;
  const byId = new Map(index.value.budgets.map((b) => [b.id, b]));
  return (
    <>
      <section className={styles.section} aria-labelledby="data-archive">
        <h2 id="data-archive">{w.archiveTitle}</h2>
        <p>
          <a className={cx(ui.button, styles.archive)} href={m.archive.path} download data-testid="data-archive">
            {w.archiveLink(formatBytes(m.archive.bytes, lang), m.archive.files)}
          </a>
        </p>
        <p className={styles.note}>{w.archiveHelp}</p>
      </section>
      <section className={styles.section} aria-labelledby="data-budgets">
        <h2 id="data-budgets">{w.budgetsTitle}</h2>
        {m.budgets.map((d) => {
          const entry = byId.get(d.id);
          if (!entry) return null;
          return (
            <BudgetDownloadsCard
              key={d.id}
              downloads={d}
              entry={entry}
              lang={lang}
              sourceHref={(line) => sourceLinker(d.id, lang, siteHref).href({ table: '', lines: [line, line] })}
            />
          );
        })}
      </section>
      <DataDictionary manifest={m} lang={lang} />
    </>
  );
}
