/**
 * The widths a chart is drawn at before it has measured its box: in the pages rendered at build time
 * (scripts/prerender.ts) and in the browser's first render, which hydrates them and so must draw the same.
 * They are the widths the live chart then measures on a budget page: the desktop column at its widest
 * (1,054 px, main capped at 1,120 px) and a 375 px phone's (325 px), so that the live chart takes the
 * drawing's place without moving what follows (e2e/hydration.spec.ts checks both). base.css shows the one
 * that fits (.prerendered-wide / .prerendered-narrow, swapped at 520 px, where the treemap changes shape); a
 * narrower desktop shrinks the wide one. A layout shrunk from the wide one would leave a phone 4 px labels:
 * each is drawn at its own width.
 */
export const STATIC_CHART_WIDTHS = { wide: 1054, narrow: 325 } as const;

export type StaticDrawing = keyof typeof STATIC_CHART_WIDTHS;

export const STATIC_DRAWINGS: readonly StaticDrawing[] = ['wide', 'narrow'];
