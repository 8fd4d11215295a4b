/**
 * Building one check: an equality of a printed whole and its printed parts, computed exactly.
 */
import type { Amount, Check, CheckCode, SourceRef } from '../model/types';
import { dec, sum, toAmount } from '../model/decimal';
import { checkMessage } from './checkMessages';

export interface Part {
  amount: Amount;
  src: SourceRef;
}

export function equality(code: CheckCode, whole: Part, parts: Part[], partsLabel: string, wholeLabel: string, subject?: string): Check {
  const actual = sum(parts.map((p) => p.amount));
  const expected = dec(whole.amount);
  const difference = expected.minus(actual);
  const pass = difference.isZero();
  const e = toAmount(expected);
  const a = toAmount(actual);
  const d = toAmount(difference);
  return {
    code,
    status: pass ? 'pass' : 'fail',
    message: checkMessage(code, pass, { parts: partsLabel, whole: wholeLabel }, e, a, d),
    expected: e,
    actual: a,
    difference: d,
    refs: uniqueRefs([whole.src, ...parts.map((p) => p.src)]),
    ...(subject !== undefined ? { subject } : {}),
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

