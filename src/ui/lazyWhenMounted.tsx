/**
 * A component whose code loads when it is first mounted: a dialog, a popover, a tooltip — nothing a first
 * screen shows, so it stays out of the page's first download. React.lazy inside a Suspense boundary of its
 * own that shows nothing meanwhile, so the page around it never falls back to its loading line.
 */
import { lazy, Suspense, type ComponentType } from 'react';

export function lazyWhenMounted<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Loaded = lazy(async () => ({ default: await load() }));
  // biome-ignore lint/correctness/noComponentHookFactories: called at module level only, once per component (as React.lazy is), never during a render
  return function WhenMounted(props: P) {
    return (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    );
  };
}
