/**
 * 数据字典: the fields of a budget file (from the JSON Schema, built into the manifest), with type, unit,
 * meaning and an example. A table on wide screens; on a phone each field stacks into a small card.
 */
import type { DownloadsManifest } from '../../model/dataFiles/manifest';
import type { Lang } from '../../model/lang';
import { dataPageWords } from '../i18n/dataPageLang';
import { formatBytes } from './formatBytes';
import styles from './DataPage.module.css';

export function DataDictionary({ manifest, lang }: { manifest: DownloadsManifest; lang: Lang }) {
  const t = dataPageWords(lang);
  return (
    <section className={styles.section} aria-labelledby="data-dictionary">
      <h2 id="data-dictionary">{t.dictionaryTitle}</h2>
      <p>{t.dictionaryIntro}</p>
      <ul className={styles.links}>
        <li>
          <a href={manifest.dictionaryCsv.path} download data-testid="data-dictionary-csv">
            {t.dictionaryCsv(formatBytes(manifest.dictionaryCsv.bytes, lang))}
          </a>
        </li>
        <li>
          <a href={manifest.schema.path} download data-testid="data-schema">
            {t.schemaLink(formatBytes(manifest.schema.bytes, lang))}
          </a>
        </li>
      </ul>
      <table className={styles.dictionary} data-testid="data-dictionary">
        <thead>
          <tr>
            <th scope="col">{t.colField}</th>
            <th scope="col">{t.colType}</th>
            <th scope="col">{t.colUnit}</th>
            <th scope="col">{t.colMeaning}</th>
            <th scope="col">{t.colExample}</th>
          </tr>
        </thead>
        <tbody>
          {manifest.dictionary.map((r) => (
            <tr key={r.path}>
              <th scope="row" data-label={t.colField}>
                <code>{r.path}</code>
              </th>
              <td data-label={t.colType}>
                <code>{r.type}</code>
              </td>
              <td data-label={t.colUnit}>{r.unit === 'amount' ? t.unitAmount : r.unit === 'lines' ? t.unitLines : ''}</td>
              <td data-label={t.colMeaning} lang="en">
                {r.description}
              </td>
              <td data-label={t.colExample}>{r.example === undefined ? '' : <code>{r.example}</code>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
