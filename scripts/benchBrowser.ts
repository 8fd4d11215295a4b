/**
 * The browser side shared by bench:catalog and bench:pages: Debian's Chromium, the two profiles every
 * page benchmark reports (a desktop, and the throttled phone issue 11 measures with), and a cold page
 * opened under one of them.
 */
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export interface Profile {
  name: string;
  width: number;
  height: number;
  /** CPU slowdown (1: none). */
  cpu: number;
  /** Network emulation, or null for none. */
  net: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
}

export const PROFILES: readonly Profile[] = [
  { name: 'desktop', width: 1280, height: 900, cpu: 1, net: null },
  // 4× CPU, 1.6 Mbps down, 150 ms latency: the phone of issue 11's measurements.
  { name: 'phone', width: 375, height: 812, cpu: 4, net: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 } },
];

/**
 * A new context (nothing cached) and page under the profile, with the CDP session that throttles it (for
 * a caller that also listens to the network). bypassCSP: the benchmarks poll with string
 * predicates, which the site's CSP (no eval) would refuse; the site's own scripts are unaffected.
 */
export async function coldPage(browser: Browser, profile: Profile, initScript: string): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({
    viewport: { width: profile.width, height: profile.height },
    locale: 'zh-CN',
    serviceWorkers: 'block',
    bypassCSP: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  if (profile.net) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.net });
  await page.addInitScript(initScript);
  return { context, page, cdp };
}
