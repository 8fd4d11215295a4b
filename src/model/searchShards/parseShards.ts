/**
 * Shape checks for the files of the sharded search index, read over the network (a static host may serve
 * a truncated file, an old version, or an HTML error page with status 200). Each checks what the search
 * relies on: equal column lengths, integers where numbers are, increasing postings. The caller names the
 * file in the message.
 */
import { isAmount } from '../decimal';
import { fail, ok, type Result } from '../result';
import { SEARCH_KINDS, SEARCH_TOKENIZER } from '../searchTypes';
import { SHARDS_SCHEMA, type EntryFile, type GlossaryFile, type SearchManifest, type TermFile } from './shardTypes';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Delta-encoded sorted numbers: first ≥ 0, every gap ≥ 1; all below `max`. */
function isDeltas(v: unknown, max: number): boolean {
  if (!Array.isArray(v)) return false;
  let acc = 0;
  for (const [i, d] of v.entries()) {
    if (!Number.isInteger(d) || (d as number) < (i === 0 ? 0 : 1)) return false;
    acc += d as number;
  }
  return acc < max || v.length === 0;
}

/** Largest count the search holds in an Int32Array (document and entry numbers). */
const INT32_MAX = 2 ** 31 - 1;

/** The file belongs to the manifest's build (see shardTypes): else the index changed while it was read. */
function sameBuild(json: Obj, m: SearchManifest): Result<true> {
  if (json.build === m.build) return ok(true);
  return fail(
    `from index build ${JSON.stringify(json.build)}, but the manifest is build ${JSON.stringify(m.build)}: the index was replaced while it was read (reload the page)`,
  );
}

export function parseManifest(json: unknown): Result<SearchManifest> {
  if (!isObj(json)) return fail('expected an object');
  if (json.schemaVersion !== SHARDS_SCHEMA) return fail(`expected schemaVersion ${SHARDS_SCHEMA}, got ${JSON.stringify(json.schemaVersion)}`);
  if (typeof json.build !== 'string' || json.build === '') return fail('build must name the index build');
  if (json.tokenizer !== SEARCH_TOKENIZER) return fail(`built with tokenizer ${JSON.stringify(json.tokenizer)}, expected ${SEARCH_TOKENIZER}`);
  // Entry files store kinds as numbers into this list, and the search ranks kinds in this order.
  if (!Array.isArray(json.kinds) || json.kinds.length !== SEARCH_KINDS.length || !json.kinds.every((k, i) => k === SEARCH_KINDS[i]))
    return fail(`kinds must be ${JSON.stringify(SEARCH_KINDS)}`);
  const budgets = json.budgets;
  if (!Array.isArray(budgets) || !budgets.every((b) => isObj(b) && typeof b.id === 'string' && typeof b.department === 'string' && Number.isInteger(b.year))) {
    return fail('budgets must be a list of { id, department, year }');
  }
  for (const k of ['docs', 'entries', 'entriesPerFile', 'occurrencesKept', 'labelFiles', 'descriptionFiles'] as const) {
    if (!isCount(json[k]) || (json[k] as number) > INT32_MAX) return fail(`${k} must be a whole number up to ${INT32_MAX}`);
  }
  if ((json.entriesPerFile as number) < 1 || (json.labelFiles as number) < 1 || (json.descriptionFiles as number) < 1)
    return fail('file counts must be at least 1');
  if ((json.occurrencesKept as number) < 1) return fail('occurrencesKept must be at least 1');
  if (!isDeltas(json.docStarts, (json.docs as number) + 1) || (json.docStarts as unknown[]).length !== budgets.length) {
    return fail('docStarts must give one increasing start per budget');
  }
  // The first budget's documents start at 0: every document number belongs to a budget.
  if (budgets.length > 0 && (json.docStarts as number[])[0] !== 0) return fail('docStarts must begin at 0');
  return ok(json as unknown as SearchManifest);
}

/** A label or description term file: file `file` of the `files` its side has in the manifest. */
export function parseTermFile(json: unknown, m: SearchManifest, file: number, files: number): Result<TermFile> {
  if (!isObj(json) || !isObj(json.terms)) return fail('expected { terms }');
  const build = sameBuild(json, m);
  if (!build.ok) return build;
  if (json.file !== file || json.files !== files)
    return fail(`is term file ${JSON.stringify(json.file)} of ${JSON.stringify(json.files)}, but the manifest asks for file ${file} of ${files}`);
  for (const [t, list] of Object.entries(json.terms)) {
    if (!isDeltas(list, m.entries) || (list as unknown[]).length === 0)
      return fail(`postings of ${JSON.stringify(t)} are not increasing entry numbers below ${m.entries}`);
  }
  return ok(json as unknown as TermFile);
}

export function parseEntryFile(json: unknown, m: SearchManifest, expectFirst: number): Result<EntryFile> {
  if (!isObj(json)) return fail('expected an object');
  const build = sameBuild(json, m);
  if (!build.ok) return build;
  if (json.first !== expectFirst) return fail(`expected entries from ${expectFirst}, got ${JSON.stringify(json.first)}`);
  const n = Array.isArray(json.kind) ? json.kind.length : -1;
  if (n !== Math.min(m.entriesPerFile, m.entries - expectFirst))
    return fail(`expected ${Math.min(m.entriesPerFile, m.entries - expectFirst)} entries, got ${n}`);
  for (const c of ['key', 'label', 'labelEn', 'snippet'] as const) {
    if (!isStrings(json[c]) || (json[c] as unknown[]).length !== n) return fail(`${c} must be ${n} strings`);
  }
  if (!(json.kind as unknown[]).every((k) => isCount(k) && k < m.kinds.length)) return fail('kind refers to a missing kind');
  const { count, docs, amounts } = json;
  if (!Array.isArray(count) || count.length !== n || !count.every((c) => isCount(c) && c >= 1)) return fail('count must be a positive number per entry');
  if (!Array.isArray(docs) || docs.length !== n || !Array.isArray(amounts) || amounts.length !== n)
    return fail('docs and amounts must have one list per entry');
  for (let i = 0; i < n; i++) {
    const d = docs[i];
    const a = amounts[i];
    const kept = Math.min(count[i] as number, m.occurrencesKept);
    if (!isDeltas(d, m.docs) || (d as unknown[]).length !== kept) return fail(`entry ${expectFirst + i}: expected ${kept} increasing document numbers`);
    if (!isStrings(a) || a.length !== kept) return fail(`entry ${expectFirst + i}: expected ${kept} amounts`);
    const wrong = a.find((x) => x !== '' && !isAmount(x));
    if (wrong !== undefined) return fail(`entry ${expectFirst + i}: ${JSON.stringify(wrong)} is not an amount`);
  }
  return ok(json as unknown as EntryFile);
}

export function parseGlossaryFile(json: unknown, m: SearchManifest): Result<GlossaryFile> {
  if (!isObj(json) || !isObj(json.terms)) return fail('expected { terms }');
  const build = sameBuild(json, m);
  if (!build.ok) return build;
  const budgets = m.budgets.length;
  for (const [t, list] of Object.entries(json.terms)) {
    if (!isDeltas(list, budgets)) return fail(`budgets of ${JSON.stringify(t)} are not increasing budget numbers below ${budgets}`);
  }
  return ok(json as unknown as GlossaryFile);
}
