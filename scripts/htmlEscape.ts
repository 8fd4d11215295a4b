/** Text and attribute values in the static pages' markup (staticPages.ts, pageShell.ts and the writers they call): a printed name may hold any character. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
