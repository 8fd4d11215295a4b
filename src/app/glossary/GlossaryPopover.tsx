/**
 * The definition of a term (名词解释), next to the button that opened it: the document's own Chinese
 * definition with its citation (document, year, 原文 lines), in the English interface preceded by this
 * site's English rendering (said to be a translation). Where the budget(s) on screen do not explain the
 * term, the definition is borrowed from another budget and the reader is told which; where no document
 * does, the site's own note says it is the site's. Non-modal: Escape, the close button or a tap
 * elsewhere closes it; focus goes back to the term.
 */
import { useContext, useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { Budget } from '../../model/types';
import { useAppStore } from '../../state/store';
import { selectLang } from '../../state/selectors';
import { budgetResource, indexResource } from '../../state/dataCache';
import { loadSearchIndex } from '../search/searchEngine';
import { GLOSSARY_EN, GLOSSARY_SITE_ZH, GLOSSARY_STRINGS } from '../i18n/glossaryText';
import { GlossaryBudgets } from './GlossaryContext';
import { budgetsWithout, definitionsIn, lenders, type Definition } from './glossaryLookup';
import { TERMS, type TermKey } from './terms';
import styles from './GlossaryPopover.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

type Borrowed = { state: 'loading' } | { state: 'failed' } | { state: 'none' } | { state: 'found'; from: Budget; defs: Definition[] };

/** Find the term in other budgets' glossaries: the search index says which have it; load the best one. */
async function borrow(term: TermKey, onScreen: readonly Budget[]): Promise<Borrowed> {
  const loaded = await loadSearchIndex();
  if (!loaded.ok) return { state: 'failed' };
  const info = TERMS[term];
  const catalog = await indexResource();
  const departmentIds = new Map(catalog.ok ? catalog.value.budgets.map((e) => [e.id, e.departmentId] as const) : []);
  for (const id of lenders(loaded.index, info, onScreen, departmentIds)) {
    const b = await budgetResource(id);
    if (!b.ok) continue;
    const defs = definitionsIn([b.value], info);
    if (defs.length > 0) return { state: 'found', from: b.value, defs };
  }
  return { state: 'none' };
}

interface Props {
  term: TermKey;
  anchor: RefObject<HTMLButtonElement | null>;
  onClose: (refocus: boolean) => void;
}

export function GlossaryPopover({ term, anchor, onClose }: Props) {
  const lang = useAppStore(selectLang);
  const s = GLOSSARY_STRINGS[lang];
  const budgets = useContext(GlossaryBudgets);
  const info = TERMS[term];
  const own = definitionsIn(budgets, info);
  const missing = own.length > 0 ? budgetsWithout(budgets, info) : [];
  const [borrowed, setBorrowed] = useState<Borrowed | null>(own.length > 0 ? null : { state: 'loading' });
  const ref = useRef<HTMLDivElement>(null);
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const [pos, setPos] = useState<{ left: number; top: number; width: number } | null>(null);
  const needBorrow = own.length === 0;

  useEffect(() => {
    if (!needBorrow) return;
    let live = true;
    borrow(term, budgets).then(
      (r) => live && setBorrowed(r),
      () => live && setBorrowed({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [needBorrow, term, budgets]);

  // Place it under the term, inside the viewport (a phone is 375 px wide).
  useLayoutEffect(() => {
    const a = anchor.current?.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const width = Math.min(360, vw - 16);
    if (!a) return;
    setPos({ left: Math.max(8, Math.min(a.left + window.scrollX, window.scrollX + vw - width - 8)), top: a.bottom + window.scrollY + 6, width });
  }, [anchor]);

  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose(true);
    };
    const onDown = (e: PointerEvent) => {
      const target = e.target instanceof Node ? e.target : null;
      if (!target || ref.current?.contains(target) || anchor.current?.contains(target)) return;
      onClose(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown);
    };
  }, [onClose, anchor]);

  const en = GLOSSARY_EN[term];
  const defs = own.length > 0 ? own : borrowed?.state === 'found' ? borrowed.defs : [];
  const none = borrowed?.state === 'none';
  const siteZh = GLOSSARY_SITE_ZH[term];

  const body = (
    <div
      ref={ref}
      className={cx(styles.popover, ui.popover, styles.popover, ui.popover)}
      role="dialog"
      aria-labelledby={`${uid}-title`}
      tabIndex={-1}
      style={pos ?? { left: 8, top: 8, width: 320 }}
      data-testid="glossary-popover"
      data-term={term}
    >
      <h2 id={`${uid}-title`} className={ui.popoverTitle}>
        {s.title(lang === 'en' ? `${en.term} (${info.zh})` : info.zh)}
      </h2>
      {borrowed?.state === 'loading' ? <p className={ui.help}>{s.loading}</p> : null}
      {borrowed?.state === 'failed' ? <p className={ui.help}>{s.loadFailed}</p> : null}
      {borrowed?.state === 'found' ? (
        <p className={styles.borrowed} data-testid="glossary-borrowed">
          {budgets.length > 0 ? s.borrowed(borrowed.from.department, borrowed.from.year) : s.borrowedNoBudget(borrowed.from.department, borrowed.from.year)}
        </p>
      ) : null}
      {lang === 'en' && defs.length > 0 ? (
        <>
          <p className={styles.note}>{s.englishNote}</p>
          <p className={styles.en} data-testid="glossary-english">
            {en.text}
          </p>
        </>
      ) : null}
      {defs.map((d) => (
        <div key={d.citations.map((c) => c.budgetId).join(' ')}>
          {lang === 'en' ? <p className={styles.note}>{s.original}:</p> : null}
          <blockquote lang="zh-CN" data-testid="glossary-definition">
            {d.text}
          </blockquote>
          <ul className={styles.cite}>
            {d.citations.map((c) => (
              <li key={c.budgetId} data-testid="glossary-citation" data-budget-id={c.budgetId}>
                —— <span lang="zh-CN">{s.citation(c.department, c.year)}</span>
                {lang === 'en' ? ' (' : '（'}
                {s.lines(c.src.lines[0], c.src.lines[1])}
                {lang === 'en' ? ', ' : '，'}
                {s.document} <code>{c.source}</code>
                {lang === 'en' ? ')' : '）'}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {missing.length > 0 ? <p className={ui.help}>{s.missingIn(missing.map((b) => `${b.department} ${b.year}`).join('、'))}</p> : null}
      {none ? (
        <>
          <p className={ui.help} data-testid="glossary-none">
            {s.noneDefines}
          </p>
          {siteZh || lang === 'en' ? (
            <>
              <p className={styles.note}>{s.siteNote}</p>
              <p className={lang === styles.en ? styles.en : styles.site} data-testid="glossary-site-note">
                {lang === 'en' ? en.text : siteZh}
              </p>
            </>
          ) : null}
        </>
      ) : null}
      <button type="button" className={cx(ui.button, ui.small)} onClick={() => onClose(true)} data-testid="glossary-close">
        {s.close}
      </button>
    </div>
  );
  return createPortal(body, document.body);
}
