/**
 * 数字出处, loaded when a figure is first clicked: the popover (ProvenancePopover) mounts only while a
 * figure is chosen, so its code stays out of the page's first download.
 */
import { lazy, Suspense } from 'react';
import type { Budget } from '../../model/types';
import { useAppStore } from '../../state/store';
import { selectProvenance } from '../../state/selectors';

const Provenance = lazy(() => import('./ProvenancePopover').then((m) => ({ default: m.ProvenancePopover })));

export function LazyProvenancePopover({ budget }: { budget: Budget }) {
  const target = useAppStore(selectProvenance);
  if (!target) return null;
  return (
    <Suspense fallback={null}>
      <Provenance budget={budget} />
    </Suspense>
  );
}
