/**
 * Whether a horizontally scrolling box has more content to its left or right, kept up to date on scroll and
 * resize: the table shows a shadow on that side and a text hint, so that columns off-screen on a phone are
 * never hidden without a cue.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface ScrollCue<T extends HTMLElement> {
  ref: (el: T | null) => void;
  left: boolean;
  right: boolean;
}

export function useScrollCue<T extends HTMLElement>(): ScrollCue<T> {
  const [el, setEl] = useState<T | null>(null);
  const [cue, setCue] = useState({ left: false, right: false });
  const frame = useRef(0);
  const measure = useCallback((box: T) => {
    // One pixel of slack: sub-pixel widths would otherwise leave a cue on after scrolling to the end.
    const left = box.scrollLeft > 1;
    const right = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
    setCue((c) => (c.left === left && c.right === right ? c : { left, right }));
  }, []);
  useEffect(() => {
    if (!el) return;
    const update = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => measure(el));
    };
    measure(el);
    el.addEventListener('scroll', update, { passive: true });
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    ro?.observe(el);
    const table = el.firstElementChild;
    if (table) ro?.observe(table);
    return () => {
      cancelAnimationFrame(frame.current);
      el.removeEventListener('scroll', update);
      ro?.disconnect();
    };
  }, [el, measure]);
  return { ref: setEl, left: cue.left, right: cue.right };
}
