import type { Page } from '@playwright/test';

/**
 * Opens `path` with the app's entry module held back until the returned function is called: the page as
 * written (pre-rendered) reads and takes a reader's input meanwhile, and its start script (the root's guard,
 * a page's start module) listens for early clicks — waited for here, so an action after this one is kept.
 */
export async function openWithEntryHeld(page: Page, path = './'): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  await page.route('**/assets/index-*.js', async (r) => {
    await held;
    await r.fallback();
  });
  await page.goto(path, { waitUntil: 'commit' });
  await page.waitForFunction(() => '__yusuanEarlyClicks' in window);
  return release;
}
