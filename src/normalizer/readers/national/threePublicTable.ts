/**
 * National template, “三公”经费 tables: 部门“三公”经费和机关运行经费预算表 (one row: 合计, 因公出国(境)费,
 * 公务接待费, 公务用车购置及运行费 小计 / 购置费 / 运行费, 机关运行经费) and 财政拨款“三公”经费支出决算表 (a
 * 预算数 / 决算数 pair for 合计, 因公出国(境)费, 公务用车 小计 / 购置费 / 运行维护费, 公务接待费).
 *
 * The printed order differs between templates, and flowing text drops blank cells. The parts obey
 * 合计 = 出国 + 公务用车 + 接待 and 公务用车 = 购置 + 运行: of the known orders, and of the ways to put the
 * printed figures into their cells (blank = nothing), exactly one must satisfy both; otherwise only the
 * 合计 (always the first figure) is kept and the reader is told.
 */
import Decimal from 'decimal.js';
import type { Amount, ThreePublic, ThreePublicFigures } from '../../../model/types';
import type { TableReader } from '../../facts';
import { gridRows } from '../../grid/rows';
import { warn } from '../../messages';
import { ok } from '../../result';

type Part = keyof ThreePublicFigures;

/** Cell orders of the templates we know (data: a new template is a new line). */
const ORDERS: { final: boolean; cells: Part[] }[] = [
  { final: false, cells: ['total', 'outbound', 'reception', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'adminCost'] },
  { final: false, cells: ['total', 'outbound', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception', 'adminCost'] },
  { final: true, cells: ['total', 'outbound', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'] },
];

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
  const found: ThreePublicFigures[] = [];
  for (const order of ORDERS.filter((o) => o.final === final)) {
    const cells = placements(spent, order.cells.length);
    for (const c of cells) {
      const f: ThreePublicFigures = {};
      order.cells.forEach((part, i) => {
        const v = c[i];
        if (v !== undefined) f[part] = v;
      });
      if (consistent(f) && !found.some((x) => JSON.stringify(x) === JSON.stringify(f))) found.push(f);
    }
  }
  const unit = ctx.table.unit && ctx.table.unit !== ctx.profile?.unit ? { unit: ctx.table.unit } : {};
  const src = { table: ctx.table.key, lines: row.lines };
  const total = spent[0] as Amount;
  if (found.length !== 1) {
    ctx.warn(warn.columnsUndecided(ctx.table.key, row.lines, `“三公”经费 ${row.nums.map((n) => n.printed).join(' ')}`));
    const threePublic: ThreePublic = { total, ...unit, src };
    return ok({ threePublic });
  }
  const threePublic: ThreePublic = { ...found[0], total, ...unit, src };
  return ok({ threePublic });
};
