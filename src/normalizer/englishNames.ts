/**
 * English names kept beside the Chinese as printed (data/names-en.json): 功能分类 and 经济分类 line names,
 * organisations (departments and their 单位) and regions. Looked up by the printed Chinese name, so a
 * name means one thing whatever its code or year ("行政运行" is Administrative operations under every 款),
 * and a misprint (社会保障和就业出) or a new wording simply has no English — it is never matched to a
 * near neighbour. Names without English are listed, so that the data file can grow.
 */
import { fail, ok, type Result } from '../model/result';

export const NAME_TABLES = ['functional', 'economic', 'organisations', 'regions'] as const;
export type NameTable = (typeof NAME_TABLES)[number];

export type EnglishNames = Readonly<Record<NameTable, ReadonlyMap<string, string>>>;

/** The lookup key: spaces removed, full-width parentheses as ASCII (extractions print both). */
export function nameKey(printed: string): string {
  return printed.replace(/\s+/gu, '').replace(/（/gu, '(').replace(/）/gu, ')');
}

/**
 * Every table present, every entry a non-empty Chinese key and a non-empty English name without
 * markup; a key written twice after folding (full-width and ASCII parentheses) is refused, since which
 * English wins would depend on the order of the file.
 */
export function parseEnglishNames(json: unknown): Result<EnglishNames> {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return fail('expected an object with the tables functional, economic, organisations, regions');
  const out: Partial<Record<NameTable, Map<string, string>>> = {};
  for (const table of NAME_TABLES) {
    const raw = (json as Record<string, unknown>)[table];
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(`"${table}": expected an object of Chinese name → English name`);
    const map = new Map<string, string>();
    for (const [zh, en] of Object.entries(raw)) {
      const key = nameKey(zh);
      if (key === '') return fail(`"${table}": an empty Chinese name`);
      if (typeof en !== 'string' || en.trim() === '') return fail(`"${table}" → "${zh}": the English name must be a non-empty string`);
      if (/[<>]/u.test(en)) return fail(`"${table}" → "${zh}": the English name may not contain < or > (names are text, never markup)`);
      if (map.has(key)) return fail(`"${table}" → "${zh}": written twice (the same name once spaces and parentheses are folded)`);
      map.set(key, en.trim());
    }
    out[table] = map;
  }
  return ok(out as EnglishNames);
}

/** Collects the names looked up without an English name, per table, for the build's report. */
export class EnglishLookup {
  readonly missing: Record<NameTable, Set<string>> = { functional: new Set(), economic: new Set(), organisations: new Set(), regions: new Set() };

  constructor(private readonly names: EnglishNames) {}

  /** The English name of a printed name, or undefined (then the Chinese is shown alone). */
  get(table: NameTable, printed: string): string | undefined {
    if (printed.trim() === '') return undefined;
    const en = this.names[table].get(nameKey(printed));
    if (en === undefined) this.missing[table].add(printed.trim());
    return en;
  }

  /** `{ nameEn }` to spread into a row, or nothing. */
  field(table: NameTable, printed: string): { nameEn?: string } {
    const en = this.get(table, printed);
    return en === undefined ? {} : { nameEn: en };
  }
}
