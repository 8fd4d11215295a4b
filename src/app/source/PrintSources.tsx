/**
 * 出处, on paper only: a printed budget page ends with where everything on it comes from — the document,
 * its tables with their lines, the source view's address (the links of the screen do not survive
 * printing) and the address of the page itself. Hidden on screen, where every figure links its lines.
 */
import type { Budget } from '../../model/types';
import { publicationHref } from '../../model/sourceView';
import { useT } from '../i18n';
import { tableName } from '../describeSrc';
import { useSourceLinker } from './useSourceLinker';
import { useLocationHref } from '../useLocationHref';
import { useSiteHref } from '../siteHref';
import styles from './PrintSources.module.css';

export function PrintSources({ budget }: { budget: Budget }) {
  const t = useT();
  const pageHref = useLocationHref();
  // The source view's absolute address once the page has one (a page rendered at build time has none).
  const site = useSiteHref();
  const linker = useSourceLinker(budget.id);
  const publication = budget.publication ? publicationHref(budget.publication.url) : null;
  return (
    <section className={styles.printSources} aria-labelledby="print-sources-title" data-testid="print-sources">
      <h2 id="print-sources-title">{t.trail.printSources}</h2>
      <p>
        {t.trail.printSourceDoc(budget.source)}: <span className={styles.url}>{site ? linker.url() : linker.href()}</span>
      </p>
      {publication ? (
        <p>
          {t.trail.officialPublication}: <span className={styles.url}>{publication}</span>
        </p>
      ) : null}
      <ul className={styles.tables}>
        {budget.tables.map((table) => (
          <li key={table.key}>
            {tableName(budget, table.key, t)} · {t.provenanceLines(table.lines[0], table.lines[1])}
          </li>
        ))}
      </ul>
      <p>
        {t.trail.printPageAddress}: <span className={styles.url}>{pageHref}</span>
      </p>
    </section>
  );
}
