/**
 * All documents → index.json + one budget per document. Pure: takes texts, returns JSON values.
 * Relations between budgets (a department that is a unit of another) are resolved here, across
 * documents, from data/departments.json.
 */
import type { Budget, BudgetIndex, BudgetIndexEntry, Crosswalk } from '../model/types';
import { unusedCorrections, type Correction } from './corrections';
import { budgetId, type DepartmentIdentity } from './identity';
import { NormalizeError, type Warning } from './messages';
import { normalizeDocument } from './document';
import { attachEnglish } from './attachEnglish';
import { EnglishLookup, type EnglishNames, type NameTable } from './englishNames';

export interface SourceText {
  source: string;
  text: string;
}

export interface BuildOutput {
  index: BudgetIndex;
  budgets: Budget[];
  warnings: { source: string; warning: Warning }[];
  /** The documents as read, published unchanged (public/data/sources/<file>) so a reader can open a cited line. */
  sources: SourceText[];
  /** Printed names data/names-en.json has no English for (misprints, new wordings), per table: the build lists them. */
  missingEnglish: Record<NameTable, string[]>;
}

/** correctionsFile: where the corrections were read from, for messages. */
export function buildAll(
  sources: readonly SourceText[],
  corrections: readonly Correction[],
  departments: readonly DepartmentIdentity[],
  correctionsFile = 'data/corrections.json',
  crosswalk: Crosswalk = { entries: [], moves: [] },
  /** data/names-en.json; without it no English names are emitted. */
  names?: EnglishNames,
): BuildOutput {
  const docs = sources.map((s) => normalizeDocument(s.source, s.text, corrections, departments));
  // After the documents, so that a broken document is reported as such first.
  const unused = unusedCorrections(
    corrections,
    sources.map((s) => s.source),
  )[0];
  if (unused) {
    const which = `correction for ${unused.source} line ${unused.line} (${JSON.stringify(unused.printed)} → ${JSON.stringify(unused.corrected)})`;
    throw new NormalizeError(
      'CORRECTION_UNUSED',
      correctionsFile,
      `${which}: there is no document ${unused.source} in the sources folder (renamed or removed?) — the correction was never applied`,
    );
  }
  const ids = new Map<string, string>();
  for (const d of docs) {
    const clash = ids.get(d.budget.id);
    if (clash)
      throw new NormalizeError(
        'META_MISSING',
        d.budget.source,
        `budget id ${d.budget.id} is also the id of ${clash}: two documents of one kind for one department and year`,
      );
    ids.set(d.budget.id, d.budget.source);
  }
  // 000 is unit 550004 of 001: mark both sides so the app never adds them together.
  for (const d of docs) {
    if (!d.parent) continue;
    // A unit's document is part of its department's document of the same year and kind.
    const parentId = budgetId(d.parent.department, d.budget.year, d.budget.kind);
    if (ids.has(parentId)) d.budget.partOf = { budget: parentId, unitCode: d.parent.unitCode };
  }
  const lookup = new EnglishLookup(names ?? { functional: new Map(), economic: new Map(), organisations: new Map(), regions: new Map() });
  const budgets = docs.map((d) => attachEnglish(d.budget, lookup)).sort((a, b) => a.source.localeCompare(b.source));
  const entries: BudgetIndexEntry[] = budgets.map((b) => {
    const contains = budgets.filter((c) => c.partOf?.budget === b.id).map((c) => c.id);
    const failed = b.checks.filter((c) => c.status === 'fail').length;
    const rounding = b.checks.filter((c) => c.status === 'rounding').length;
    return {
      id: b.id,
      departmentId: b.departmentId,
      source: b.source,
      department: b.department,
      region: b.region,
      ...(b.departmentEn === undefined ? {} : { departmentEn: b.departmentEn }),
      ...(b.regionEn === undefined ? {} : { regionEn: b.regionEn }),
      year: b.year,
      kind: b.kind,
      unit: b.unit,
      total: b.expenditure.total,
      file: `budgets/${b.id}.json`,
      ...(b.partOf ? { partOf: b.partOf } : {}),
      ...(contains.length > 0 ? { contains } : {}),
      checks: { passed: b.checks.length - failed - rounding, failed, rounding },
      sourceIssues: b.sourceIssues.length,
    };
  });
  return {
    index: { schemaVersion: 1, budgets: entries, crosswalk },
    budgets,
    warnings: docs.flatMap((d) => d.warnings.map((warning) => ({ source: d.budget.source, warning }))),
    sources: [...sources].sort((a, b) => a.source.localeCompare(b.source)),
    missingEnglish: {
      functional: names ? [...lookup.missing.functional].sort() : [],
      economic: names ? [...lookup.missing.economic].sort() : [],
      organisations: names ? [...lookup.missing.organisations].sort() : [],
      regions: names ? [...lookup.missing.regions].sort() : [],
    },
  };
}
