/**
 * What a page (and every frame in it) did that a test may want to forbid: console errors, uncaught
 * errors, alert/confirm dialogs (a script that ran), Content-Security-Policy violations, and every
 * request it made.
 */
import type { Page } from '@playwright/test';

export interface PageWatch {
  errors: string[];
  cspViolations: string[];
  requests: string[];
  /** Responses with an HTTP error status, as "404 <url>". */
  failed: string[];
}

export function watchPage(page: Page): PageWatch {
  const w: PageWatch = { errors: [], cspViolations: [], requests: [], failed: [] };
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) w.cspViolations.push(m.text());
    if (m.type() === 'error') w.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    w.errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => w.requests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) w.failed.push(`${r.status()} ${r.url()}`);
  });
  return w;
}

/** Requests that went anywhere but the given origins (data: and blob: URLs never leave the page). */
export function foreignRequests(requests: readonly string[], origins: readonly string[]): string[] {
  return requests.filter((u) => {
    const url = new URL(u);
    if (url.protocol === 'data:' || url.protocol === 'blob:' || u === 'about:blank') return false;
    return !origins.includes(url.origin);
  });
}
