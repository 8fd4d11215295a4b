/**
 * 搜索: one box in the header of every page, over every budget (部门/单位, 功能分类, 经济分类, 项目 and
 * their 项目内容/绩效目标). Nothing is loaded until the box is first focused or typed in: then the search
 * code (a separate chunk, searchEngine.ts) and the index's manifest (data/search/manifest.json) arrive
 * together; each query then reads the few index files it needs (model/searchShards). Queries are debounced;
 * ranking is the model's (exact names first); a query's hits replace the list only if it is still the
 * query in the box. A hit takes the reader straight to the line (hitRoute.ts).
 *
 * Keyboard: the WAI-ARIA combobox pattern with a listbox popup — ↓/↑ move through the hits (the input
 * keeps focus; aria-activedescendant names the active hit), Enter opens it (or the first hit), Escape
 * closes the list and a second Escape clears the box. Mouse and touch: tap a hit.
 */
import { isMisprint } from '../../model/misprints';
import type { Crosswalk } from '../../model/crosswalkTypes';
import { PrintedName } from '../components/PrintedName';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { SearchHit } from '../../model/searchTypes';
import type { ShardedSearch } from '../../model/searchShards/shardedSearch';
import { amountView, usePageAmountMode } from '../amounts/amountView';
import { useAppStore } from '../../state/store';
import { selectLang, selectNavigate } from '../../state/selectors';
import { formatHash } from '../../state/route';
import { indexResource } from '../../state/dataCache';
import type { BudgetIndexEntry } from '../../model/types';
import { useT } from '../i18n';
import { hitRoute } from './hitRoute';
import styles from './SearchBox.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

type Engine = typeof import('./searchEngine');
type Status = 'idle' | 'loading' | 'ready' | 'failed';

/** Wait this long after the last keystroke before searching (typing Chinese with an IME sends bursts). */
export const DEBOUNCE_MS = 150;

let engineLoad: Promise<Engine> | null = null;
function loadEngine(): Promise<Engine> {
  engineLoad ??= import('./searchEngine').catch((e: unknown) => {
    engineLoad = null;
    throw e;
  });
  return engineLoad;
}

/** The label with the first occurrence of the query marked (case-insensitive; as typed). */
function marked(label: string, query: string): ReactNode {
  const q = query.trim();
  if (q === '') return label;
  const i = label.toLowerCase().indexOf(q.toLowerCase());
  if (i < 0) return label;
  return (
    <>
      {label.slice(0, i)}
      <mark>{label.slice(i, i + q.length)}</mark>
      {label.slice(i + q.length)}
    </>
  );
}

