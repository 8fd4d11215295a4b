/**
 * 数字出处, loaded when a figure is first clicked (ui/lazyWhenMounted): the popover (ProvenancePopover)
 * mounts only while a figure is chosen, so its code stays out of the page's first download.
 */
import type { Budget } from '../../model/types';
import { useAppStore } from '../../state/store';
import { selectProvenance } from '../../state/selectors';
import { lazyWhenMounted } from '../../ui/lazyWhenMounted';

const Provenance = lazyWhenMounted(() => import('./ProvenancePopover').then((m) => m.ProvenancePopover));

export function LazyProvenancePopover({ budget }: { budget: Budget }) {
  const target = useAppStore(selectProvenance);
  return target ? <Provenance budget={budget} /> : null;
}
