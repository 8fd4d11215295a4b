/**
 * Loads the data page's manifest (data/downloads/manifest.json) and checks its shape before anything of it
 * becomes a link: every path must be a plain relative path inside data/ (no scheme, no "..", no query), so a
 * corrupt or hostile manifest can never make the page link elsewhere.
 */
import { DATA_BASE, type FetchLike, fetchJson, type Loaded } from '../loadBudget';
import type { DownloadsManifest } from './manifest';
import type { Result } from '../result';

export const MANIFEST_URL = `${DATA_BASE}downloads/manifest.json`;

const SAFE_PATH = /^data\/(?:[A-Za-z0-9_.-]+\/)*[A-Za-z0-9_.-]+$/;

function isLink(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const l = v as { path?: unknown; bytes?: unknown };
  return typeof l.path === 'string' && SAFE_PATH.test(l.path) && !l.path.split('/').includes('..') && typeof l.bytes === 'number' && l.bytes >= 0;
}

/** The manifest's shape, or why not (the first wrong field). */
export function checkManifest(v: unknown): Result<DownloadsManifest, string> {
  const m = v as Partial<DownloadsManifest> | null;
  if (typeof m !== 'object' || m === null || m.schemaVersion !== 1) return { ok: false, reason: 'schemaVersion is not 1' };
  if (!isLink(m.archive) || !isLink(m.dictionaryCsv) || !isLink(m.schema)) return { ok: false, reason: 'archive, dictionaryCsv or schema is not a safe link' };
  if (!Array.isArray(m.budgets) || !Array.isArray(m.dictionary)) return { ok: false, reason: 'budgets or dictionary is not a list' };
  for (const [i, b] of m.budgets.entries()) {
    if (typeof b?.id !== 'string' || !isLink(b.json) || !isLink(b.source) || !Array.isArray(b.csv) || !Array.isArray(b.terms))
      return { ok: false, reason: `budgets[${i}] is malformed` };
    const bad = b.csv.findIndex((c) => !isLink(c) || typeof c.name !== 'string' || typeof c.rows !== 'number');
    if (bad >= 0) return { ok: false, reason: `budgets[${i}].csv[${bad}] is not a safe link` };
  }
  return { ok: true, value: m as DownloadsManifest };
}

export async function loadManifest(fetchFn?: FetchLike): Promise<Loaded<DownloadsManifest>> {
  // Relative to the page, like every data file, so the site works from a sub-folder.
  const got = await fetchJson(MANIFEST_URL, fetchFn ?? ((url) => fetch(url)));
  if (!got.ok) return got;
  const checked = checkManifest(got.value);
  if (!checked.ok) return { ok: false, reason: { kind: 'shape', url: MANIFEST_URL, detail: checked.reason } };
  return checked;
}
