/**
 * The one popover of the site (数字出处, 名词解释, the tables' source notes): ui/FloatingPopover.tsx, built on
 * @floating-ui/react — about 17 KB gzip that no first screen needs, so it loads when a popover first opens
 * (or earlier, through preloadPopover, where a caller knows one is coming). Until it is here the popover
 * renders nothing; then it mounts, places itself and takes focus as FloatingPopover describes.
 */
import { lazy, Suspense } from 'react';
import type { PopoverProps } from './FloatingPopover';

export type { PopoverCloseReason, PopoverProps } from './FloatingPopover';

let chunk: Promise<typeof import('./FloatingPopover')> | null = null;

/** Start loading the popover's code (once). */
export function preloadPopover(): Promise<typeof import('./FloatingPopover')> {
  chunk ??= import('./FloatingPopover');
  return chunk;
}

const Floating = lazy(() => preloadPopover().then((m) => ({ default: m.FloatingPopover })));

export function Popover(props: PopoverProps) {
  return (
    <Suspense fallback={null}>
      <Floating {...props} />
    </Suspense>
  );
}
