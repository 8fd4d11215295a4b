/**
 * The height of an embed, in the message shapes newsrooms' pages already listen for, so the frame grows
 * without our script where the article's platform has its own: our own message (public/embed.js), AMP's
 * `embed-size` (amp-iframe resizes on it), Embedly's `iframe.resize` (a JSON string) and, when the frame was
 * placed by Pym.js (its `childId` in the frame's query string), Pym's `height` string. Each says only a
 * height; nothing is read back. Pure.
 */
import { heightMessage } from './embedMessage';

/** Pym.js puts `?childId=<id>` on the frame's URL; anything else is ignored (it goes into a message). */
const PYM_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function pymChildId(search: string): string | null {
  const id = new URLSearchParams(search).get('childId');
  return id !== null && PYM_ID.test(id) ? id : null;
}

export function resizeMessages(height: number, href: string, childId: string | null): unknown[] {
  const own = heightMessage(height);
  const h = own.height;
  const out: unknown[] = [own, { sentinel: 'amp', type: 'embed-size', height: h }, JSON.stringify({ src: href, context: 'iframe.resize', height: h })];
  if (childId !== null) out.push(`pymxPYMx${childId}xPYMxheightxPYMx${h}`);
  return out;
}
