/**
 * National template, “三公”经费 tables: 部门“三公”经费和机关运行经费预算表 (one row: 合计, 因公出国(境)费,
 * 公务接待费, 公务用车购置及运行费 小计 / 购置费 / 运行费, 机关运行经费) and 财政拨款“三公”经费支出决算表 (a
 * 预算数 / 决算数 pair for 合计, 因公出国(境)费, 公务用车 小计 / 购置费 / 运行维护费, 公务接待费).
 *
 * The printed order differs between templates, and flowing text drops blank cells. The parts obey
 * 合计 = 出国 + 公务用车 + 接待 and 公务用车 = 购置 + 运行: of the known orders, and of the ways to put the
 * printed figures into their cells (blank = nothing), exactly one must satisfy both; otherwise only the
 * 合计 (always the first figure) is kept and the reader is told. Column-aligned text places each figure
 * under its header word instead, and the arithmetic confirms it.
 */
import Decimal from 'decimal.js';
import type { Amount, ThreePublic, ThreePublicFigures } from '../../../model/types';
import type { TableReader } from '../../facts';
import { gridRows } from '../../grid/rows';
import type { NumberToken } from '../../grid/tokens';
import { warn } from '../../messages';
import { ok } from '../../../model/result';

type Part = keyof ThreePublicFigures;

/** Cell orders of the templates we know (data: a new template is a new line). */
const ORDERS: { final: boolean; cells: Part[] }[] = [
  { final: false, cells: ['total', 'outbound', 'reception', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'adminCost'] },
  { final: false, cells: ['total', 'outbound', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception', 'adminCost'] },
  { final: true, cells: ['total', 'outbound', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'] },
];

/** Header words of each cell (column-aligned text places a figure under its word). */
const PART_WORDS: { part: Part; re: RegExp }[] = [
  { part: 'total', re: /合\s*计/u },
  { part: 'outbound', re: /因公出国/u },
  { part: 'reception', re: /公务接待/u },
  { part: 'vehicle', re: /小\s*计/u },
  { part: 'vehiclePurchase', re: /(?<!用车)购置费/u },
  { part: 'vehicleOperation', re: /(?<!及)运行(?:维护)?费/u },
  { part: 'adminCost', re: /机关运行经/u },
];

/** Where each cell's header word is printed (centre, in characters), for column-aligned text. */
function headerCenters(header: readonly { text: string }[]): Map<Part, number> {
  const out = new Map<Part, number>();
  for (const { part, re } of PART_WORDS) {
    for (const line of header) {
      const m = re.exec(line.text);
      if (m) {
        out.set(part, m.index + m[0].length / 2);
        break;
      }
    }
  }
  return out;
}

/**
 * How far a placement puts its figures from their header words (aligned text): of two placements the
 * arithmetic allows, the one with its figures under their words. Infinity where a word is not printed.
 */
function distance(placement: readonly { part: Part; num: NumberToken }[], centers: ReadonlyMap<Part, number>): number {
  let d = 0;
  for (const { part, num } of placement) {
    const c = centers.get(part);
    if (c === undefined) return Infinity;
    d += Math.abs(c - (num.start + num.end) / 2);
  }
  return d;
}

function consistent(f: ThreePublicFigures): boolean {
  const d = (a?: Amount) => new Decimal(a ?? 0);
  return d(f.total).eq(d(f.outbound).plus(d(f.vehicle)).plus(d(f.reception))) && d(f.vehicle).eq(d(f.vehiclePurchase).plus(d(f.vehicleOperation)));
}

/** Every order-preserving placement of `values` into `cells` slots, blanks anywhere but the first cell. */
function placements(values: readonly Amount[], slots: number): (Amount | undefined)[][] {
  const out: (Amount | undefined)[][] = [];
  const walk = (vi: number, si: number, acc: (Amount | undefined)[]) => {
    if (vi === values.length) {
      out.push([...acc, ...Array.from({ length: slots - si }, () => undefined)]);
      return;
    }
    if (slots - si < values.length - vi) return;
    walk(vi + 1, si + 1, [...acc, values[vi]]);
    if (si > 0) walk(vi, si + 1, [...acc, undefined]);
  };
  walk(0, 0, []);
  return out;
}

export const readNationalThreePublic: TableReader = (ctx) => {
  const final = ctx.profile?.kind === 'final';
  const rows = gridRows(ctx.table.body, /^$/u).filter((r) => r.nums.length > 0);
  const row = rows[0];
  if (!row) {
    ctx.warn(warn.tableEmpty(ctx.table.key, ctx.table.lines));
    return ok({});
  }
  // 决算 prints 预算数 then 决算数 for each cell: the 决算数 are the figures spent.
  const values = row.nums.map((n) => n.value);
  const spent = final && values.length % 2 === 0 ? values.filter((_, i) => i % 2 === 1) : values;
  let found: { f: ThreePublicFigures; d: number }[] = [];
  const centers = ctx.profile?.style === 'aligned' && !final ? headerCenters(ctx.table.header) : new Map<Part, number>();
  for (const order of ORDERS.filter((o) => o.final === final)) {
    const cells = placements(spent, order.cells.length);
    for (const c of cells) {
      const f: ThreePublicFigures = {};
      const at: { part: Part; num: NumberToken }[] = [];
      order.cells.forEach((part, i) => {
        const v = c[i];
        if (v === undefined) return;
        f[part] = v;
        const num = row.nums[spent === values ? at.length : at.length * 2 + 1];
        if (num) at.push({ part, num });
      });
      if (consistent(f) && !found.some((x) => JSON.stringify(x.f) === JSON.stringify(f))) found.push({ f, d: distance(at, centers) });
    }
  }
  // Where the header words are printed in place, the placement that puts the figures under them.
  const best = Math.min(...found.map((x) => x.d));
  if (Number.isFinite(best)) found = found.filter((x) => x.d === best);
  const unit = ctx.table.unit && ctx.table.unit !== ctx.profile?.unit ? { unit: ctx.table.unit } : {};
  const src = { table: ctx.table.key, lines: row.lines };
  const total = spent[0] as Amount;
  if (found.length !== 1) {
    ctx.warn(warn.columnsUndecided(ctx.table.key, row.lines, `“三公”经费 ${row.nums.map((n) => n.printed).join(' ')}`));
    const threePublic: ThreePublic = { total, ...unit, src };
    return ok({ threePublic });
  }
  const threePublic: ThreePublic = { ...found[0]?.f, total, ...unit, src };
  return ok({ threePublic });
};
