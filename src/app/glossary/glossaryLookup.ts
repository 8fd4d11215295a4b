/**
 * Finding a term's definition in the documents' own 名词解释 (Budget.glossary). Pure. Loaded with the
 * glossary popover, not in the first bundle.
 *
 * Rules:
 * - A term matches a glossary entry when one of its printed forms (TermInfo.aliases) equals the entry's
 *   term after folding (NFKC, punctuation and quote styles dropped: “三公”经费 = "三公"经费).
 * - The budget(s) on screen come first. Where none of them defines the term, a definition is borrowed
 *   from another budget — the same department in another year first, then the nearest year — and the
 *   reader is told which (never silently).
 * - Definitions printed identically by several budgets (the compare page) are shown once, citing each;
 *   any difference, even of punctuation width, keeps them apart (each citation quotes its own text).
 */
import { foldText } from '../../model/search';
import type { SearchBudgetRef } from '../../model/searchTypes';
import { sameDepartment } from '../../model/compare';
import type { Budget, GlossaryEntry, SourceRef } from '../../model/types';
import type { TermInfo } from './terms';

export interface Citation {
  budgetId: string;
  department: string;
  year: number;
  /** The source document's file name (Budget.source). */
  source: string;
  src: SourceRef;
  /** The term as this document prints it. */
  printedTerm: string;
}

export interface Definition {
  text: string;
  citations: Citation[];
}

/** The folded printed forms of a term: what a document's 名词解释 entry is matched on. */
export const keysOf = (info: TermInfo): Set<string> => new Set(info.aliases.map(foldText));

/** The glossary entry of a term in one budget, or null. */
export function findEntry(glossary: readonly GlossaryEntry[], info: TermInfo): GlossaryEntry | null {
  const keys = keysOf(info);
  return glossary.find((g) => keys.has(foldText(g.term))) ?? null;
}

/** The definitions the given budgets print, identical texts merged (in budget order). */
export function definitionsIn(budgets: readonly Budget[], info: TermInfo): Definition[] {
  const out: Definition[] = [];
  for (const b of budgets) {
    const e = findEntry(b.glossary, info);
    if (!e) continue;
    const cite: Citation = { budgetId: b.id, department: b.department, year: b.year, source: b.source, src: e.src, printedTerm: e.term };
    const same = out.find((d) => d.text === e.definition);
    if (same) {
      if (!same.citations.some((c) => c.budgetId === b.id)) same.citations.push(cite);
    } else out.push({ text: e.definition, citations: [cite] });
  }
  return out;
}

/** Budgets on screen that print no entry for the term (the compare page says so). */
export function budgetsWithout(budgets: readonly Budget[], info: TermInfo): Budget[] {
  return budgets.filter((b) => findEntry(b.glossary, info) === null);
}

/**
 * Other budgets whose 名词解释 has the term, best first: the same department (another year), then the
 * nearest year, then index order. `have` comes from the search index's glossary file (the budgets
 * printing any of the term's forms, keysOf), so that no budget is downloaded just to learn that it
 * lacks the term.
 */
export function lenders(
  budgets: readonly SearchBudgetRef[],
  /** Numbers (into `budgets`) of the budgets whose glossary prints the term. */
  have: ReadonlySet<number>,
  onScreen: readonly Pick<Budget, 'id' | 'departmentId' | 'year'>[],
  /** Budget id → departmentId (index.json): the search index names budgets, not departments. */
  departmentIds: ReadonlyMap<string, string>,
): string[] {
  const skip = new Set(onScreen.map((b) => b.id));
  const candidates = budgets.map((b, i) => ({ ...b, i })).filter((b) => have.has(b.i) && !skip.has(b.id));
  const first = onScreen[0];
  const rank = (b: (typeof candidates)[number]): [number, number, number] => {
    if (!first) return [0, 0, b.i];
    const same = onScreen.some((o) => sameDepartment(o, { departmentId: departmentIds.get(b.id) ?? '' })) ? 0 : 1;
    return [same, Math.abs(b.year - first.year), b.i];
  };
  return candidates
    .map((b) => ({ id: b.id, r: rank(b) }))
    .sort((x, y) => x.r[0] - y.r[0] || x.r[1] - y.r[1] || x.r[2] - y.r[2])
    .map((x) => x.id);
}
