/**
 * The treemap's tooltip, fetched once the chart is on screen (after hydration) rather than with it: no
 * first paint shows a tooltip, and by the first hover it is here. Until then a hover shows nothing.
 */
import { lazy, Suspense, useEffect, type ComponentProps } from 'react';

const load = () => import('./TreemapTooltip');
const Tooltip = lazy(() => load().then((m) => ({ default: m.TreemapTooltip })));

/** Starts the tooltip's download after the chart's first render (once; the browser keeps the module). */
export function usePreloadTreemapTooltip(): void {
  useEffect(() => {
    void load();
  }, []);
}

export function LazyTreemapTooltip(props: ComponentProps<typeof Tooltip>) {
  return (
    <Suspense fallback={null}>
      <Tooltip {...props} />
    </Suspense>
  );
}
