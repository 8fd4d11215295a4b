/**
 * 目录筛选: the catalog's facets (region, year, kind, unit) as native selects — accessible and usable with a
 * phone's own picker — each option with the number of budgets it would show, and a text filter. The filter
 * lives in the URL (catalogQuery.ts); typing replaces the history entry instead of adding one per key.
 */
import { useId } from 'react';
import { FACET_KEYS, isEmptyFilter, type CatalogFilter, type FacetKey } from '../../model/catalogFacets';
import type { DocumentKind, MoneyUnit } from '../../model/types';
import { useT } from '../i18n';
import styles from './CatalogFilters.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

export function CatalogFilters({
  valuesOf,
  total,
  filter,
  shown,
  onChange,
}: {
  /** A facet's values and counts under the current filter; counts null while they are not known yet. */
  valuesOf(key: FacetKey): { value: string; count: number | null }[];
  /** How many budgets the site lists. */
  total: number;
  filter: CatalogFilter;
  /** How many match; null while the whole list is loading. */
  shown: number | null;
  onChange(filter: CatalogFilter, opts?: { replace?: boolean }): void;
}) {
  const t = useT();
  const w = t.facets;
  const id = useId();
  const label = (key: FacetKey, value: string) => (key === 'kind' ? t.kinds[value as DocumentKind] : key === 'unit' ? t.unit(value as MoneyUnit) : value);
  const set = (key: FacetKey, value: string) => {
    const next: CatalogFilter = { ...filter };
    if (value === '') delete next[key];
    else if (key === 'year') next.year = Number(value);
    else if (key === 'kind') next.kind = value as DocumentKind;
    else if (key === 'unit') next.unit = value as MoneyUnit;
    else next.region = value;
    onChange(next);
  };
  return (
    <fieldset className={styles.filters} data-testid="catalog-filters">
      <legend className={ui.srOnly}>{w.legend}</legend>
      {FACET_KEYS.map((key) => {
        const values = valuesOf(key);
        // A facet with one value tells the reader nothing and takes a phone's screen: not shown.
        if (values.length < 2 && filter[key] === undefined) return null;
        return (
          <label key={key} className={styles.facet}>
            <span className={styles.label}>{w[key]}</span>
            <select
              className={styles.select}
              value={filter[key] === undefined ? '' : String(filter[key])}
              onChange={(e) => set(key, e.target.value)}
              data-testid={`facet-${key}`}
            >
              <option value="">{w.any}</option>
              {values.map((v) => (
                <option key={v.value} value={v.value} disabled={v.count === 0 && String(filter[key]) !== v.value}>
                  {v.count === null ? label(key, v.value) : w.option(label(key, v.value), v.count)}
                </option>
              ))}
            </select>
          </label>
        );
      })}
      <label className={cx(styles.facet, styles.text)} htmlFor={`${id}-text`}>
        <span className={styles.label}>{w.text}</span>
        <input
          id={`${id}-text`}
          className={styles.select}
          type="search"
          value={filter.text ?? ''}
          placeholder={w.textPlaceholder}
          maxLength={40}
          onChange={(e) => {
            const next: CatalogFilter = { ...filter, text: e.target.value };
            if (e.target.value === '') delete next.text;
            onChange(next, { replace: true });
          }}
          data-testid="facet-text"
        />
      </label>
      <p className={styles.status} aria-live="polite" data-testid="catalog-shown">
        {shown === null ? w.loadingAll(total) : w.shown(shown, total)}
        {isEmptyFilter(filter) ? null : (
          <button type="button" className={cx(ui.button, styles.clear)} onClick={() => onChange({})} data-testid="facet-clear">
            {w.clear}
          </button>
        )}
      </p>
    </fieldset>
  );
}
