/**
 * The parts of a “三公”经费 table (ThreePublic) and the labels that print them, shared by the readers of
 * both layouts (threePublicTable.ts, threePublicByYear.ts).
 */
import type { Amount, SourceRef, ThreePublic } from '../../model/types';
import type { PrintedTotal } from '../facts';
import { squash } from '../cells';

export type ThreePublicPart = Exclude<keyof ThreePublic, 'prior' | 'src'>;

/** The parts ThreePublic requires; the others (meeting, adminCost) are optional. */
const REQUIRED: readonly ThreePublicPart[] = ['total', 'outbound', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'];

/** The row label (squashed, （）folded) → part. Order matters: 购置及运行 before 购置 / 运行. */
const PART_LABELS: readonly [RegExp, ThreePublicPart][] = [
  [/^(行政经费|机关运行经费)/u, 'adminCost'],
  [/^["“”]?三公["“”]?经费(总额|合计)?$/u, 'total'],
  [/因公出国/u, 'outbound'],
  [/公务用车购置及运行/u, 'vehicle'],
  [/公务用车购置(费|支出)?$/u, 'vehiclePurchase'],
  [/公务用车运行/u, 'vehicleOperation'],
  [/公务接待/u, 'reception'],
  [/^会议费$/u, 'meeting'],
];

export function partOf(label: string): ThreePublicPart | null {
  const s = squash(label).replace(/（/gu, '(').replace(/）/gu, ')');
  for (const [pattern, part] of PART_LABELS) if (pattern.test(s)) return part;
  return null;
}

/** ThreePublic from the parts read, or null where a required part is not printed (never filled in). */
export function completeThreePublic(parts: Partial<Record<ThreePublicPart, Amount>>, src: SourceRef): ThreePublic | null {
  const { total, outbound, vehicle, vehiclePurchase, vehicleOperation, reception, meeting, adminCost } = parts;
  // Only the total is required: a part the table leaves blank (003 2017) stays absent.
  if (!total) return null;
  return {
    total,
    ...(outbound ? { outbound } : {}),
    ...(vehicle ? { vehicle } : {}),
    ...(vehiclePurchase ? { vehiclePurchase } : {}),
    ...(vehicleOperation ? { vehicleOperation } : {}),
    ...(reception ? { reception } : {}),
    ...(meeting ? { meeting } : {}),
    ...(adminCost ? { adminCost } : {}),
    src,
  };
}

export function missingParts(parts: Partial<Record<ThreePublicPart, Amount>>): ThreePublicPart[] {
  return REQUIRED.filter((p) => parts[p] === undefined);
}

/**
 * reconcile.ts derives the printed totals `threePublic.<part>` from an emitted ThreePublic itself: the
 * same figure again under the same key would only compare the table with itself (TABLES_AGREE). Keep
 * them where no ThreePublic is emitted (a required part not printed), so that nothing printed is lost.
 */
export function withoutDerived(totals: readonly PrintedTotal[], threePublic: ThreePublic | null): PrintedTotal[] {
  if (!threePublic) return [...totals];
  const derived = new Set(
    Object.keys(threePublic)
      .filter((k) => k !== 'src' && k !== 'prior')
      .map((k) => `threePublic.${k}`),
  );
  return totals.filter((t) => !derived.has(t.key));
}
