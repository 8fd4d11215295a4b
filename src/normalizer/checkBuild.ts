/**
 * Building one check: an equality of a printed whole and its printed parts, computed exactly; whether a
 * difference is rounding (舍入差异) is decided by the one rule in src/model/rounding.ts.
 */
import type { Amount, Check, CheckCode, CheckParams, SourceRef } from '../model/types';
import { dec, sum, toAmount } from '../model/decimal';
import { checkMessage, withinMessage } from './checkMessages';
// The rounding rule is shared with the Sankey (src/model/rounding.ts): one rule for checks and chart.
import { statusOf } from '../model/rounding';

export interface Part {
  amount: Amount;
  src: SourceRef;
}

export function equality(
  code: CheckCode,
  whole: Part,
  parts: Part[],
  partsLabel: string,
  wholeLabel: string,
  subject?: string,
  params: CheckParams = {},
): Check {
  const actual = sum(parts.map((p) => p.amount));
  const expected = dec(whole.amount);
  const difference = expected.minus(actual);
  const pass = difference.isZero();
  const e = toAmount(expected);
  const a = toAmount(actual);
  const d = toAmount(difference);
  return {
    code,
    status: statusOf(difference, [whole.amount, ...parts.map((p) => p.amount)], parts.length),
    message: checkMessage(code, pass, { parts: partsLabel, whole: wholeLabel }, e, a, d),
    expected: e,
    actual: a,
    difference: d,
    refs: uniqueRefs([whole.src, ...parts.map((p) => p.src)]),
    ...(subject !== undefined ? { subject } : {}),
    params,
  };
}

export function uniqueRefs(refs: SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  const out: SourceRef[] = [];
  for (const r of refs) {
    const k = `${r.table}:${r.lines[0]}-${r.lines[1]}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(r);
    }
  }
  return out;
}

/**
 * The one inequality rule: printed parts (a procurement total, what a project buys) must not exceed the
 * printed whole they belong to (the department's or the project's budget).
 */
export function within(whole: Part, parts: Part[], partLabel: string, wholeLabel: string, subject: string, params: CheckParams = {}): Check {
  const actual = sum(parts.map((p) => p.amount));
  const pass = actual.lessThanOrEqualTo(dec(whole.amount));
  return {
    code: 'PROCUREMENT_WITHIN_BUDGET',
    status: pass ? 'pass' : 'fail',
    message: withinMessage(pass, partLabel, toAmount(actual), wholeLabel, whole.amount),
    expected: whole.amount,
    actual: toAmount(actual),
    difference: toAmount(dec(whole.amount).minus(actual)),
    refs: uniqueRefs([whole.src, ...parts.map((p) => p.src)]),
    subject,
    params,
  };
}
