/**
 * Reviewed corrections (data/corrections.json) of text the PDF extraction lost or garbled. Applied to
 * the source lines before segmentation and recorded in the budget's corrections[]. A correction whose
 * printed text is no longer on its line is an error: the source changed and the correction must be
 * reviewed again. So is one that cannot be applied exactly once: its printed text on the line twice (which
 * one?), or the line already reading the corrected text (the source was fixed: applying it again would
 * turn 1,134.94 into 1,134.944), or one for a document that is not in the sources folder.
 */
import type { AppliedCorrection } from '../model/types';
import { NormalizeError } from './messages';
import { fail, ok, type Result } from '../model/result';
import type { Document } from './segment';

export interface Correction {
  source: string;
  line: number;
  printed: string;
  corrected: string;
  reason: string;
}

export function parseCorrections(json: unknown): Result<Correction[]> {
  if (typeof json !== 'object' || json === null || !Array.isArray((json as { corrections?: unknown }).corrections)) {
    return fail('expected an object with a "corrections" array');
  }
  const out: Correction[] = [];
  for (const [i, c] of (json as { corrections: unknown[] }).corrections.entries()) {
    const r = c as Partial<Correction>;
    if (
      typeof r.source !== 'string' ||
      typeof r.line !== 'number' ||
      !Number.isInteger(r.line) ||
      r.line < 1 ||
      typeof r.printed !== 'string' ||
      r.printed === '' ||
      typeof r.corrected !== 'string' ||
      typeof r.reason !== 'string' ||
      r.reason.trim() === ''
    ) {
      return fail(`correction #${i + 1}: needs source, line (≥1), printed (non-empty), corrected and reason`);
    }
    out.push({ source: r.source, line: r.line, printed: r.printed, corrected: r.corrected, reason: r.reason });
  }
  return ok(out);
}

/** Apply the corrections for this document; returns the corrected document and what was applied. */
export function applyCorrections(doc: Document, corrections: readonly Correction[]): { doc: Document; applied: Omit<AppliedCorrection, 'table'>[] } {
  const mine = corrections.filter((c) => c.source === doc.source);
  if (mine.length === 0) return { doc, applied: [] };
  const lines = doc.lines.map((l) => ({ ...l }));
  const applied: Omit<AppliedCorrection, 'table'>[] = [];
  for (const c of mine) {
    const line = lines[c.line - 1];
    if (!line?.text.includes(c.printed)) {
      throw new NormalizeError('CORRECTIONS_INVALID', doc.source, `correction does not match: ${JSON.stringify(c.printed)} is not on this line`, {
        line: c.line,
      });
    }
    const unsure = ambiguity(line.text, c);
    if (unsure)
      throw new NormalizeError(
        'CORRECTIONS_INVALID',
        doc.source,
        `correction ${JSON.stringify(c.printed)} → ${JSON.stringify(c.corrected)} is stale or ambiguous: ${unsure}`,
        { line: c.line },
      );
    line.text = line.text.replace(c.printed, c.corrected);
    applied.push({ line: c.line, printed: c.printed, corrected: c.corrected, reason: c.reason });
  }
  return { doc: { source: doc.source, lines }, applied };
}

/** Why a correction whose printed text is on its line still cannot be applied safely, or null. */
function ambiguity(text: string, c: Correction): string | null {
  const first = text.indexOf(c.printed);
  if (text.indexOf(c.printed, first + 1) >= 0) return `${JSON.stringify(c.printed)} is on the line more than once`;
  if (c.corrected !== '' && c.corrected.includes(c.printed) && text.includes(c.corrected)) {
    const again = text.replace(c.printed, c.corrected);
    return `the line already reads the corrected text (applying it again would give ${JSON.stringify(again.trim())}): review the correction`;
  }
  return null;
}

/** Corrections for documents that are not among the sources read: renamed or removed, never applied. */
export function unusedCorrections(corrections: readonly Correction[], sources: readonly string[]): Correction[] {
  const present = new Set(sources);
  return corrections.filter((c) => !present.has(c.source));
}
