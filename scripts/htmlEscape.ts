/** Text and attribute values in the static pages' markup (staticPages.ts, routePages.ts): a printed name may hold any character. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
