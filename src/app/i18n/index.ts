import { useAppStore } from '../../state/store';
import { selectLang } from '../../state/selectors';
import type { Lang } from '../../state/route';
import type { Dict } from './dict';
import { en } from './en';
import { zh } from './zh';

export type { Dict };

export function dictFor(lang: Lang): Dict {
  return lang === 'en' ? en : zh;
}

/** The dictionary of the language in the URL. */
export function useT(): Dict {
  return dictFor(useAppStore(selectLang));
}
