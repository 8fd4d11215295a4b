import { useMemo } from 'react';
import { useAppStore } from '../../state/store';
import { selectLang } from '../../state/selectors';
import { sourceLinker, type SourceLinker } from './sourceLinker';
import { siteHref } from '../siteHref';

/** The source links of a budget in the page's language, resolved against the address the reader is on. */
export function useSourceLinker(budgetId: string): SourceLinker {
  const lang = useAppStore(selectLang);
  // siteHref itself, read when an absolute address is made: not in render (the build has no document).
  return useMemo(() => sourceLinker(budgetId, lang, siteHref), [budgetId, lang]);
}
