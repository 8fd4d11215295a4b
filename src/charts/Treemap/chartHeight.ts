/**
 * The treemap's height for its width, on its own so that the build's static pages (scripts/staticPages.ts)
 * draw the chart in the markup at the size the app then draws it.
 */

/** Height for a given width: wide and short on desktop, closer to square on phones. */
export function chartHeight(width: number): number {
  if (width < 520) return Math.round(Math.max(320, width * 1.1));
  return Math.round(Math.min(560, Math.max(360, width * 0.55)));
}
