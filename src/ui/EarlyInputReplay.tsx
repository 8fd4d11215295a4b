import { useEffect } from 'react';
import { earlyChanges, isReactOwned, replayChanges } from './replayEarlyInput';

/** How long the replay waits for React to own every control and button concerned (then replays those it does). */
const WAIT_MS = 15_000;
const POLL_MS = 30;
/** No buttons pressed: one array, so that the effect's dependency stays the same from render to render. */
const NO_CLICKS: readonly HTMLElement[] = [];

/**
 * Rendered beside an app that hydrates a page written at build time (nothing of its own in the markup): what
 * the reader did to the page's controls before the app took it over is noted at once, and replayed
 * (replayEarlyInput.ts) once React owns each control concerned — hydration can come in parts, a boundary
 * waiting for its data later than the rest. Then the buttons pressed meanwhile (earlyClicks.ts), in order,
 * each still in the page and enabled: the ticks first, so a compare pressed after two ticks finds them.
 * Only on a hydrated page: a page the app renders itself has no early input, and its selects carry no
 * written choice to compare with.
 */
export function EarlyInputReplay({ root, clicks = NO_CLICKS }: { root: HTMLElement; clicks?: readonly HTMLElement[] }) {
  useEffect(() => {
    // Noted now, before any render of the controls' owners puts their written values back.
    const changes = earlyChanges(root);
    const targets = [...changes.map((c) => c.el), ...clicks];
    if (targets.length === 0) return;
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout>;
    // A timer: outside React's commit, so each replayed change renders at once, as the reader's own would.
    const attempt = () => {
      const waiting = targets.some((el) => el.isConnected && !isReactOwned(el));
      if (waiting && Date.now() - started < WAIT_MS) {
        timer = setTimeout(attempt, POLL_MS);
        return;
      }
      replayChanges(changes.filter((c) => isReactOwned(c.el)));
      for (const b of clicks) if (b.isConnected && isReactOwned(b) && !(b instanceof HTMLButtonElement && b.disabled)) b.click();
    };
    timer = setTimeout(attempt, 0);
    return () => clearTimeout(timer);
  }, [root, clicks]);
  return null;
}
