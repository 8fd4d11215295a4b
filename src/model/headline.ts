/**
 * The headline figures of one budget: 支出总计, 收入 by source, 基本支出 vs 项目支出, 三公经费.
 * Printed figures are passed through untouched; shares and cross-checks are computed exactly here.
 */
import type { Amount, Budget, IncomeKey, SourceRef, ThreePublic } from './types';
import { amountEquals, dec, share, sum, type Dec } from './decimal';
import { toExact } from './tree';

export interface Figure {
  amount: Amount;
  src: SourceRef;
  /** Percent of the figure it is a part of; null where that whole is zero or there is none. */
  share: Dec | null;
}

export interface IncomeFigure extends Figure {
  key: IncomeKey;
  /** As printed. */
  name: string;
}

export type ThreePublicPartKey = 'outbound' | 'vehicle' | 'reception';

export interface ThreePublicHeadline {
  total: Figure;
  /** 因公出国（境）, 公务用车购置及运行费, 公务接待费: the three parts of 三公经费. */
  parts: (Figure & { key: ThreePublicPartKey })[];
  /** 公务用车购置费 and 运行(维护)费, the two halves of the vehicle part. */
  vehicleParts: (Figure & { key: 'vehiclePurchase' | 'vehicleOperation' })[];
  /** 会议费 / 行政经费, printed in the same table but not part of 三公经费. */
  meeting?: Figure;
  adminCost?: Figure;
  /** Printed total − sum of the three parts, where they differ. */
  partsDifference: Amount | null;
}

export interface Headline {
  /** 支出总计 as printed. */
  total: Figure;
  /** 收入总计 as printed. */
  incomeTotal: Figure;
  /** Income lines in printed order; shares of 收入总计. */
  income: IncomeFigure[];
  /** 收入总计 − sum of income lines, where they differ. */
  incomeLinesDifference: Amount | null;
  /** 收入总计 − 支出总计, where they differ (a balanced budget prints them equal). */
  incomeVsExpenditure: Amount | null;
  /** 基本支出 and 项目支出 with shares of 支出总计. */
  basic: Figure;
  project: Figure;
  /** 支出总计 − (基本 + 项目), where they differ (e.g. 事业单位经营支出 printed elsewhere). */
  basicProjectDifference: Amount | null;
  threePublic: ThreePublicHeadline | null;
}

function diffOrNull(expected: Amount, actual: Dec): Amount | null {
  const d = dec(expected).minus(actual);
  return d.isZero() ? null : toExact(d);
}

function fig(amount: Amount, src: SourceRef, whole: Amount | null): Figure {
  return { amount, src, share: whole === null ? null : share(amount, whole) };
}

/**
 * Parts are listed only where printed: a blank cell means nothing budgeted, not a figure (003 prints no
 * 公务用车购置及运行费 column at all). The parts check adds the printed parts, the vehicle part falling
 * back to its two halves where only they are printed.
 */
function threePublicHeadline(t: ThreePublic): ThreePublicHeadline {
  const part = <K extends string>(key: K, amount: Amount | undefined): (Figure & { key: K })[] =>
    amount === undefined ? [] : [{ key, ...fig(amount, t.src, t.total) }];
  const parts: ThreePublicHeadline['parts'] = [
    ...part('outbound' as const, t.outbound),
    ...part('vehicle' as const, t.vehicle),
    ...part('reception' as const, t.reception),
  ];
  const halves = [t.vehiclePurchase, t.vehicleOperation].filter((a): a is Amount => a !== undefined);
  const vehicleForSum: Amount[] = t.vehicle !== undefined ? [t.vehicle] : halves;
  const summed = [...(t.outbound !== undefined ? [t.outbound] : []), ...vehicleForSum, ...(t.reception !== undefined ? [t.reception] : [])];
  return {
    total: fig(t.total, t.src, null),
    parts,
    vehicleParts: [...part('vehiclePurchase' as const, t.vehiclePurchase), ...part('vehicleOperation' as const, t.vehicleOperation)],
    ...(t.meeting !== undefined ? { meeting: fig(t.meeting, t.src, null) } : {}),
    ...(t.adminCost !== undefined ? { adminCost: fig(t.adminCost, t.src, null) } : {}),
    partsDifference: summed.length > 0 ? diffOrNull(t.total, sum(summed)) : null,
  };
}

export function buildHeadline(b: Budget): Headline {
  const exp = b.expenditure;
  // 收入总计 is a printed total (printedTotals "income.total"); older files lack it, and then the first
  // income line's table is the best pointer we have.
  const printedIncome = (b.printedTotals ?? []).find((p) => p.key === 'income.total' && amountEquals(p.amount, b.incomeTotal));
  const incomeSrc = printedIncome?.src ?? b.income[0]?.src ?? exp.src;
  return {
    total: fig(exp.total, exp.src, null),
    incomeTotal: fig(b.incomeTotal, incomeSrc, null),
    income: b.income.map((l) => ({ key: l.key, name: l.name, ...fig(l.amount, l.src, b.incomeTotal) })),
    incomeLinesDifference: b.income.length > 0 ? diffOrNull(b.incomeTotal, sum(b.income.map((l) => l.amount))) : null,
    incomeVsExpenditure: diffOrNull(b.incomeTotal, dec(exp.total)),
    basic: fig(exp.basic, exp.src, exp.total),
    project: fig(exp.project, exp.src, exp.total),
    basicProjectDifference: diffOrNull(exp.total, sum([exp.basic, exp.project])),
    threePublic: b.threePublic ? threePublicHeadline(b.threePublic) : null,
  };
}
