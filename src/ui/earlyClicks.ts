/**
 * 预渲染页面上的早期点击: a button on a page written at build time can be pressed before the app has taken the
 * page over (a sort, "more", 数字出处), and nothing of a click stays in the page to be read later. So the
 * script a page starts with (a pre-rendered page's start module, scripts/pageStart.ts, from its first painted
 * frame; the root's guard in the head, scripts/rootPage.ts, before it) listens and keeps each
 * button pressed; the app takes the list just before it hydrates — React's own listeners answer from then
 * on — and presses them again once it has (EarlyInputReplay).
 */

/** The window property the start module keeps the list in (written into that module as text). */
export const EARLY_CLICKS = '__yusuanEarlyClicks';

type EarlyClicks = { open: boolean; buttons: Element[] };

/** The buttons pressed so far, in order; no more are kept after this (the app answers them itself). */
export function takeEarlyClicks(): HTMLElement[] {
  const early = (window as unknown as Record<string, EarlyClicks | undefined>)[EARLY_CLICKS];
  if (!early) return [];
  early.open = false;
  return early.buttons.filter((b): b is HTMLElement => b instanceof HTMLElement);
}

/**
 * The listener, as text for the scripts a page starts with (a block: a classic script's names are global). In
 * the capture phase, so that a handler stopping the click cannot hide it.
 */
export function earlyClicksScript(): string {
  return [
    '{',
    `const early = (window.${EARLY_CLICKS} = { open: true, buttons: [] });`,
    'document.addEventListener(',
    "  'click',",
    '  (e) => {',
    "    const b = early.open && e.target instanceof Element ? e.target.closest('#root button') : null;",
    '    if (b && !b.disabled) early.buttons.push(b);',
    '  },',
    '  true,',
    ');',
    '}',
  ].join('\n');
}
