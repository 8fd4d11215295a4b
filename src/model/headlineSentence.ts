/**
 * The first answer on a budget page, as data for one plain sentence (一句话读懂): how much the document
 * spends, what most of it is for (每 100 元中约 N 元用于…), and how it splits into 基本支出 (keeping the
 * bodies running) and 项目支出 (projects). Shares are exact decimal quotients of printed figures, rounded
 * half-up to whole yuan per 100 only for reading, and marked approximate (约) whenever rounding changed them.
 */
import type { Amount, Budget, DocumentKind, MoneyUnit } from './types';
import { dec, share } from './decimal';
import { buildFunctionalTree } from './functionalTree';

export interface Per100 {
  /** Whole yuan of every 100 (half-up). */
  yuan: string;
  /** False where the exact share is a whole number and "约" would be wrong. */
  approximate: boolean;
}

export interface SentenceLine {
  code: string;
  /** As printed (a misprint stays a misprint). */
  name: string;
  amount: Amount;
  per100: Per100;
}

export interface HeadlineSentence {
  year: number;
  kind: DocumentKind;
  unit: MoneyUnit;
  /** 支出总计 (or 本年支出合计 of a 决算) as printed. */
  total: Amount;
  /** The largest 功能分类 类, and the second where it takes at least MIN_SECOND of every 100. */
  lines: SentenceLine[];
  /** True where the 类 figures are exact sums of per-unit rows (the document prints no department row). */
  linesSummed: boolean;
  basic: Per100 | null;
  project: Per100 | null;
}

/** A second 类 is named only when it is a real part of the answer, not a crumb. */
const MIN_SECOND = 5;

export function per100(part: Amount, whole: Amount): Per100 | null {
  const pct = share(part, whole);
  if (pct === null) return null;
  const yuan = pct.toDecimalPlaces(0, 4 /* ROUND_HALF_UP */);
  return { yuan: yuan.toFixed(0), approximate: !yuan.equals(pct) };
}

export function headlineSentence(budget: Budget): HeadlineSentence {
  const total = budget.expenditure.total;
  const tree = buildFunctionalTree(budget);
  const lei = tree.root.children
    .filter((n) => n.level === 'lei')
    .flatMap((n) => {
      const amount = n.values.total ?? n.childrenSum.total;
      const p = amount === null ? null : per100(amount, total);
      return amount === null || p === null || dec(amount).lte(0) ? [] : [{ code: n.code, name: n.name, amount, per100: p }];
    })
    // Largest first; equal figures in code order so the sentence never changes between builds.
    .sort((a, b) => dec(b.amount).comparedTo(dec(a.amount)) || a.code.localeCompare(b.code));
  const lines = lei.slice(0, 1);
  const second = lei[1];
  if (second && dec(second.per100.yuan).gte(MIN_SECOND)) lines.push(second);
  return {
    year: budget.year,
    kind: budget.kind,
    unit: budget.unit,
    total,
    lines,
    linesSummed: tree.basis === 'unitsAdded',
    basic: per100(budget.expenditure.basic, total),
    project: per100(budget.expenditure.project, total),
  };
}
