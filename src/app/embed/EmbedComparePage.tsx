/**
 * The embed twin of the compare page (#/embed/compare?ids=…): the comparison alone — title, unit, how
 * the budgets relate (a contained unit is said to be contained here too), the sections — with the
 * source credit of every budget and a link back to the full page. No picker, no site chrome. Loaded
 * lazily like the compare page.
 */
import { shownName } from '../../model/englishName';
import { useEffect, useState } from 'react';
import { EmbedDataSlot } from './embedDataSlot';
import { findEntry } from '../../model/loadBudget';
import type { BudgetIndexEntry } from '../../model/types';
import { commonUnit } from '../../model/units';
import { effectiveAmountMode } from '../../model/displayAmount';
import { fullRoute, type CompareRoute } from '../../state/route';
import { useIndex } from '../useData';
import { useT } from '../i18n';
import { compareWords } from '../i18n/compareLang';
import { LoadErrorMessage } from '../components/LoadErrorMessage';
import { CompareLoaded } from '../compare/ComparePage';
import { fullViewUrl } from './embedSnippet';
import { OutLink } from './EmbedPage';
import { sourceLinker } from '../source/sourceLinker';
import styles from './EmbedPage.module.css';
import ui from '../../styles/ui.module.css';
import { siteHref } from '../siteHref';

export function EmbedComparePage({ route }: { route: CompareRoute }) {
  const index = useIndex();
  const t = useT();
  const s = compareWords(t.lang);
  const entries = index.ok ? route.ids.map((id) => findEntry(index.value, id)).filter((e): e is BudgetIndexEntry => e !== null) : [];
  const whole = s.embedTitle(entries.map((e) => s.budgetLabel(shownName(e.department, e.departmentEn, s.englishNames), e.year)).join(' / '));
  const title = whole;
  // A section embed's heading is the section's own (inside the view); the window title names it too.
  const section = route.section ? ` · ${s.sections[route.section]}` : '';
  useEffect(() => {
    document.title = `${title}${section} · ${t.appName}`;
  }, [title, section, t]);
  // The credit line's place for the view's 数据 link (embedDataSlot.ts).
  const [dataSlot, setDataSlot] = useState<HTMLSpanElement | null>(null);
  const back = (
    <OutLink href={fullViewUrl(siteHref(), fullRoute(route))} testId="embed-full-link">
      {t.embedViewFull}
    </OutLink>
  );
  if (!index.ok) {
    return (
      <>
        <LoadErrorMessage error={index.reason} />
        <p className={styles.credit}>{back}</p>
      </>
    );
  }
  return (
    <article data-testid="embed-page" data-view="compare">
      <header>
        <h1 className={styles.title} data-testid="embed-title">
          {title}
        </h1>
        <p className={styles.unit} data-testid="embed-unit">
          {/* The unit of the figures below: 百万元 where they are shown so (English's default, amounts=). */}
          {t.amounts.unitShort(effectiveAmountMode(route.lang, route.amounts) === 'million' ? '百万元' : commonUnit(entries.map((e) => e.unit)))} ·{' '}
          {s.embedIntro}
        </p>
      </header>
      <div className={styles.view} data-testid="view-compare">
        <EmbedDataSlot.Provider value={dataSlot}>
          {entries.length >= 2 ? <CompareLoaded ids={entries.map((e) => e.id)} route={route} /> : <p className={ui.notice}>{s.pickAtLeastTwo}</p>}
        </EmbedDataSlot.Provider>
      </div>
      <p className={styles.credit} data-testid="embed-credit">
        <span data-testid="embed-source">
          {s.credit(
            entries.map((e) => `${shownName(e.department, e.departmentEn, s.englishNames)} ${e.year} ${t.kinds[e.kind]}${t.paren(e.source)}`).join(s.clauseSep),
          )}
        </span>
        {/* 原文: each budget's document in the source view (a new window, like every link out of the frame). */}
        {entries.map((e) => (
          <span key={e.id}>
            <span aria-hidden="true"> · </span>
            <OutLink href={sourceLinker(e.id, route.lang, siteHref()).url()} testId="embed-source-link">
              {`${t.trail.embedLink} ${e.year}`}
            </OutLink>
          </span>
        ))}
        <span aria-hidden="true"> · </span>
        {back}
        <span ref={setDataSlot} />
      </p>
    </article>
  );
}
