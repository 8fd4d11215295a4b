/**
 * Markup written the way the build writes it, put into an element of the test page and hydrated there; every
 * such element unmounted and removed after each test (`afterEach(removeHosts)`), so that no test sees another's.
 */
import type { ReactNode } from 'react';
import { hydrateRoot, type HydrationOptions, type Root } from 'react-dom/client';

const mounted: { host: HTMLElement; root: Root | null }[] = [];

/** A new element at the end of the page holding `markup`, as a pre-rendered page's #root holds it. */
export function hostWith(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  mounted.push({ host, root: null });
  return host;
}

/** Hydrates `host` (made by hostWith) with `app`. */
export function hydrateHost(host: HTMLElement, app: ReactNode, options?: HydrationOptions): Root {
  const root = hydrateRoot(host, app, options);
  const entry = mounted.find((m) => m.host === host);
  if (entry) entry.root = root;
  return root;
}

export function removeHosts(): void {
  for (const { host, root } of mounted.splice(0)) {
    root?.unmount();
    host.remove();
  }
}