export function SearchBox() {
  const t = useT();
  // Hit figures in the page's mode (English: 百万元, exact), as the page they lead to shows them.
  const av = amountView(t, usePageAmountMode());
  const lang = useAppStore(selectLang);
  const navigate = useAppStore(selectNavigate);
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>('idle');
  const [engine, setEngine] = useState<{ run: Engine['runSearch']; index: ShardedSearch } | null>(null);
  const [hits, setHits] = useState<SearchHit[]>([]);
  /** The query the hits are for (the box may be ahead of it while debouncing). */
  const [hitsFor, setHitsFor] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [entries, setEntries] = useState<ReadonlyMap<string, BudgetIndexEntry>>(new Map());
  // The crosswalk (in index.json) knows which printed names are misprints: hits show them marked [原文如此].
  const [crosswalk, setCrosswalk] = useState<Crosswalk | undefined>(undefined);

  const start = useCallback(() => {
    if (status === 'loading' || status === 'ready') return;
    setStatus('loading');
    loadEngine()
      .then(async (m) => {
        // index.json (cached, usually loaded already) says each budget's kind and unit.
        const [r, catalog] = await Promise.all([m.loadSearch(), indexResource()]);
        if (!r.ok) {
          setStatus('failed');
          return;
        }
        setEntries(new Map(catalog.ok ? catalog.value.budgets.map((e) => [e.id, e] as const) : []));
        if (catalog.ok) setCrosswalk(catalog.value.crosswalk);
        setEngine({ run: m.runSearch, index: r.value });
        setStatus('ready');
      })
      .catch(() => setStatus('failed'));
  }, [status]);

  // Debounced search: only the last query typed within DEBOUNCE_MS runs.
  useEffect(() => {
    if (!engine) return;
    const q = query.trim();
    let live = true;
    const timer = setTimeout(() => {
      const show = (list: SearchHit[]) => {
        if (!live) return;
        setHits(list);
        setHitsFor(q);
        setActive(-1);
      };
      if (q === '') {
        show([]);
        return;
      }
      engine.run(engine.index, q).then((r) => {
        if (r.ok) show(r.value);
        // A file of the index could not be read: say so (the next query may try it again).
        else if (live) setStatus('failed');
      });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, engine]);

  const budgets = useMemo(() => new Map((engine?.index.manifest.budgets ?? []).map((b) => [b.id, b])), [engine]);
  const listId = `search-${uid}-list`;
  const optionId = (doc: number) => `search-${uid}-hit-${doc}`;
  const trimmed = query.trim();
  const current = trimmed !== '' && hitsFor === trimmed;
  const showList = open && current && hits.length > 0;
  const activeHit = active >= 0 ? hits[active] : undefined;

  // Keep the active hit in view when the arrows move past the popup's edge.
  useEffect(() => {
    if (activeHit) document.getElementById(`search-${uid}-hit-${activeHit.doc}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeHit, uid]);

  const go = (hit: SearchHit) => {
    setOpen(false);
    setQuery('');
    setHits([]);
    setHitsFor('');
    inputRef.current?.blur();
    navigate(hitRoute(hit, lang));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (hits.length === 0 || !current) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a < 0 ? (step > 0 ? 0 : hits.length - 1) : (a + step + hits.length) % hits.length));
    } else if (e.key === 'Enter') {
      const hit = activeHit ?? (current ? hits[0] : undefined);
      if (hit) {
        e.preventDefault();
        go(hit);
      }
    } else if (e.key === 'Escape') {
      if (showList) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (query !== '') {
        e.preventDefault();
        setQuery('');
      }
    }
  };

  const statusText =
    status === 'loading' && trimmed !== ''
      ? t.searchLoading
      : status === 'failed'
        ? t.searchFailed
        : current && open
          ? hits.length === 0
            ? t.searchNoHits
            : t.searchHits(hits.length)
          : '';

  return (
    <div className={styles.siteSearch} role="search" data-testid="search">
      <label htmlFor={`search-${uid}-input`} className={ui.srOnly}>
        {t.searchLabel}
      </label>
      <input
        ref={inputRef}
        id={`search-${uid}-input`}
        className={styles.input}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && activeHit ? optionId(activeHit.doc) : undefined}
        aria-describedby={`search-${uid}-help`}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={t.searchPlaceholder}
        value={query}
        onFocus={() => {
          start();
          setOpen(true);
        }}
        onChange={(e) => {
          start();
          setQuery(e.target.value);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        data-testid="search-input"
      />
      <span id={`search-${uid}-help`} className={ui.srOnly}>
        {t.searchHelp}
      </span>
      <span className={ui.srOnly} role="status" aria-live="polite">
        {statusText}
      </span>
      {open && trimmed !== '' && statusText !== '' && !showList ? (
        <p className={cx(styles.pop, styles.note, ui.note)} data-testid="search-status">
          {statusText}
          {/* No hits: what else to try (a part of a name, the other language, a code). */}
          {current && hits.length === 0 && status === 'ready' ? (
            <span className={styles.hint} data-testid="search-hint">
              {' '}
              {t.names.searchNoHitsHint}
            </span>
          ) : null}
        </p>
      ) : null}
      <ul id={listId} role="listbox" aria-label={t.searchLabel} className={cx(styles.pop, styles.list)} hidden={!showList} data-testid="search-list">
        {showList
          ? hits.map((hit, i) => {
              const b = budgets.get(hit.budget);
              const e = entries.get(hit.budget);
              const code = hit.kind === 'functional' || hit.kind === 'economic' || (hit.kind === 'department' && hit.key !== '') ? hit.key : '';
              return (
                <li
                  key={hit.doc}
                  id={optionId(hit.doc)}
                  role="option"
                  aria-selected={i === active}
                  className={cx(styles.hit, i === active && styles.active)}
                  // Keep the focus in the box: the click still lands on the option.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => go(hit)}
                  onMouseMove={() => setActive(i)}
                  data-testid={`search-hit-${hit.budget}-${hit.kind}-${hit.key}`}
                  data-href={formatHash(hitRoute(hit, lang))}
                >
                  <span className={styles.top}>
                    {/* In English the English name (data/names-en.json) with the printed name after it. */}
                    {t.names.englishNames && hit.labelEn ? (
                      <span className={styles.label}>
                        {code !== '' ? <span className={styles.code}>{code} </span> : null}
                        {marked(hit.labelEn, query)}{' '}
                        <span className={styles.printed} lang="zh-CN" data-printed-name="">
                          {marked(hit.label, query)}
                        </span>
                        {(hit.kind === 'functional' || hit.kind === 'economic') && isMisprint(crosswalk, hit.kind, hit.key, hit.label) ? (
                          <span className={styles.sic} lang={t.htmlLang} data-testid="search-sic">
                            {t.treemapMore.sic}
                          </span>
                        ) : null}
                      </span>
                    ) : (
                      <span className={styles.label} lang="zh-CN">
                        {code !== '' ? <span className={styles.code}>{code} </span> : null}
                        {marked(hit.label, query)}
                        {(hit.kind === 'functional' || hit.kind === 'economic') && isMisprint(crosswalk, hit.kind, hit.key, hit.label) ? (
                          <span className={styles.sic} lang={t.htmlLang} data-testid="search-sic">
                            {t.treemapMore.sic}
                          </span>
                        ) : null}
                      </span>
                    )}
                    <span className={styles.kind}>{t.searchKinds[hit.kind]}</span>
                  </span>
                  <span className={styles.where}>
                    {b ? <PrintedName printed={`${b.department}`} en={b.departmentEn} /> : hit.budget}
                    {b ? ` ${b.year}` : null}
                    {e ? <span>{` · ${t.kinds[e.kind]}`}</span> : null}
                    {/* An amount only with its budget's unit (元 or 万元): never a bare number. */}
                    {hit.amount && e ? <span className={styles.amount}>{` · ${av.text(hit.amount, e.unit)} ${av.unit(e.unit)}`}</span> : null}
                  </span>
                  {hit.match === 'description' && hit.snippet ? (
                    <span className={styles.snippet}>
                      {t.searchDescriptionMatch}
                      {t.colon}
                      <span lang="zh-CN">{hit.snippet}</span>
                    </span>
                  ) : null}
                </li>
              );
            })
          : null}
      </ul>
    </div>
  );
}
