/**
 * Where a department publishes a document itself (原文出处): the optional `publications` of a department in
 * data/departments.json — per source file, the address of the published document. Only addresses stated
 * in the documents or by the department may go there (never guessed); the source view links them. An
 * address must be http(s): a `javascript:` or `file:` link would run or leak in the reader's browser.
 */
import { fail, ok, type Result } from '../model/result';
import type { Publication } from '../model/types';

export interface DepartmentPublication extends Publication {
  /** The source file this is the publication of ("005_sh-putuo-jianguanwei-budget-2026.txt"). */
  source: string;
}

/** The 1-based line of the JSON file where a string value is written (for messages); undefined if not found. */
export function lineOfString(text: string | undefined, value: string): number | undefined {
  if (text === undefined) return undefined;
  const at = text.indexOf(JSON.stringify(value));
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

/** An http(s) address with a host; null for anything else (other schemes, relative, malformed). */
export function httpUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url;
}

/**
 * A department's publications: absent, or an array of { source, url }. `where` names the department in
 * messages; `text` (the file as written) lets a message name the line.
 */
export function parsePublications(raw: unknown, where: string, text?: string): Result<DepartmentPublication[] | undefined> {
  if (raw === undefined) return ok(undefined);
  if (!Array.isArray(raw)) return fail(`${where}: publications must be an array of { source, url }`);
  const out: DepartmentPublication[] = [];
  for (const [i, p] of raw.entries()) {
    const r = (typeof p === 'object' && p !== null ? p : {}) as { source?: unknown; url?: unknown };
    if (typeof r.source !== 'string' || !/^[^/\\]+\.txt$/u.test(r.source) || typeof r.url !== 'string') {
      return fail(`${where}: publications[${i}] needs source (a file name in data/sources, *.txt) and url`);
    }
    const line = lineOfString(text, r.url);
    const at = line === undefined ? '' : ` (line ${line})`;
    const url = httpUrl(r.url);
    if (!url) return fail(`${where}: publications[${i}].url ${JSON.stringify(r.url)}${at} is not an http(s) address`);
    if (out.some((o) => o.source === r.source)) return fail(`${where}: publications[${i}]${at}: ${r.source} is listed twice`);
    out.push({ source: r.source, url: url.href });
  }
  return ok(out);
}
