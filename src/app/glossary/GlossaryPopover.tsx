/**
 * The definition of a term (名词解释), next to the button that opened it: the document's own Chinese
 * definition with its citation (document, year, 原文 lines), in the English interface preceded by this
 * site's English rendering (said to be a translation). Where the budget(s) on screen do not explain the
 * term, the definition is borrowed from another budget and the reader is told which; where no document
 * does, the site's own note says it is the site's. Non-modal (ui/Popover): Escape, the close button or
 * a tap elsewhere closes it; focus goes back to the term.
 */
import { useContext, useEffect, useId, useState } from 'react';
import type { Budget } from '../../model/types';
import { budgetResource, indexResource } from '../../state/dataCache';
import { loadSearch } from '../search/searchEngine';
import { useT } from '../i18n';
import { GlossaryBudgets } from './GlossaryContext';
import { budgetsWithout, definitionsIn, keysOf, lenders, type Definition } from './glossaryLookup';
import { TERMS, type TermKey } from './terms';
import { Popover } from '../../ui/Popover';
import styles from './GlossaryPopover.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

type Borrowed = { state: 'loading' } | { state: 'failed' } | { state: 'none' } | { state: 'found'; from: Budget; defs: Definition[] };

/** Find the term in other budgets' glossaries: the search index says which have it; load the best one. */
async function borrow(term: TermKey, onScreen: readonly Budget[]): Promise<Borrowed> {
  const loaded = await loadSearch();
  if (!loaded.ok) return { state: 'failed' };
  const info = TERMS[term];
  const have = new Set<number>();
  for (const key of keysOf(info)) {
    const r = await loaded.value.glossaryBudgets(key);
    if (!r.ok) return { state: 'failed' };
    for (const n of r.value) have.add(n);
  }
  const catalog = await indexResource();
  const departmentIds = new Map(catalog.ok ? catalog.value.budgets.map((e) => [e.id, e.departmentId] as const) : []);
  for (const id of lenders(loaded.value.manifest.budgets, have, onScreen, departmentIds)) {
    const b = await budgetResource(id);
    if (!b.ok) continue;
    const defs = definitionsIn([b.value], info);
    if (defs.length > 0) return { state: 'found', from: b.value, defs };
  }
  return { state: 'none' };
}

interface Props {
  term: TermKey;
  /** The term's button: the popover sits below it, and focus goes back to it on closing. */
  anchor: HTMLButtonElement | null;
  onClose: () => void;
}

export function GlossaryPopover({ term, anchor, onClose }: Props) {
  const t = useT();
  const s = t.glossary;
  const budgets = useContext(GlossaryBudgets);
  const info = TERMS[term];
  const own = definitionsIn(budgets, info);
  const missing = own.length > 0 ? budgetsWithout(budgets, info) : [];
  const [borrowed, setBorrowed] = useState<Borrowed | null>(own.length > 0 ? null : { state: 'loading' });
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, '');
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

  // The site's rendering of the definition in the interface language (English), or null (Chinese).
  const translation = s.translation(term);
  const defs = own.length > 0 ? own : borrowed?.state === 'found' ? borrowed.defs : [];
  const none = borrowed?.state === 'none';
  const siteNote = s.siteNoteText(term);

  return (
    <Popover
      anchor={anchor}
      onClose={onClose}
      maxWidth={360}
      className={cx(styles.popover, ui.popover, styles.popover, ui.popover)}
      aria-labelledby={`${uid}-title`}
      data-testid="glossary-popover"
      data-term={term}
    >
      <h2 id={`${uid}-title`} className={ui.popoverTitle}>
        {s.title(s.termName(term, info.zh))}
      </h2>
      {borrowed?.state === 'loading' ? <p className={ui.help}>{s.loading}</p> : null}
      {borrowed?.state === 'failed' ? <p className={ui.help}>{s.loadFailed}</p> : null}
      {borrowed?.state === 'found' ? (
        <p className={styles.borrowed} data-testid="glossary-borrowed">
          {budgets.length > 0 ? s.borrowed(borrowed.from.department, borrowed.from.year) : s.borrowedNoBudget(borrowed.from.department, borrowed.from.year)}
        </p>
      ) : null}
      {translation && defs.length > 0 ? (
        <>
          <p className={styles.note}>{s.englishNote}</p>
          <p className={styles.en} data-testid="glossary-english">
            {translation}
          </p>
        </>
      ) : null}
      {defs.map((d) => (
        <div key={d.citations.map((c) => c.budgetId).join(' ')}>
          {s.original ? <p className={styles.note}>{s.original}:</p> : null}
          <blockquote lang="zh-CN" data-testid="glossary-definition">
            {d.text}
          </blockquote>
          <ul className={styles.cite}>
            {d.citations.map((c) => (
              <li key={c.budgetId} data-testid="glossary-citation" data-budget-id={c.budgetId}>
                —— <span lang="zh-CN">{s.citation(c.department, c.year)}</span>
                {s.citeOpen}
                {s.lines(c.src.lines[0], c.src.lines[1])}
                {s.citeSep}
                {s.document} <code>{c.source}</code>
                {s.citeClose}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {missing.length > 0 ? <p className={ui.help}>{s.missingIn(missing.map((b) => `${b.department} ${b.year}`).join(t.enumSep))}</p> : null}
      {none ? (
        <>
          <p className={ui.help} data-testid="glossary-none">
            {s.noneDefines}
          </p>
          {siteNote ? (
            <>
              <p className={styles.note}>{s.siteNote}</p>
              <p className={translation ? 'glossary-en' : 'glossary-site'} data-testid="glossary-site-note">
                {siteNote}
              </p>
            </>
          ) : null}
        </>
      ) : null}
      <button type="button" className={cx(ui.button, ui.small)} onClick={onClose} data-testid="glossary-close">
        {s.close}
      </button>
    </Popover>
  );
}
