/**
 * The treemap's tooltip, fetched once the chart is on screen (after hydration) rather than with it: no
 * first paint shows a tooltip, and by the first hover it is here. Until then a hover shows nothing.
 */
import { useEffect } from 'react';
import { lazyWhenMounted } from '../../ui/lazyWhenMounted';

const load = () => import('./TreemapTooltip');

export const LazyTreemapTooltip = lazyWhenMounted(() => load().then((m) => m.TreemapTooltip));

/** Starts the tooltip's download after the chart's first render (once; the browser keeps the module). */
export function usePreloadTreemapTooltip(): void {
  useEffect(() => {
    void load();
  }, []);
}
