/**
 * The one message an embed page sends (嵌入 auto-height): its content height, to the page around the
 * <iframe>. public/embed.js, on that page, accepts exactly this shape and only from the site's origin.
 * Nothing else is ever posted, and the embed page listens to no messages. Pure.
 */

/** Namespaced so that other scripts' messages on the same page are never mistaken for ours. */
export const EMBED_HEIGHT_MESSAGE = 'yusuan-toushi:embed-height';

/** Heights outside this range are refused by embed.js (a runaway or hostile value). */
export const MAX_EMBED_HEIGHT = 20000;

/**
 * On a phone (a screen narrower than PHONE_FRAME_WIDTH) an embed asks for at most PHONE_MAX_HEIGHT: an
 * article on a phone should not carry one chart over many screens (a long compare section); the rest
 * scrolls inside the frame. The screen, not the frame: a narrow column on a desktop keeps the whole height.
 */
export const PHONE_FRAME_WIDTH = 520;
export const PHONE_MAX_HEIGHT = 1200;

/** The height to ask for: the content's, capped on a phone-wide screen. */
export function frameHeight(content: number, screenWidth: number): number {
  return screenWidth < PHONE_FRAME_WIDTH ? Math.min(content, PHONE_MAX_HEIGHT) : content;
}

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  /** CSS pixels, whole. */
  height: number;
}

export function heightMessage(height: number): EmbedHeightMessage {
  return { type: EMBED_HEIGHT_MESSAGE, height: Math.max(0, Math.min(MAX_EMBED_HEIGHT, Math.ceil(height))) };
}

/** The check embed.js makes (the script repeats it in plain JS; tests/public/embed.test.ts keeps the two equal). */
export function isHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    d.type === EMBED_HEIGHT_MESSAGE &&
    Object.keys(d).length === 2 &&
    typeof d.height === 'number' &&
    Number.isInteger(d.height) &&
    d.height > 0 &&
    d.height <= MAX_EMBED_HEIGHT
  );
}
