/** One budget on the data page: its JSON, source text and CSV files, how to cite it, and its stated terms. */
import type { BudgetIndexEntry } from '../../model/types';
import type { BudgetDownloads } from '../../model/dataFiles/manifest';
import type { Lang } from '../../model/lang';
import { budgetRoute } from '../../state/route';
import { pageLink } from '../../state/pagePath';
import { useSiteHref } from '../siteHref';
import { dataPageWords } from '../i18n/dataPageLang';
import { useToday } from '../useToday';
import { formatBytes } from './formatBytes';
import styles from './DataPage.module.css';

interface Props {
  downloads: BudgetDownloads;
  entry: BudgetIndexEntry;
  lang: Lang;
  sourceHref: (line: number) => string;
}

export function BudgetDownloadsCard({ downloads: d, entry, lang, sourceHref }: Props) {
  const t = dataPageWords(lang);
  const accessed = useToday();
  // The budget page's own address (its pre-rendered page), absolute from where the site is served (a
  // sub-folder included); '' until the page has an address (rendered at build time, then hydrated).
  const site = useSiteHref();
  const pageUrl = site ? new URL(pageLink(budgetRoute(d.id, lang)).href, site).href : '';
  return (
    <section className={styles.card} data-testid="data-budget" data-budget={d.id} aria-labelledby={`data-${d.id}`}>
      <h3 id={`data-${d.id}`}>
        <a {...pageLink(budgetRoute(d.id, lang))}>{t.budgetHeading(entry.department, entry.year, entry.kind, entry.unit)}</a>
      </h3>
      <ul className={styles.links}>
        <li>
          <a href={d.json.path} download data-testid="data-json">
            {t.jsonLink(formatBytes(d.json.bytes, lang))}
          </a>
        </li>
        <li>
          <a href={d.source.path} download data-testid="data-source">
            {t.sourceLink(formatBytes(d.source.bytes, lang))}
          </a>
        </li>
      </ul>
      <details className={styles.csv}>
        <summary>
          {t.csvTitle} · {d.csv.length}
        </summary>
        <ul className={styles.csvList}>
          {d.csv.map((c) => (
            <li key={c.name}>
              <a href={c.path} download data-testid="data-csv" data-file={c.name}>
                {lang === 'en' ? c.titleEn : c.titleZh}
              </a>{' '}
              <span className={styles.meta}>
                {c.name} · {t.csvRows(c.rows)} · {formatBytes(c.bytes, lang)}
              </span>
            </li>
          ))}
        </ul>
      </details>
      <h4>{t.citeTitle}</h4>
      <p className={styles.citation} data-testid="data-citation">
        {t.citation({ department: entry.department, region: entry.region, year: entry.year, kind: entry.kind, source: entry.source, url: pageUrl, accessed })}
      </p>
      <h4>{t.termsTitle}</h4>
      {d.terms.length === 0 ? (
        <p className={styles.note} data-testid="data-terms-none">
          {t.termsNone}
        </p>
      ) : (
        <ul data-testid="data-terms">
          {d.terms.map((l) => (
            <li key={l.line}>
              <q>{l.text}</q> <a href={sourceHref(l.line)}>{t.termsLine(l.line)}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
