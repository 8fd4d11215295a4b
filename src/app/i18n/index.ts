import { use } from 'react';
import { useAppStore } from '../../state/store';
import { selectLang } from '../../state/selectors';
import type { Lang } from '../../state/route';
import type { Dict } from './dict';
import { zh } from './zh';
import { once } from '../chunk';

export type { Dict };

/**
 * The English words are their own chunk (about a quarter of the initial script otherwise): the Chinese
 * reader never downloads them. The page waits for them before its first render (main.tsx, through
 * preloadCode), and the language switch before it switches; a render that still finds them missing (an
 * English address opened from a link) suspends on this one promise, never renders other words.
 */
const enWords = once(() =>
  import('./en').then(
    (m) => m.en,
    (error: unknown) => {
      // A chunk that cannot load (offline, a deploy in between): the Chinese page rather than a blank one.
      // (A browser does not import a failed module again in the same page, so there is no retry.)
      console.warn('the English words did not load', error);
      return zh;
    },
  ),
);

/** The dictionary of a language, once loaded (Chinese is always at hand). */
export function loadDict(lang: Lang): Promise<Dict> {
  if (lang === 'zh') return Promise.resolve(zh);
  return enWords();
}

/** The dictionary of a language if it is loaded, or null (English before its chunk arrived). */
export function dictFor(lang: Lang): Dict | null {
  if (lang === 'zh') return zh;
  return enWords.loaded() ?? null;
}

/** The dictionary of a language in a component: suspends until it is loaded. */
export function useDict(lang: Lang): Dict {
  return dictFor(lang) ?? use(loadDict(lang));
}

/** The dictionary of the language in the URL. */
export function useT(): Dict {
  return useDict(useAppStore(selectLang));
}
