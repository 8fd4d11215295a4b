import type { Route } from '../state/route';
import { loadDict } from './i18n';
import { pageCode } from './pages';

/**
 * The code a route's first render needs beyond the entry chunk, loaded before that render (main.tsx) with
 * no time limit, unlike the data: its language's words (English is a chunk of its own) and its page.
 */
export function preloadCode(route: Route): Promise<unknown> {
  return Promise.all([loadDict(route.lang), pageCode(route)]);
}
