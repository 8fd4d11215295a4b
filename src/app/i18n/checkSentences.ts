/**
 * 数据核对 sentences: each check (Check.code + Check.params + its figures) worded from one catalog per
 * language (checkSentencesZh.ts, checkSentencesEn.ts), the way vega-lite's src/log/message.ts builds
 * its messages. The normalizer's prebuilt Chinese Check.message is shown only for a code the catalog
 * does not know (newer data) or params a builder cannot word. Pure: no React, no DOM.
 */
import type { Budget, Check, CheckCode, CheckParams } from '../../model/types';
import { formatAmount } from '../../model/format';
import { dec } from '../../model/decimal';

/** A table of the budget as printed: its number ("表3", "表三", "3" or "") and title. */
export interface PrintedTable {
  number: string;
  title: string;
}

/** What a builder may look up in the budget besides the params. */
export interface SentenceLookup {
  /** The table (or text section) a key names, or null. */
  table: (key: string) => PrintedTable | null;
  /** The printed name of a 功能分类 line of the whole department, by code. */
  functionalName: (code: string) => string | undefined;
}

/** A check's figures, formatted with their unit ("3,019.34 万元", "3,019.34 ×10,000 yuan"). */
export interface SentenceFigures {
  status: Check['status'];
  /** The printed whole, limit or first figure (Check.expected). */
  expected: string;
  /** What the parts add up to, or the second figure (Check.actual). */
  actual: string;
  /** |expected − actual|: the sentence says which side is larger in words. */
  gap: string;
  /** The same without its unit ("0.01"), for a sentence that has just named the unit. */
  gapNumber: string;
  /** expected < actual (the parts add up to more than the whole; a limit exceeded). */
  over: boolean;
}

/** One sentence builder: null where the params do not say enough (the message is shown instead). */
export type CheckSentenceBuilder = (p: CheckParams, f: SentenceFigures, look: SentenceLookup) => string | null;

export type CheckSentenceCatalog = Readonly<Record<CheckCode, CheckSentenceBuilder>>;

/** Look-ups in one budget: tables by key (Budget.tables, then Budget.sections), 类 names by code. */
export function budgetLookup(budget: Pick<Budget, 'tables' | 'sections' | 'functional'>): SentenceLookup {
  return {
    table: (key) => {
      const t = budget.tables.find((x) => x.key === key);
      if (t) return { number: t.number.trim(), title: t.title.trim() };
      const s = budget.sections.find((x) => x.key === key);
      return s ? { number: '', title: s.title } : null;
    },
    functionalName: (code) => budget.functional.find((r) => r.code === code && r.unit === undefined)?.name,
  };
}

const NBSP = '\u00a0';
const WJ = '\u2060';

/** The figures of a check in a unit word (t.unit of the check's unit). */
export function sentenceFigures(check: Pick<Check, 'status' | 'expected' | 'actual' | 'difference'>, unitWord: string): SentenceFigures {
  // A figure and its unit never part at a line end ("536.75 ×10,000 yuan" on a phone, "10.53 万|元"):
  // no-break spaces, and a word joiner between the characters of a Chinese unit.
  const unit = unitWord.replace(/ /gu, NBSP).replace(/(\p{Script=Han})(?=\p{Script=Han})/gu, `$1${WJ}`);
  const withUnit = (a: string) => `${formatAmount(a)}${NBSP}${unit}`;
  // The difference as computed, every decimal kept ("-9595.00" → "9595.00"), without its sign.
  const gap = formatAmount(check.difference.replace(/^[-+]/u, ''));
  return {
    status: check.status,
    expected: withUnit(check.expected),
    actual: withUnit(check.actual),
    gap: `${gap}${NBSP}${unit}`,
    gapNumber: gap,
    over: dec(check.difference).lt(0),
  };
}

/**
 * The sentence of a check in a catalog's language, or null where the catalog has no builder for the code
 * or the builder cannot word these params: the caller then shows Check.message.
 */
export function checkSentence(catalog: CheckSentenceCatalog, check: Check, unitWord: string, look: SentenceLookup): string | null {
  const build = (catalog as Readonly<Record<string, CheckSentenceBuilder | undefined>>)[check.code];
  if (!build) return null;
  return build(check.params ?? {}, sentenceFigures(check, unitWord), look);
}

/** "表3" / "表三" / "3" → "3" / "三" (the number without 表). */
export function tableNumber(t: PrintedTable): string {
  return t.number.replace(/^表\s*/u, '').trim();
}
