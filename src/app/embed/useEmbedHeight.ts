/**
 * 嵌入 auto-height: while the page runs inside a frame, tell the page around it how tall the content is,
 * each time that changes (ResizeObserver), in our own shape and the AMP, Embedly and Pym ones. Only the height is sent; the target origin is '*' because the
 * article's site is not known in advance and a height tells it nothing private. No listener is installed:
 * the embed page reads no messages.
 */
import { useEffect, type RefObject } from 'react';
import { frameHeight, heightMessage } from './embedMessage';
import { pymChildId, resizeMessages } from './resizeMessages';
import ui from '../../styles/ui.module.css';

export function useEmbedHeight(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (!el || window.parent === window || typeof ResizeObserver === 'undefined') return;
    let last = -1;
    const post = () => {
      // Not while a part is still loading (a Suspense fallback, ui.loading): the frame would shrink
      // to one line and then jump back. The content replacing it changes the size, so the observer fires.
      if (ui.loading && el.querySelector(`.${CSS.escape(ui.loading)}`)) return;
      // The element's own box, not the document's: the document is at least as tall as the frame, so
      // measuring it would let the frame grow but never shrink.
      // On a phone at most PHONE_MAX_HEIGHT: longer content scrolls inside the frame.
      const msg = heightMessage(frameHeight(el.getBoundingClientRect().height, window.screen.width));
      if (msg.height === last || msg.height === 0) return;
      last = msg.height;
      // Ours first, then the AMP, Embedly and Pym shapes (resizeMessages.ts): each only a height.
      for (const m of resizeMessages(msg.height, window.location.href, pymChildId(window.location.search))) window.parent.postMessage(m, '*');
    };
    const ro = new ResizeObserver(post);
    ro.observe(el);
    post();
    return () => ro.disconnect();
  }, [ref]);
}
